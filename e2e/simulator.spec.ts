// The Simulator region of the Trigger setup dialog: samples, live re-runs, files, diff and load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';
import { openNewBotSimulator, SimulatorPage } from './pages/simulator-page';
import { formatLocal } from '../src/engine/time';
import type { Reason } from '../src/domain';
import { REASON_LABELS } from '../src/features/simulator/model/describe';

/** The editor's close question; for a new bot whose simulator holds events it names them too. */
const CLOSE_QUESTION = /^You have unsaved changes\. Keep editing, close and keep them as a draft, or discard them/;

const TZ = 'America/New_York';
const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as {
  name: string;
  expect: { activations: { botId: string; leadId?: string; at: string }[]; skipped: { botId: string; reason: string }[] };
};

const SAMPLES: [label: string, file: string][] = [
  ['Welcome on creation', 'mocks/fixtures/scenarios/welcome-on-created.json'],
  ['Follow-up 10 minutes after Qualified', 'mocks/fixtures/scenarios/qualified-follow-up-after-10-min.json'],
  ['Won discount for $10,000–$100,000', 'mocks/fixtures/scenarios/won-discount-price-range.json'],
  ['Meeting reminder 2 hours before', 'mocks/fixtures/scenarios/meeting-reminder-2h-before.json'],
  ['WhatsApp replies, 10-minute cooldown', 'mocks/fixtures/scenarios/whatsapp-reply-cooldown.json'],
  ['VIP tag: by hand versus automation', 'mocks/fixtures/scenarios/vip-tag-added-by-hand.json'],
  ['Business-hours notice', 'mocks/fixtures/scenarios/business-hours-first-message.json'],
  ['Story mention thanks', 'src/features/simulator/samples/story-mention-thanks.json'],
  ['Follow-up 24 hours after seen', 'src/features/simulator/samples/follow-up-24h-after-seen.json'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Qualified follow-up" open, with `count` events added by hand in its simulator. */
async function openFollowUpWithEvents(page: Page, app: AppPage, count: number) {
  const ts = new TriggerSetupPage(page, app);
  await ts.open('Qualified follow-up');
  const sim = new SimulatorPage(page, ts.dialog);
  const add = sim.region.getByRole('button', { name: 'Add event' });
  for (let i = 0; i < count; i++) await add.click();
  await expect(sim.region.getByText(`Events (${count})`)).toBeVisible();
  return { ts, sim };
}

test.describe('Simulator', () => {
  test('every built-in sample shows its expected runs and skips', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    for (const [label, file] of SAMPLES) {
      const scenario = readJson(file);
      await sim.loadSample(label);
      await expect(sim.region.getByText(scenario.name, { exact: true })).toBeVisible();
      const n = scenario.expect.activations.length + scenario.expect.skipped.length;
      await expect(sim.expectations(), label).toHaveText(`Expectations: ${n} of ${n} pass`);
      for (const a of scenario.expect.activations) {
        const when = formatLocal(Date.parse(a.at), TZ);
        await expect(sim.row(new RegExp(`${escape(when)}.*${a.leadId ?? ''}.*Ran`)), `${label}: run at ${when}`).toHaveCount(1);
      }
      for (const s of scenario.expect.skipped) {
        await expect(sim.row(new RegExp(`Skipped${escape(REASON_LABELS[s.reason as Reason])}`)).first(), `${label}: ${s.reason}`).toBeVisible();
      }
    }
  });

  test('editing the delay re-runs the draft at once, without saving', async ({ page, app }) => {
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 10 minutes after Qualified');
    await expect(sim.row(/10:10 EDT.*l1.*Ran/)).toHaveCount(1);
    await expect(sim.row(/l2.*Skipped.*Left the stage/)).toHaveCount(1);

    await ts.trigger(1).getByLabel('Delay', { exact: true }).selectOption({ label: 'After 5 min' });
    // Due at 10:05, before l2's move at that instant (timers first): both run now.
    await expect(sim.row(/10:05 EDT.*l1.*Ran/)).toHaveCount(1);
    await expect(sim.row(/10:05 EDT.*l2.*Ran/)).toHaveCount(1);
    await expect(sim.row(/Skipped/)).toHaveCount(0);
    // The timeline is read once: a figure named "Timeline", its caption the summary.
    const timeline = sim.region.getByRole('figure', { name: 'Timeline', exact: true });
    await expect(timeline).toContainText(/: \d+ events?, 2 runs, 0 skips/);
    await expect(timeline.getByRole('img')).toHaveCount(0);

    const stored = await app.api('GET', '/api/bots');
    expect((stored.body as { name: string }[]).map((b) => b.name)).not.toContain('Simulated bot');
  });

  test('a re-run does not move what is below the status line ("Running…", then the result)', async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { ts, sim } = await openNewBotSimulator(page, app);
    await expect(sim.status).toHaveText(/^Replayed in /);
    // Where the first sample button sits each time the status line changes.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid=sim-status]')!;
      const sample = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === 'Welcome on creation') as HTMLElement;
      const tops: number[] = [];
      (window as unknown as { sampleTops: number[] }).sampleTops = tops;
      new MutationObserver(() => tops.push(Math.round(sample.getBoundingClientRect().top))).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await ts.trigger(1).getByLabel('Started by').selectOption({ label: 'Any message' });
    const tops = () => page.evaluate(() => (window as unknown as { sampleTops: number[] }).sampleTops);
    await expect.poll(async () => (await tops()).length).toBeGreaterThanOrEqual(2); // "Running…", then the new result
    await expect(sim.status).toHaveText(/^Replayed in /);
    expect(new Set(await tops()).size).toBe(1);
  });

  test('reaching the results table scrolls the simulator column, never the dialog away from its header', async ({ page, app }) => {
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 10 minutes after Qualified');
    await expect(sim.row(/l2.*Skipped/)).toHaveCount(1);
    // What a screen reader's cursor does on reaching the table: bring its (visually hidden, on narrow
    // columns) header row into view.
    await sim.table.getByRole('columnheader').first().evaluate((e) => e.scrollIntoView());
    await expect(ts.dialog.getByRole('heading', { name: 'Trigger setup' })).toBeInViewport();
    expect(await ts.dialog.evaluate((d) => [d.scrollTop, d.scrollHeight - d.clientHeight])).toEqual([0, 0]);
  });

  test('a broken scenario file is refused with each problem and where it is', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    const account = JSON.parse(readFileSync(join(root, 'mocks/fixtures/demo-account.json'), 'utf8')) as unknown;
    const broken = {
      name: 'Broken',
      account,
      bots: [],
      events: [
        { at: 'next tuesday', type: 'call_received', leadId: 'l1' },
        { at: '2026-06-01T14:00:00Z', type: 'message', direction: 'sideways', channelId: 'ch-wa', leadId: 'l1' },
      ],
    };
    await sim.importFile.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = sim.region.getByRole('alert');
    await expect(alert).toContainText('The file cannot be used');
    await expect(alert).toContainText('events.0.at');
    await expect(alert).toContainText('Enter a real instant with a time zone');
    await expect(alert).toContainText('events.1.direction');
    await expect(alert).toContainText('Fix these 2 problems and import it again');

    await sim.importFile.setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "name": "half') });
    // Where, as the admin's editor counts it, whatever the browser's own JSON message says.
    await expect(alert).toContainText('The file is not valid JSON: line 2, column 11: this text in quotes is never closed (a closing " is missing).');
    await expect(alert).toContainText('Fix this problem and import it again');
  });

  test('draft versus saved: the edit’s runs gained, lost and moved', async ({ page, app }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.open('Qualified follow-up');
    const sim = new SimulatorPage(page, ts.dialog);
    await sim.loadSample('Follow-up 10 minutes after Qualified');
    await expect(sim.region.getByText(/The edit changes no run|Draft versus saved/).first()).toBeHidden();

    await ts.trigger(1).getByLabel('Delay', { exact: true }).selectOption({ label: 'After 5 min' });
    const diff = sim.region.getByRole('region', { name: 'Draft versus saved' });
    await expect(diff).toContainText('The edit gains 1 run and moves 1 in time');
    await expect(diff).toContainText('Gained: lead l2 at Mon 1 Jun 2026, 10:05 EDT');
    await expect(diff).toContainText('Moved: lead l1 from Mon 1 Jun 2026, 10:10 EDT to Mon 1 Jun 2026, 10:05 EDT');
  });

  test('a 100,000-event generated replay completes while the page keeps answering', async ({ page, app }) => {
    test.setTimeout(120_000);
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    const generator = await sim.openGenerator();
    await expect(generator.getByLabel('Events', { exact: true })).toHaveValue('100000');
    // How long the main thread is held meanwhile, and the engine's time, are measured by npm run bench:browser (b).
    await generator.getByRole('button', { name: 'Generate traffic' }).click();

    // While it runs, the page answers a click and typing.
    await ts.name.click();
    await ts.name.fill('Still responsive');
    await expect(ts.name).toHaveValue('Still responsive');

    await sim.waitForEvents(/100,007/);
    await expect(sim.region.getByText(/Plus 100,000 generated events/)).toBeVisible();
    await expect(sim.region.getByText('Added 100,000 generated events over 10,000 leads (seed 42), with 19 load demo bots beside your draft.')).toBeVisible();
    // "Run simulation" again replays them all again: the status line goes to "Running…", then to the
    // new run's (its words may be the same as before, so every text it takes is recorded).
    await sim.status.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await sim.run.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['Running…']));
    await sim.waitForEvents(/100,007/);
    // The table stays virtualised: a few dozen rows in the page, not thousands.
    expect(await sim.rows().count()).toBeLessThan(100);
  });

  test('generating traffic and exporting from the keyboard keep the focus on their buttons', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('20000');
    const generate = generator.getByRole('button', { name: 'Generate traffic' });
    await generate.focus();
    await page.keyboard.press('Enter');
    await sim.waitForEvents(/20,000/);
    await expect(generate).toBeFocused();

    const exportButton = sim.region.getByRole('button', { name: 'Export scenario' });
    await exportButton.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expect(exportButton).toBeFocused();
  });

  test("after generating traffic, the screen reader hears the new run's counts, not the last run's again", async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 10 minutes after Qualified');
    const spoken = sim.region.getByTestId('sim-spoken-status');
    await expect(spoken).toHaveText(/^Loaded the sample “Follow-up 10 minutes after Qualified” .*: 1 run and 1 skip; every expectation holds\.$/);
    await spoken.evaluate((el) => {
      const w = window as unknown as { __heard: string[] };
      w.__heard = [];
      new MutationObserver(() => w.__heard.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('600');
    await generator.getByLabel('Load demo bots beside the draft').fill('0');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    await sim.waitForEvents(/603/);
    await expect(spoken).toHaveText(/^Results: /);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    const said = heard.filter((t, i) => t !== heard[i - 1]);
    // The busy words, then the new counts; the sample's own counts (or its loading) are not said again between them.
    expect(said).toEqual(['Generating traffic…', await spoken.textContent()]);
    expect(said[1]).not.toBe('Results: 1 run and 1 skip.');
    expect(said[1]).not.toMatch(/^Loaded the sample/);
  });

  test('with generated traffic, the arrows move through the rows and Tab goes from the selected row to its details', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('20000');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    await sim.waitForEvents(/20,00\d/);
    const table = sim.region.getByRole('table', { name: 'Runs and skips' });
    const rowCount = Number(await table.getAttribute('aria-rowcount')) - 1;
    expect(rowCount).toBeGreaterThan(1000); // virtualised: only some rows are in the page
    const first = sim.rows().first().getByRole('button');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = table.locator('[aria-rowindex="3"]').getByRole('button');
    await expect(second).toBeFocused();
    // The last row, thousands of rows away, is one key press away.
    await page.keyboard.press('End');
    const last = table.locator(`[aria-rowindex="${rowCount + 1}"]`).getByRole('button');
    await expect(last).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(last).toHaveAttribute('aria-pressed', 'true');
    const details = sim.region.getByRole('region', { name: 'Selected row' });
    await expect(details).toBeVisible();
    // Tab leaves the table and reaches the details.
    await page.keyboard.press('Tab');
    expect(await details.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  test('a run caused by a generated event offers “What happened?” in its details, as composed events do', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('2000');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    await sim.waitForEvents(/2,00\d/);
    // The generated leads' runs: events the worker holds, which the composer does not list.
    await sim.region.getByLabel('Bot', { exact: true }).selectOption('Simulated bot (this bot)');
    await sim.region.getByLabel('Lead', { exact: true }).fill('g'); // the generated leads: g1, g2…
    await sim.region.getByLabel('Outcome', { exact: true }).selectOption('Runs only');
    const row = sim.rows().first();
    const cause = Number(/Caused by event (\d+)/.exec((await row.textContent()) ?? '')?.[1]);
    const composed = Number(/\((\d+)\)/.exec((await sim.region.getByRole('heading', { name: /^Events added here/ }).textContent()) ?? '')?.[1]);
    expect(cause).toBeGreaterThan(composed); // not one of the composer's
    await row.getByRole('button').click();
    const details = sim.region.getByRole('region', { name: 'Selected row' });
    const ask = details.getByRole('button', { name: `What happened after event ${cause}?` });
    await ask.click();
    await expect(ask).toHaveAttribute('aria-expanded', 'true');
    const answer = details.getByRole('region', { name: `What happened after event ${cause}` });
    await expect(answer).toContainText('This bot (Simulated bot): Ran');
    await page.keyboard.press('Escape');
    await expect(answer).toBeHidden();
    await expect(ask).toBeFocused();
  });

  test("the generator's fields do not overlap at 1280 × 720, and its period is typed in the account's zone", async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { sim } = await openNewBotSimulator(page, app);
    const generator = await sim.openGenerator();
    const area = (await generator.boundingBox())!;
    const boxes = [];
    const period = ['From (America/New_York)', 'To (America/New_York)'].flatMap((l) => [l, `${l}, time (24-hour)`]);
    for (const label of ['Events', 'Leads', ...period, 'Seed', 'Load demo bots beside the draft']) {
      const box = (await generator.getByLabel(label, { exact: true }).boundingBox())!;
      expect(box.x + box.width, `${label} stays inside the generator`).toBeLessThanOrEqual(area.x + area.width);
      boxes.push({ label, ...box });
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.label} and ${b.label} do not overlap`).toBe(true);
      }
    }
    // A new day, then a time that day repeats: read as the first (not on the EST of 09:00 that day).
    await generator.getByLabel('From (America/New_York)', { exact: true }).fill('2026-11-01');
    await generator.getByLabel('From (America/New_York), time (24-hour)', { exact: true }).fill('01:30');
    await expect(generator.getByText(/^01:30 happens twice on that day in America\/New_York/)).toBeVisible();
  });

  test("the event editor's date-time boxes stay inside it at 1400 × 900, and a date-time field's value is picked in the account's zone", async ({ page, app }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Meeting reminder 2 hours before');
    // The list shows the meeting as a time, not as the file's text.
    const edit = sim.region.getByRole('button', { name: 'Edit event 1: Meeting Time of lead l1 set to Mon 1 Jun 2026, 15:00 EDT by user' });
    await edit.click();
    const editor = sim.region.locator('.sim-event-editor');
    const area = (await editor.boundingBox())!;
    const instants = ['Time (America/New_York)', 'Value (America/New_York); empty clears it'].flatMap((l) => [l, `${l}, time (24-hour)`]);
    for (const label of ['Kind of event', 'Lead', 'Entity', 'Done by', 'Field', ...instants]) {
      const box = (await editor.getByLabel(label, { exact: true }).boundingBox())!;
      expect(box.x >= area.x && box.x + box.width <= area.x + area.width, `${label} stays inside the editor`).toBe(true);
    }
    // At 320 px (400% zoom) too, the date-time boxes stay inside the editor.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await editor.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
    await editor.getByLabel('Value (America/New_York); empty clears it', { exact: true }).fill('2026-06-01');
    await editor.getByLabel('Value (America/New_York); empty clears it, time (24-hour)', { exact: true }).fill('17:00');
    await expect(sim.region.getByRole('button', { name: /^Edit event 1: Meeting Time of lead l1 set to Mon 1 Jun 2026, 17:00 EDT/ })).toBeVisible();
  });

  test('a sample asks before it replaces events the admin made; Escape keeps them and the dialog', async ({ page, app }) => {
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.region.getByRole('button', { name: 'Add event' }).click();
    await sim.region.getByRole('button', { name: 'Business-hours notice', exact: true }).click();
    const question = sim.region.getByRole('group', { name: /^Load “Business-hours notice”\?/ });
    await expect(question).toContainText('It replaces your 1 event, and applies');
    await expect(question.getByRole('button', { name: 'Keep mine' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(ts.dialog).toBeVisible();
    await expect(sim.region.getByRole('button', { name: 'Business-hours notice', exact: true })).toBeFocused();
    await expect(sim.status).toHaveText(/· 1 event ·/);
  });

  test("a file asks before its bot replaces a saved bot's settings; Escape keeps them, and its events can come alone", async ({ page, app }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.open('Qualified follow-up');
    const sim = new SimulatorPage(page, ts.dialog);
    const account = JSON.parse(readFileSync(join(root, 'mocks/fixtures/demo-account.json'), 'utf8')) as unknown;
    const file = {
      name: 'Calls',
      account,
      leads: [{ id: 'c1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }],
      bots: [{ id: 'calls', name: 'Call thanks', version: 1, enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false }],
      events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'c1' }],
    };
    const choose = () => sim.importFile.setInputFiles({ name: 'calls.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await choose();
    const question = sim.region.getByRole('group', { name: /^Import “Calls”\?/ });
    await expect(question).toContainText('with those of its bot “Call thanks”');
    await expect(question.getByRole('button', { name: 'Keep mine' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(ts.dialog).toBeVisible();
    await expect(sim.importFile).toBeFocused();
    await expect(sim.region.getByText(/^Imported/)).toHaveCount(0);

    await choose();
    await question.getByRole('button', { name: 'Only its events' }).click();
    await expect(sim.region.getByText(/^Imported the events of "Calls"; your bot is unchanged\./)).toBeVisible();
    await expect(sim.status).toHaveText(/^Replayed in [\d.]+ ms · 1 event ·/);
  });

  test("Escape closes a result's details or an event's editor, and leaves the dialog open", async ({ page, app }) => {
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Won discount for $10,000–$100,000');
    await sim.row(/l1.*Skipped/).getByRole('button').click();
    const details = sim.region.getByRole('region', { name: 'Selected row' });
    await details.getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(sim.row(/l1.*Skipped/).getByRole('button')).toBeFocused();
    // Escape on the row that opened them, where the focus is after Enter, closes them too.
    await page.keyboard.press('Enter');
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(sim.row(/l1.*Skipped/).getByRole('button')).toBeFocused();
    await expect(sim.row(/l1.*Skipped/).getByRole('button')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText(CLOSE_QUESTION)).toBeHidden();
    await sim.region.getByRole('button', { name: /^Edit event 1/ }).click();
    await sim.region.getByLabel('Kind of event').focus();
    await page.keyboard.press('Escape');
    await expect(sim.region.getByRole('button', { name: 'Done editing' })).toBeHidden();
    await expect(sim.region.getByRole('button', { name: /^Edit event 1/ })).toBeFocused();
    await expect(ts.dialog).toBeVisible();
    await expect(page.getByText(CLOSE_QUESTION)).toBeHidden();
  });

  test("Escape beside an open result's details or “What happened?” closes them first, then the dialog as before", async ({ page, app }) => {
    const { ts, sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Won discount for $10,000–$100,000');
    const closeQuestion = page.getByText(CLOSE_QUESTION);
    const opener = sim.row(/l1.*Skipped/).getByRole('button');
    await opener.click();
    const details = sim.region.getByRole('region', { name: 'Selected row' });
    await expect(details).toBeVisible();
    // The focus beside them, on the results' Outcome filter: Escape closes the details, not the
    // dialog, and the focus stays on the filter.
    const outcome = sim.region.getByLabel('Outcome');
    await outcome.focus();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(outcome).toBeFocused();
    await expect(opener).toHaveAttribute('aria-pressed', 'false');
    await expect(closeQuestion).toBeHidden();
    // An event's answer, the focus on that event's Edit button beside it, where it stays.
    const ask = sim.region.getByRole('button', { name: /^What happened\? Event 1:/ });
    const answer = sim.region.getByRole('region', { name: 'What happened after event 1' });
    await ask.click();
    await expect(answer).toBeVisible();
    const edit = sim.region.getByRole('button', { name: /^Edit event 1/ });
    await edit.focus();
    await page.keyboard.press('Escape');
    await expect(answer).toBeHidden();
    await expect(edit).toBeFocused();
    await expect(ask).toHaveAttribute('aria-expanded', 'false');
    await expect(closeQuestion).toBeHidden();
    // Nothing open: a second Escape does what it always did, the dialog asks about the unsaved changes.
    await page.keyboard.press('Escape');
    await expect(closeQuestion).toBeVisible();
    await expect(closeQuestion).toHaveText(/or discard them \(and the simulator’s \d+ events?\)\?$/); // a new bot's events go with Discard
    await expect(ts.dialog).toBeVisible();
  });

  test('loading a sample is said once, in one sentence with its results and verdict', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Welcome on creation');
    await expect(sim.expectations()).toHaveText('Expectations: 1 of 1 pass');
    await expect(sim.region.getByTestId('sim-spoken-status')).toHaveText(
      "Loaded the sample “Welcome on creation” and applied its bot's settings to your draft (not saved): 1 run and 0 skips; every expectation holds.",
    );
    // Every other status in the simulator is quiet: the notice and the verdict are shown, not said again.
    const saying = await sim.region.locator('[role="status"], [role="alert"], [aria-live]').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? '').filter(Boolean));
    expect(saying).toEqual(["Loaded the sample “Welcome on creation” and applied its bot's settings to your draft (not saved): 1 run and 0 skips; every expectation holds."]);
  });

  test('a rate-limit pause is said in words, with the starts it skipped, and one click lists them', async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    const account = JSON.parse(readFileSync(join(root, 'mocks/fixtures/demo-account.json'), 'utf8')) as unknown;
    const flood = Array.from({ length: 25_000 }, (_, i) => `x${i}`);
    const tag = (at: string, leadId: string, tagId: string, origin: string, type = 'tag_added') => ({ at, type, entity: 'lead', entityId: leadId, tagId, origin, leadId });
    const scenario = {
      name: 'Tag flood',
      account,
      leads: ['l1', ...flood].map((id) => ({ id, pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 })),
      bots: [{ id: 'vip', name: 'VIP welcome', version: 1, enabled: true, triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }], conditions: [], activeHours: null, keepUnanswered: false }],
      events: [
        ...flood.map((id) => tag('2026-06-01T14:00:00Z', id, 't-new', 'automation')),
        tag('2026-06-01T14:30:00Z', 'l1', 't-vip', 'user'), // the 25,001st tag action within the hour
        tag('2026-06-01T14:40:00Z', 'l1', 't-vip', 'user', 'tag_removed'),
        tag('2026-06-01T15:00:00Z', 'l1', 't-vip', 'user'),
      ],
    };
    await sim.importFile.setInputFiles({ name: 'flood.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await sim.waitForEvents(/25,003/);
    const notice = sim.region.getByRole('region', { name: 'Rate limits reached' });
    await expect(notice.getByRole('listitem')).toHaveText([
      'Tag triggers were paused from Mon 1 Jun 2026, 10:30 EDT to 11:30 EDT, after more than 25,000 tag actions within an hour: 2 tag-trigger starts skipped.',
    ]);
    await notice.getByRole('button', { name: 'Show the rate-limited skips' }).click();
    await expect(sim.region.getByLabel('Outcome')).toHaveValue('rate_limited');
    await expect(sim.rows()).toHaveCount(2);
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('exported file holds the events, the draft bot and the expectations', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Story mention thanks');
    await expect(sim.expectations()).toHaveText('Expectations: 2 of 2 pass');
    const download = page.waitForEvent('download');
    await sim.region.getByRole('button', { name: 'Export scenario' }).click();
    const file = await download;
    const text = readFileSync((await file.path())!, 'utf8');
    const exported = JSON.parse(text) as { bots: { id: string; name: string; triggers: unknown[] }[]; events: unknown[]; expect: { activations: { botId: string }[] } };
    expect(exported.bots[0]).toMatchObject({ id: 'draft', name: 'Simulated bot', triggers: [{ type: 'story_mention', channelIds: ['ch-ig'] }] });
    expect(exported.events).toHaveLength(3);
    expect(exported.expect.activations.map((a) => a.botId)).toEqual(['draft']);

    // The same file imports cleanly and passes its own checks.
    await sim.importFile.setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(sim.region.getByText(/Imported "Thank people who mention us/)).toBeVisible();
    await expect(sim.expectations()).toHaveText('Expectations: 2 of 2 pass');
  });

  test("a typed time is read in the account's zone, around a clock change too, whatever the browser's zone", async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.region.getByRole('button', { name: 'Add event' }).click();
    const date = sim.region.getByLabel(`Time (${TZ})`, { exact: true });
    const time = sim.region.getByLabel(`Time (${TZ}), time (24-hour)`, { exact: true });
    await expect(date).toHaveAttribute('type', 'date');
    await date.fill('2026-06-01');
    await time.fill('09:30');
    await expect(sim.region.locator('.sim-event-time').first()).toHaveText('Mon 1 Jun 2026, 09:30 EDT');
    // 01:30 on 1 Nov 2026 happens twice in New York: the first reading, with a button for the second.
    await date.fill('2026-11-01');
    await time.fill('01:30');
    await expect(date).toHaveAccessibleDescription(/this is the first, Sun 1 Nov 2026, 01:30 EDT\./);
    await sim.region.getByRole('button', { name: 'Use Sun 1 Nov 2026, 01:30 EST instead' }).click();
    await expect(sim.region.locator('.sim-event-time').first()).toHaveText('Sun 1 Nov 2026, 01:30 EST');
    await expect(date).toHaveValue('2026-11-01');
    await expect(time).toHaveValue('01:30');
  });

  test('times are typed on a 24-hour clock in an en-US browser: "1530" in Start is 15:30, and an emptied time is said, not read as midnight', async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 24 hours after seen'); // events at 10:00, 10:30, 11:00, 12:00 and 16:00 EDT on 1 June
    const start = sim.region.getByLabel(`Start (${TZ}; empty: first event)`, { exact: true });
    const startTime = sim.region.getByLabel(`Start (${TZ}; empty: first event), time (24-hour)`, { exact: true });
    await expect(start).toHaveAttribute('type', 'date');
    await start.fill('2026-06-01');
    // Typed key by key, as an admin does: a 12-hour box took "1" as the hour and "53" as the minutes.
    await startTime.pressSequentially('1530');
    await page.keyboard.press('Tab');
    await expect(startTime).toHaveValue('15:30');
    await expect(sim.region.getByText('4 events before Start only set up the leads and start nothing.')).toBeVisible();
    // Until keeps its value, and says what is missing, when its time is emptied.
    const untilTime = sim.region.getByLabel(`Until (${TZ}; empty: last event), time (24-hour)`, { exact: true });
    await expect(untilTime).toHaveValue('14:00');
    await untilTime.clear();
    await untilTime.press('Tab');
    await expect(untilTime).toHaveAttribute('aria-invalid', 'true');
    await expect(untilTime).toHaveAccessibleDescription('Enter a time too (24-hour HH:MM): still Tue 2 Jun 2026, 14:00 EDT.');
    await expect(sim.region.getByLabel(`Until (${TZ}; empty: last event)`, { exact: true })).toHaveValue('2026-06-02');
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('"24:00" typed in Start is the end of that day: 00:00 of the next, shown and said', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 24 hours after seen'); // events on 1 June; Until 2 June, 14:00 EDT
    const start = sim.region.getByLabel(`Start (${TZ}; empty: first event)`, { exact: true });
    const startTime = sim.region.getByLabel(`Start (${TZ}; empty: first event), time (24-hour)`, { exact: true });
    await start.fill('2026-06-01');
    await startTime.pressSequentially('24:00');
    await page.keyboard.press('Tab');
    await expect(start).toHaveValue('2026-06-02');
    await expect(startTime).toHaveValue('00:00');
    await expect(startTime).not.toHaveAttribute('aria-invalid');
    await expect(startTime).toHaveAccessibleDescription('24:00 is the end of that day: set to Tue 2 Jun 2026, 00:00 EDT, the start of the next.');
    await expect(sim.region.getByText('5 events before Start only set up the leads and start nothing.')).toBeVisible();
  });

  test('events composed by hand for a saved bot are still there after a reload', async ({ page, app }) => {
    const { ts, sim } = await openFollowUpWithEvents(page, app, 2);
    await app.reload();
    await ts.open('Qualified follow-up');
    await expect(sim.region.getByText('Events (2)')).toBeVisible();
  });

  test('an event that names a deleted lead comes back after a reload, with its problem, and so do the others', async ({ page, app }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.open('Qualified follow-up');
    const sim = new SimulatorPage(page, ts.dialog);
    const add = sim.region.getByRole('button', { name: 'Add event' });
    await add.click(); // "Lead l1 created"
    await add.click();
    await sim.region.getByLabel('Kind of event').selectOption({ label: 'Lead moved' });
    await expect(sim.region.getByText('Events (2)')).toBeVisible();
    await sim.region.getByRole('button', { name: 'Delete event 1' }).click();
    await expect(sim.region.getByText('Events (1)')).toBeVisible();
    await expect(sim.region.getByRole('alert')).toContainText('No lead "l1" exists');
    await app.reload();
    await ts.open('Qualified follow-up');
    await expect(sim.region.getByText('Events (1)')).toBeVisible();
    await expect(sim.region.getByText('Lead l1 moved to Qualified')).toBeVisible();
    await expect(sim.region.getByRole('alert')).toContainText('No lead "l1" exists');
  });

  test('generated traffic leaves the events composed by hand kept over a reload, and says that it is not kept itself', async ({ page, app }) => {
    const { ts, sim } = await openFollowUpWithEvents(page, app, 3);
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('600');
    await generator.getByLabel('Load demo bots beside the draft').fill('0');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    await sim.waitForEvents(/603/);
    await expect(sim.region.getByText('Events added here (3)')).toBeVisible();
    await expect(sim.region.getByText(/Plus 600 generated events .*only until the page is reloaded: export the scenario to keep them/)).toBeVisible();
    await app.reload();
    await ts.open('Qualified follow-up');
    await expect(sim.region.getByText('Events (3)')).toBeVisible();
  });

  test('the events of a bot deleted elsewhere come with its draft when it is kept as a new bot', async ({ page, app }) => {
    const { ts, sim } = await openFollowUpWithEvents(page, app, 2);
    await ts.name.fill('Half done');
    await app.reload();
    expect((await app.api('DELETE', '/api/bots/follow-up')).status).toBe(204); // another admin
    await app.reload();
    await app.bots.getByRole('button', { name: 'Keep as a new bot' }).click();
    await expect(ts.name).toHaveValue('Half done');
    await expect(sim.region.getByText('Events (2)')).toBeVisible();
  });

  test("a discarded new bot's events go with it: the next new bot starts empty, also after a reload", async ({ page, app }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.openNew();
    await ts.name.fill('Will be discarded');
    const sim = new SimulatorPage(page, ts.dialog);
    await sim.region.getByRole('button', { name: 'Add event' }).click();
    await sim.region.getByRole('button', { name: 'Add event' }).click();
    await expect(sim.region.getByText('Events (2)')).toBeVisible();
    await ts.dialog.getByRole('button', { name: 'Cancel' }).click();
    await ts.dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(ts.dialog).toBeHidden();
    await ts.openNew();
    await expect(sim.region.getByText('Events (0)')).toBeVisible();
    await ts.close();
    await app.reload();
    await ts.openNew();
    await expect(sim.region.getByText('Events (0)')).toBeVisible();
  });

  test("a new bot's composed events move with it when it is first saved; the next new bot starts empty", async ({ page, app }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.openNew();
    await ts.name.fill('Keeps its events');
    const sim = new SimulatorPage(page, ts.dialog);
    const add = sim.region.getByRole('button', { name: 'Add event' });
    for (let i = 0; i < 3; i++) await add.click();
    await expect(sim.region.getByText('Events (3)')).toBeVisible();
    await ts.saveAndClose();
    await ts.open('Keeps its events');
    await expect(sim.region.getByText('Events (3)')).toBeVisible();
    await ts.close();
    await ts.openNew();
    await expect(sim.region.getByText('Events (0)')).toBeVisible();
    // And after a reload, still with the saved bot.
    await ts.close();
    await app.reload();
    await ts.open('Keeps its events');
    await expect(sim.region.getByText('Events (3)')).toBeVisible();
  });

  test('“What happened?” says what an event started and why it started nothing, by keyboard too', async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 24 hours after seen');
    await expect(sim.expectations()).toContainText('pass');
    const ask = (n: number) => sim.region.getByRole('button', { name: new RegExp(`^What happened\\? Event ${n}:`) });
    const answer = (n: number) => sim.region.getByRole('region', { name: `What happened after event ${n}` });
    // Seen at 10:30: the bot ran a day later.
    await ask(2).click();
    await expect(answer(2)).toContainText('This bot (Simulated bot): Ran at Tue 2 Jun 2026, 10:30 EDT (one day later).');
    // Seen at 16:00 on Telegram: the run would be after "Until".
    await ask(5).click();
    await expect(answer(5)).toContainText('Planned at Tue 2 Jun 2026, 16:00 EDT (one day later), after the simulation ends: not in the results.');
    await expect(answer(2)).toBeHidden(); // one answer open at a time
    // An outgoing message: the bot has no trigger for it.
    await ask(1).focus();
    await page.keyboard.press('Enter');
    await expect(ask(1)).toHaveAttribute('aria-expanded', 'true');
    await expect(answer(1)).toContainText('None of its triggers starts on a message. Its trigger: An outgoing message is seen in any channel, after one day.');
    await expect(answer(1)).toContainText('No bot in this simulation ran because of this event.');
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await answer(1).getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Escape');
    await expect(answer(1)).toBeHidden();
    await expect(ask(1)).toBeFocused();
  });

  test("with the account's other bots included, two saved bots that answer one message both appear by name, and the choice stays with the bot", async ({ page, app, axe }) => {
    const ts = new TriggerSetupPage(page, app);
    await ts.open('Welcome on creation');
    const sim = new SimulatorPage(page, ts.dialog);
    const add = sim.region.getByRole('button', { name: 'Add event' });
    await add.click(); // "Lead l1 created"
    await add.click();
    await sim.region.getByLabel('Kind of event').selectOption({ label: 'Message' });
    await sim.region.getByRole('button', { name: 'Done editing' }).click();
    await expect(sim.region.getByRole('button', { name: 'Edit event 2: Incoming WhatsApp message, lead l1' })).toBeVisible();
    await expect(sim.row(/Welcome on creation.*Ran/)).toHaveCount(1);
    const include = sim.region.getByRole('checkbox', { name: "Include the account's other bots" });
    await expect(include).not.toBeChecked(); // off by default: the draft alone, as before
    await expect(sim.row(/WhatsApp confirmation/)).toHaveCount(0);
    await expect(include).toHaveAccessibleDescription(/^Replays the account's 6 other saved bots beside this draft/);

    await include.check();
    // Both saved bots that answer an incoming WhatsApp message: one runs, the other is outside its hours.
    await expect(sim.row(/WhatsApp confirmation.*Ran/)).toHaveCount(1);
    await expect(sim.row(/Business hours notice.*Skipped.*Outside active hours/)).toHaveCount(1);
    // The draft stands for its own saved version: Welcome on creation runs once.
    await expect(sim.row(/Welcome on creation/)).toHaveCount(1);
    await sim.region.getByRole('combobox', { name: 'Bot', exact: true }).selectOption({ label: 'WhatsApp confirmation' });
    await expect(sim.rows()).toHaveCount(1);
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Kept with the bot's events: ticked again after a reload.
    await app.reload();
    await ts.open('Welcome on creation');
    await expect(include).toBeChecked();
    await expect(sim.row(/WhatsApp confirmation.*Ran/)).toHaveCount(1);
    await include.uncheck();
    await expect(sim.row(/WhatsApp confirmation|Business hours notice/)).toHaveCount(0);
    await expect(sim.row(/Welcome on creation.*Ran/)).toHaveCount(1);
  });

  test('after "Run simulation" at 1280 × 800 the results come into view by their heading, the focus staying on the button', async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const { sim } = await openFollowUpWithEvents(page, app, 2);
    const heading = sim.region.getByRole('heading', { name: /^Results: \d+ runs? and \d+ skips?$/ });
    await expect(heading).toBeAttached();
    await sim.run.focus(); // the top of the simulator column, as the admin sees it on opening
    await expect(heading).not.toBeInViewport();
    await sim.run.click();
    await expect(heading).toBeInViewport({ ratio: 1 });
    await expect(sim.run).toBeFocused();
    // From the keyboard too, and it stays in view (the dialog's focus keeper does not pull it back).
    await sim.region.evaluate((el) => {
      for (let box = el.parentElement; box; box = box.parentElement) if (box.scrollTop > 0) box.scrollTop = 0;
    });
    await sim.run.focus();
    await expect(heading).not.toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(heading).toBeInViewport({ ratio: 1 });
    // The focus keeper acts on a change of size, which the browser reports in the next frame's
    // rendering: two frames later it has acted, or never will.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    await expect(heading).toBeInViewport({ ratio: 1 });
    await expect(sim.run).toBeFocused();
  });

  test('is axe clean with results, a selected row and the composer open', async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Won discount for $10,000–$100,000');
    await expect(sim.expectations()).toHaveText('Expectations: 3 of 3 pass');
    await sim.row(/l1.*Skipped/).getByRole('button').click();
    const details = sim.region.getByRole('region', { name: 'Selected row' });
    await expect(details).toContainText('Condition 1 fails');
    await sim.region.getByRole('button', { name: /^Edit event 1/ }).click();
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('Simulator date boxes typed key by key', () => {
  // Chromium reports "" while a segment is half typed ("0" of "01"); the box must be left alone then.
  test('a date typed over the one a date box holds is the date stored', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 24 hours after seen');
    const until = sim.region.getByLabel(`Until (${TZ}; empty: last event)`, { exact: true });
    await expect(until).not.toHaveValue('');
    await until.focus(); // the month
    await until.pressSequentially('01012020');
    await expect(until).toHaveValue('2020-01-01');
    await until.press('Tab');
    await expect(until).toHaveValue('2020-01-01');
    await expect(until).not.toHaveAttribute('aria-invalid');

    await sim.region.getByRole('button', { name: 'Add event' }).click();
    const time = sim.region.getByLabel(`Time (${TZ})`, { exact: true });
    await expect(time).not.toHaveValue('');
    await time.focus();
    await time.pressSequentially('01152026');
    await expect(time).toHaveValue('2026-01-15');
    await time.press('Tab');
    await expect(sim.region.locator('.sim-event-time').last()).toHaveText(/^Thu 15 Jan 2026, /);
  });

  test('a date box emptied with Backspace empties an optional Start or Until, and a required Time says a date is needed', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.loadSample('Follow-up 24 hours after seen');
    const label = `Until (${TZ}; empty: last event)`;
    const until = sim.region.getByLabel(label, { exact: true });
    const untilTime = sim.region.getByLabel(`${label}, time (24-hour)`, { exact: true });
    await expect(until).toHaveValue('2026-06-02');
    await until.focus(); // the month, then the day and the year
    for (const key of ['Backspace', 'ArrowRight', 'Backspace', 'ArrowRight', 'Backspace']) await until.press(key);
    await expect(until).toHaveValue('');
    await untilTime.focus();
    await untilTime.press('Tab'); // the field is left
    await expect(until).toHaveValue('');
    await expect(until).not.toHaveAttribute('aria-invalid');
    await expect(until).toHaveAccessibleDescription('A time without a date is not used: this is empty.');
    await expect(sim.region.getByText(/does not exist or is not complete/)).toHaveCount(0);

    await sim.region.getByRole('button', { name: 'Add event' }).click();
    const time = sim.region.getByLabel(`Time (${TZ})`, { exact: true });
    const kept = await time.inputValue();
    await time.focus();
    for (const key of ['Backspace', 'ArrowRight', 'Backspace', 'ArrowRight', 'Backspace']) await time.press(key);
    await expect(time).toHaveValue('');
    await sim.region.getByLabel(`Time (${TZ}), time (24-hour)`, { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(time).toHaveAccessibleDescription(/^Enter a date too: still /);
    expect(kept).not.toBe('');
  });
});

test.describe('Simulator date boxes: years and the generator\'s period', () => {
  test('a year typed short is not replayed, and is said once the field is left', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await sim.region.getByRole('button', { name: 'Add event' }).click();
    const time = sim.region.getByLabel(`Time (${TZ})`, { exact: true });
    const shown = sim.region.locator('.sim-event-time').last();
    const before = await shown.textContent();
    await time.focus();
    await page.keyboard.press('Tab'); // the day
    await page.keyboard.press('Tab'); // the year
    await page.keyboard.type('2');
    await expect(time).toHaveValue(/^0002-/);
    await sim.region.getByLabel(`Time (${TZ}), time (24-hour)`, { exact: true }).press('Tab');
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(time).toHaveAccessibleDescription(`Enter a year from 1900 to 2200: still ${before}.`);
    await expect(shown).toHaveText(before!);
  });

  test("a period ending before it starts is said in the generator, at From and To, and From takes the focus", async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    const generator = await sim.openGenerator();
    await generator.getByLabel('To (America/New_York)', { exact: true }).fill('2026-05-01');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    const said = 'Choose a period whose end is not before its start.';
    await expect(generator.getByRole('alert')).toHaveText(said);
    const from = generator.getByLabel('From (America/New_York)', { exact: true });
    await expect(from).toBeFocused();
    for (const label of ['From (America/New_York)', 'To (America/New_York)']) {
      await expect(generator.getByLabel(label, { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(generator.getByLabel(label, { exact: true })).toHaveAccessibleDescription(said);
    }
    await expect(sim.region.locator('.sim-notice:not(:empty)')).toHaveCount(0); // no notice said or shown (its status waits, empty)
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('Simulator sale boxes', () => {
  test('"-500" typed into a lead\'s Sale stays as typed and is said to be negative; emptied, it stays empty', async ({ page, app, axe }) => {
    const { sim } = await openNewBotSimulator(page, app);
    const leads = sim.region.getByRole('region', { name: /^Leads at the start/ });
    if ((await leads.getByRole('spinbutton', { name: 'Sale' }).count()) === 0) await leads.getByRole('button', { name: 'Add lead' }).click();
    const sale = leads.getByRole('spinbutton', { name: 'Sale' }).first();
    await sale.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await sale.pressSequentially('-500');
    await expect(sale).toHaveValue('-500');
    await sale.press('Tab');
    await expect(sale).toHaveAttribute('aria-invalid', 'true');
    await expect(sale).toHaveAccessibleDescription('A sale cannot be negative.');
    const result = await axe().include('[aria-label="Simulator"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await sale.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect(sale).toHaveValue('');
    await sale.press('Tab');
    await expect(sale).toHaveValue('');
    await expect(sale).toHaveAccessibleDescription('Enter a sale (0 for none).');
  });
});

/** Tab A (this page) starts a new bot named `name` with two events in its simulator. */
async function newBotWithTwoEvents(page: Page, app: AppPage, name: string) {
  const tsA = new TriggerSetupPage(page, app);
  await tsA.openNew();
  await tsA.name.fill(name);
  const simA = new SimulatorPage(page, tsA.dialog);
  await simA.region.getByRole('button', { name: 'Add event' }).click();
  await simA.region.getByRole('button', { name: 'Add event' }).click();
  await expect(simA.region.getByText('Events (2)')).toBeVisible();
  return { tsA, simA };
}

/** Another tab of the same browser, on the list. */
async function openTab(context: BrowserContext): Promise<AppPage> {
  const other = new AppPage(await context.newPage());
  await other.goto();
  return other;
}

test.describe('two tabs, two new bots', () => {
  test('each tab creates its own new bot; one left in a closed tab is offered in another, with its events', async ({ page, app, context }) => {
    // Tab A starts a new bot with two events, then closes.
    const { tsA, simA } = await newBotWithTwoEvents(page, app, 'Started in tab A');

    // Tab B, open meanwhile, starts its own: empty, not tab A's (which it points at, tab A being open).
    const appB = await openTab(context);
    const tsB = new TriggerSetupPage(appB.page, appB);
    const offered = appB.bots.getByRole('group', { name: 'An unsaved new bot “Started in tab A”, from another tab or an earlier visit: continue it here, or discard it.' });
    await expect(appB.bots.getByText(/^An unsaved new bot “Started in tab A” is being created in another tab that is still open/)).toBeVisible();
    await tsB.openNew();
    await expect(tsB.name).toHaveValue('');
    const simB = new SimulatorPage(appB.page, tsB.dialog);
    await expect(simB.region.getByText('Events (0)')).toBeVisible();
    await tsB.name.fill('Started in tab B');
    await tsB.saveAndClose();

    // Tab B's save took nothing of tab A's: after a reload, tab A's new bot is still its own.
    await app.reload();
    await app.bots.getByRole('group', { name: 'You have an unsaved new bot “Started in tab A”.' }).getByRole('button', { name: 'Continue editing' }).click();
    await expect(tsA.name).toHaveValue('Started in tab A');
    await expect(simA.region.getByText('Events (2)')).toBeVisible();
    await page.close();

    // Tab A is gone: tab B, back in front, continues its new bot, events and all.
    await appB.page.bringToFront();
    // Said with when it was last changed, on the account's clock (New York) in either browser zone:
    // the time formatting loads on demand in the built app. The buttons are described by it.
    await expect(offered.getByRole('button', { name: 'Discard' })).toHaveAccessibleDescription(
      /^An unsaved new bot “Started in tab A”, .* Last changed \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d(:\d\d)? E[DS]T\.$/,
    );
    await offered.getByRole('button', { name: 'Continue it here' }).click();
    await expect(tsB.name).toHaveValue('Started in tab A');
    await expect(simB.region.getByText('Events (2)')).toBeVisible();
    await tsB.saveAndClose();
    await expect(appB.bot('Started in tab A')).toBeVisible();
    await expect(appB.bots.getByRole('group', { name: /unsaved new bot/ })).toHaveCount(0);
  });
});

test.describe('two tabs, two new bots: events of this tab’s own', () => {
  test('“Continue it here” waits while this tab’s new bot has events of its own, so that neither tab’s events are stranded', async ({ page, app, context }) => {
    const tsA = new TriggerSetupPage(page, app);
    await tsA.openNew();
    await tsA.name.fill('Started in tab A');
    const simA = new SimulatorPage(page, tsA.dialog);
    await simA.region.getByRole('button', { name: 'Add event' }).click();
    await expect(simA.region.getByText('Events (1)')).toBeVisible();

    // Tab B composes events for its new bot without naming it, and closes the dialog (nothing to ask).
    const appB = new AppPage(await context.newPage());
    await appB.goto();
    const tsB = new TriggerSetupPage(appB.page, appB);
    await tsB.openNew();
    const simB = new SimulatorPage(appB.page, tsB.dialog);
    await simB.region.getByRole('button', { name: 'Add event' }).click();
    await simB.region.getByRole('button', { name: 'Add event' }).click();
    await expect(simB.region.getByText('Events (2)')).toBeVisible();
    await tsB.close();
    // Tab A is closed (while it is open its new bot is only pointed at).
    await page.close();
    await appB.page.bringToFront();

    const offered = appB.bots.getByRole('group', { name: /^An unsaved new bot “Started in tab A”/ });
    await offered.getByRole('button', { name: 'Continue it here' }).click();
    await expect(offered.getByRole('alert')).toHaveText('You already have an unsaved new bot in this tab: save or discard it first.');
    await expect(tsB.dialog).toBeHidden();
    // Tab B's own events are still its new bot's; tab A's bot is still offered, with its event.
    await tsB.openNew();
    await expect(simB.region.getByText('Events (2)')).toBeVisible();
    await tsB.close();
    await expect(offered).toBeVisible();
    expect(await appB.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('salesbot-studio:new-checks:')).length)).toBe(2);
  });
});

test.describe('two tabs, two new bots: the other tab still open', () => {
  test('a new bot being created in a tab still open is not offered to discard or take in another; once that tab closes, it is, events and all', async ({ page, app, context }) => {
    const { simA } = await newBotWithTwoEvents(page, app, 'Open in tab A');

    const appB = await openTab(context);
    const note = appB.bots.getByText(
      'An unsaved new bot “Open in tab A” is being created in another tab that is still open: finish or discard it there, or close that tab to continue it here.',
    );
    await expect(note).toBeVisible();
    await expect(appB.bots.getByRole('button', { name: 'Discard' })).toHaveCount(0);
    await expect(appB.bots.getByRole('button', { name: 'Continue it here' })).toHaveCount(0);
    const result = await new AxeBuilder({ page: appB.page }).withTags(AXE_TAGS).include('[aria-labelledby="bots-heading"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Coming back to tab B with tab A still open changes nothing.
    await appB.page.bringToFront();
    await appB.reload();
    await expect(note).toBeVisible();
    await expect(appB.bots.getByRole('button', { name: 'Discard' })).toHaveCount(0);
    // Tab A still has all of its work.
    await expect(simA.region.getByText('Events (2)')).toBeVisible();

    // Tab A closes: back in tab B, its new bot is offered, and comes here with its events.
    await page.close();
    await appB.page.bringToFront();
    const offered = appB.bots.getByRole('group', { name: 'An unsaved new bot “Open in tab A”, from another tab or an earlier visit: continue it here, or discard it.' });
    await expect(offered.getByRole('button', { name: 'Discard' })).toBeVisible();
    await expect(note).toBeHidden();
    await offered.getByRole('button', { name: 'Continue it here' }).click();
    const tsB = new TriggerSetupPage(appB.page, appB);
    await expect(tsB.name).toHaveValue('Open in tab A');
    await expect(new SimulatorPage(appB.page, tsB.dialog).region.getByText('Events (2)')).toBeVisible();
  });
});

test.describe('two tabs, two new bots: events alone', () => {
  test('simulator events of a new bot whose form was never changed are offered once their tab closes, and come with “Continue it here”', async ({ page, app, context }) => {
    // Tab A composes events for its new bot and changes nothing else: no draft is written.
    const tsA = new TriggerSetupPage(page, app);
    await tsA.openNew();
    const simA = new SimulatorPage(page, tsA.dialog);
    for (let i = 0; i < 3; i++) await simA.region.getByRole('button', { name: 'Add event' }).click();
    await expect(simA.region.getByText('Events (3)')).toBeVisible();

    const appB = new AppPage(await context.newPage());
    await appB.goto();
    await expect(
      appB.bots.getByText(
        'Simulator events for an unsaved new bot are being composed in another tab that is still open: go on with them there, or close that tab to continue them here.',
      ),
    ).toBeVisible();
    await expect(appB.bots.getByRole('button', { name: 'Discard' })).toHaveCount(0);

    await page.close();
    await appB.page.bringToFront();
    const offered = appB.bots.getByRole('group', { name: 'Simulator events for an unsaved new bot, from another tab or an earlier visit: continue it here, or discard them.' });
    await offered.getByRole('button', { name: 'Continue it here' }).click();
    const tsB = new TriggerSetupPage(appB.page, appB);
    await expect(tsB.name).toHaveValue('');
    await expect(new SimulatorPage(appB.page, tsB.dialog).region.getByText('Events (3)')).toBeVisible();
    await tsB.close();
    // They are this tab's new bot's now: offered no more, here or after a reload.
    await expect(offered).toHaveCount(0);
    await appB.reload();
    await expect(appB.bots.getByRole('group', { name: /^Simulator events for an unsaved new bot/ })).toHaveCount(0);
    await tsB.openNew();
    await expect(new SimulatorPage(appB.page, tsB.dialog).region.getByText('Events (3)')).toBeVisible();
  });
});
