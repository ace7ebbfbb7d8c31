#!/usr/bin/env node
// `npm run bench:ui [-- --pages N] [-- --url http://host:port]`: how quickly the page answers an
// admin working on a large bot (50 triggers, 20 conditions, active hours), in headless Chromium on
// the demo build (`vite preview`, mocked API). For each interaction: its duration as the Event
// Timing API reports it (input to the next paint, as INP counts it; entries under 16 ms are not
// reported and read "< 16"), and the longest task in the 1.5 s after it. Medians over N fresh
// pages (default 3), each opening the bot three times:
//   (a) opening the bot the first time (the bot is fetched: the form mounts when it arrives);
//   (b) re-opening it (cached: the form used to mount inside the click);
//   (c) typing a character in its name;
//   (d) the same with 100,000 generated events in the simulator beside it (the generator's defaults;
//       a name changes nothing about when the bot runs, so it re-runs nothing).
// --url: measure a server already running (another build, for a before/after in one session).
// BENCH_UI_DEBUG=1: on a failure, a screenshot of the page in bench-ui-failure.png.
// No budget is enforced: INP's "good" threshold (200 ms) is printed for reference.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const PAGES = Number(arg('--pages') ?? 3);
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`Chromium was not found at ${chrome}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}

let base = arg('--url');
let server = null;
if (!base) {
  const port = Number(process.env.BENCH_UI_PORT ?? 4191);
  execFileSync('npm', ['run', '--silent', 'build:demo'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  process.on('exit', () => server?.kill('SIGTERM'));
  base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A bot at the limits (50 triggers, 20 conditions), valid against the demo account. */
function bigBot() {
  const stages = ['s-incoming', 's-initial', 's-discussions', 's-qualified', 's-decision', 's-won', 's-lost'];
  const ch = ['ch-wa', 'ch-fb', 'ch-ig', 'ch-tg'];
  const makers = [
    (i) => ({ type: 'lead_moved_to_stage', stageIds: [stages[i % 7], stages[(i + 2) % 7]], delayMinutes: [0, 5, 10, 1440][i % 4] }),
    (i) => ({ type: 'lead_created_in_stage', stageIds: [stages[i % 7]], delayMinutes: 0 }),
    (i) => ({ type: 'lead_moved_or_created_in_stage', stageIds: [stages[(i + 3) % 7]], delayMinutes: 10 }),
    (i) => ({ type: 'message', direction: 'incoming', channelIds: [ch[i % 4]], cooldownMinutes: [5, 10, 1440][i % 3] }),
    (i) => ({ type: 'outgoing_message_seen', channelIds: [ch[i % 4]], delayMinutes: 1440 }),
    () => ({ type: 'conversation_closed', channelIds: [], delayMinutes: 5 }),
    (i) => ({ type: 'website_visited', url: `https://example.com/pricing/${i}`, delayMinutes: 0 }),
    (i) => ({ type: 'recurring', every: ['day', 'week', 'month', 'year'][i % 4], time: '10:00', ...(i % 4 === 1 ? { weekday: 2 } : {}), ...(i % 4 >= 2 ? { dayOfMonth: 15 } : {}), ...(i % 4 === 3 ? { month: 6 } : {}) }),
    () => ({ type: 'tag_added', entity: 'lead', tagId: 't-vip' }),
    (i) => ({ type: 'conversation_started', direction: 'incoming', channelIds: [ch[(i + 1) % 4]] }),
    () => ({ type: 'story_mention', channelIds: ['ch-ig'] }),
    () => ({ type: 'first_message_of_day', channelIds: [] }),
    (i) => ({ type: 'on_date', at: `2027-0${(i % 9) + 1}-10T09:30` }),
    () => ({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 24, direction: 'before' }),
    () => ({ type: 'form_submitted', formIds: ['form-demo'] }),
    () => ({ type: 'email_received', inboxIds: ['in-sales'] }),
    () => ({ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }),
    () => ({ type: 'responsible_user_changed' }),
    () => ({ type: 'call_received' }),
  ];
  const conditions = [
    { type: 'tags', mode: 'or', tagIds: ['t-new', 't-vip'] },
    { type: 'not_tags', mode: 'or', tagIds: ['t-spam'] },
    { type: 'stages', stageIds: stages.slice(0, 6) },
    { type: 'responsible', userIds: ['u-ana', 'u-bruno'] },
    { type: 'sale', min: 0, max: 1000000 },
    { type: 'source', sourceIds: ['src-site', 'src-instagram'] },
    { type: 'utm', param: 'utm_source', op: 'not_contains', value: 'spam' },
  ];
  return {
    name: 'Big bot',
    enabled: true,
    triggers: Array.from({ length: 50 }, (_, i) => makers[i % makers.length](i)),
    conditions: Array.from({ length: 20 }, (_, i) => structuredClone(conditions[i % conditions.length])),
    activeHours: { ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '20:00' })) },
    keepUnanswered: false,
  };
}

// In the page: Event Timing entries (by interaction) and long tasks, collected from the start.
const OBSERVE = () => {
  const perf = (window.__benchUi = { events: [], longtasks: [] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.interactionId) perf.events.push({ id: e.interactionId, dur: e.duration, start: e.startTime });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) perf.longtasks.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Does `act` and returns the slowest Event Timing entry it caused (0: under 16 ms) and the longest task within 1.5 s. */
async function measure(page, act) {
  const t0 = await page.evaluate(() => {
    window.__benchUi.events.length = 0;
    window.__benchUi.longtasks.length = 0;
    return performance.now();
  });
  await act();
  await sleep(1500);
  return page.evaluate((from) => {
    const { events, longtasks } = window.__benchUi;
    const dur = Math.max(0, ...events.filter((e) => e.start >= from).map((e) => e.dur));
    const longest = Math.max(0, ...longtasks.filter((t) => t.start >= from && t.start < from + 1500).map((t) => t.dur));
    return { dur, longest };
  }, t0);
}

const browser = await chromium.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = { first: [], reopen: [], keystroke: [], keystrokeTraffic: [] };
try {
  for (let p = 0; p < PAGES; p++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'America/New_York' });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Salesbot Trigger Studio' }).waitFor();
    await page.getByRole('button', { name: 'New bot' }).waitFor();
    const status = await page.evaluate(async (bot) => (await fetch('/api/bots', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(bot) })).status, bigBot());
    if (status !== 201) throw new Error(`The mocked API refused the large bot (${status})`);
    await page.reload();
    const open = page.getByRole('button', { name: 'Big bot', exact: true });
    await open.waitFor();
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    for (let k = 0; k < 3; k++) {
      await open.scrollIntoViewIfNeeded();
      await sleep(500);
      const box = await open.boundingBox();
      const m = await measure(page, () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
      (k === 0 ? results.first : results.reopen).push(m);
      const name = dialog.getByLabel('Bot name');
      await name.waitFor();
      if (k === 2) {
        await name.focus();
        await page.keyboard.press('End');
        for (const ch of 'abc') results.keystroke.push(await measure(page, () => page.keyboard.type(ch)));
        const generator = dialog.getByRole('group', { name: 'Generate traffic' });
        await generator.getByText('Generate traffic', { exact: true }).first().click();
        await generator.getByRole('button', { name: 'Generate traffic' }).click();
        await page.waitForFunction(() => /Replayed in [\d.]+ ms · 100,\d{3} events/.test(document.querySelector('[data-testid=sim-status]')?.textContent ?? ''), null, { timeout: 120_000 });
        await name.focus();
        await page.keyboard.press('End');
        for (const ch of 'def') results.keystrokeTraffic.push(await measure(page, () => page.keyboard.type(ch)));
        for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
      }
      await dialog.getByRole('button', { name: 'Close' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await context.close();
  }
} catch (e) {
  if (process.env.BENCH_UI_DEBUG) await browser.contexts()[0]?.pages()[0]?.screenshot({ path: 'bench-ui-failure.png' });
  throw e;
} finally {
  await browser.close();
  server?.kill('SIGTERM');
}

const show = (ms) => (ms === 0 ? '< 16' : ms.toFixed(0));
console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${PAGES} pages, ${base}`);
console.log('| interaction (50 triggers, 20 conditions) | duration to next paint, ms (median; all) | longest task after it, ms (median) |');
console.log('|---|---|---|');
for (const [label, key] of [
  ['opening the bot the first time', 'first'],
  ['re-opening it', 'reopen'],
  ['a keystroke in its name', 'keystroke'],
  ['a keystroke in its name, 100,000 events in the simulator', 'keystrokeTraffic'],
]) {
  const xs = results[key];
  console.log(`| ${label} | ${show(median(xs.map((x) => x.dur)))} (${xs.map((x) => show(x.dur)).join(', ')}) | ${median(xs.map((x) => x.longest)).toFixed(0)} |`);
}
console.log("For reference, INP's threshold for a good experience is 200 ms.");
