// Layout under WCAG 2.2 reflow, focus-not-obscured, forced colours and text spacing: what the
// accessibility review measured, measured again on real geometry (boxes inside the window, hit
// testing with elementFromPoint, computed styles), so that a layout change cannot bring it back.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { SimulatorPage } from './pages/simulator-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

let ts: TriggerSetupPage;
test.beforeEach(({ page, app }) => {
  ts = new TriggerSetupPage(page, app);
});

/** A 1280×800 screen zoomed to 400% (320×200 CSS px) and to about 300% (320×256). */
const SHORT_VIEWPORTS = [
  { width: 320, height: 200 },
  { width: 320, height: 256 },
] as const;

/** Two animation frames: what a wheel turn scrolled has been laid out and painted. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Whether a mouse user sees and hits `target`: its centre is inside the window and hit testing there finds it. */
async function hitAtCentre(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/**
 * Turns the mouse wheel over the centre of `over` until `target` can be hit, as a mouse user scrolls
 * to it (Playwright's own click would scroll it into view by script, even inside overflow: hidden).
 * Returns whether it got there.
 */
async function wheelTo(page: Page, target: Locator, over: Locator, deltaY: number, turns = 60): Promise<boolean> {
  for (let i = 0; i < turns; i++) {
    if (await hitAtCentre(target)) return true;
    const box = await over.boundingBox();
    if (!box) return false;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, deltaY);
    await settled(page);
  }
  return hitAtCentre(target);
}

/** A new bot whose save failed (500), with the close confirmation open over it, in a window of this size. */
async function failedSaveThenEscape(page: Page, app: AppPage, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await ts.openNew();
  await ts.name.fill('Spring promo');
  await app.setDemoSwitches({ failNextSave: '500' });
  await ts.save.click();
  await expect(ts.notice).toContainText('The bot was not saved.');
  await page.keyboard.press('Escape');
  await expect(ts.dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
}

test.describe('reflow (WCAG 1.4.10) of the Trigger setup dialog at 400% zoom', () => {
  for (const viewport of SHORT_VIEWPORTS) {
    test(`after a failed save at ${viewport.width}×${viewport.height}, the form, Retry, Cancel, Save and the close confirmation are reachable with the mouse`, async ({ page, app }) => {
      await page.setViewportSize(viewport);
      await ts.openNew();
      await ts.name.fill('Spring promo');
      await app.setDemoSwitches({ failNextSave: '500' });
      await ts.save.click();
      await expect(ts.notice).toContainText('The bot was not saved.');

      const cancel = ts.dialog.getByRole('button', { name: 'Cancel', exact: true });
      const retry = ts.dialog.getByRole('button', { name: 'Retry', exact: true });
      // Down to the footer: the notice's Retry, then Cancel and Save.
      expect(await wheelTo(page, retry, ts.dialog, 100), 'Retry can be scrolled to and hit').toBe(true);
      expect(await wheelTo(page, ts.save, ts.dialog, 100), 'Save can be scrolled to and hit').toBe(true);
      expect(await hitAtCentre(cancel), 'Cancel is hit where it shows').toBe(true);
      // Back up to the form: the bot's name can be seen and hit.
      expect(await wheelTo(page, ts.name, ts.dialog, -100), 'the Bot name field can be scrolled to and hit').toBe(true);

      // Escape with unsaved changes: the confirmation joins the notice in the footer.
      await page.keyboard.press('Escape');
      const confirm = ts.dialog.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?' });
      await expect(confirm).toBeVisible();
      const keep = confirm.getByRole('button', { name: 'Keep editing' });
      const discard = confirm.getByRole('button', { name: 'Discard changes' });
      expect(await wheelTo(page, discard, ts.dialog, 100), 'Discard changes can be scrolled to and hit').toBe(true);
      expect(await wheelTo(page, ts.save, ts.dialog, 100), 'Save can still be scrolled to and hit').toBe(true);
      expect(await wheelTo(page, ts.name, ts.dialog, -100), 'the Bot name field can still be scrolled to and hit').toBe(true);
      expect(await wheelTo(page, keep, ts.dialog, 100), 'Keep editing can be scrolled to and hit').toBe(true);
      const box = (await keep.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(confirm).toBeHidden();
      await expect(ts.name).toHaveValue('Spring promo');
    });
  }


  test('at 1280×800 the footer stays pinned: with the save error and the close confirmation shown, Save is in view without scrolling and the form keeps its room', async ({ page, app }) => {
    await failedSaveThenEscape(page, app, 1280, 800);
    expect(await hitAtCentre(ts.save)).toBe(true);
    expect(await hitAtCentre(ts.name)).toBe(true);
  });

  test('on a phone-sized 320×568 window, a save error and the close confirmation together leave the form room and Save in view', async ({ page, app }) => {
    await failedSaveThenEscape(page, app, 320, 568);
    expect(await hitAtCentre(ts.save), 'Save is in view without scrolling').toBe(true);
    // The form (the scrolling body between header and footer) keeps at least a fifth of the window.
    const formHeight = await ts.dialog.evaluate((d) => d.querySelector('.ts-body')?.clientHeight ?? 0);
    expect(formHeight).toBeGreaterThanOrEqual(568 / 5);
    expect(await hitAtCentre(ts.name)).toBe(true);
  });
});

test.describe('the Trigger setup dialog at 200% zoom (1280×720 is 640×360 CSS px)', () => {
  const close = () => ts.dialog.getByRole('button', { name: 'Close', exact: true });
  const title = () => ts.dialog.getByRole('heading', { name: 'Trigger setup' });
  /** The scrolling part between the header and the footer, in CSS px. */
  const bodyHeight = () => ts.dialog.evaluate((d) => d.querySelector('.ts-body')?.clientHeight ?? 0);

  test('the header (title, Close) and the footer (Save) stay in view while the form scrolls between them, which keeps most of the window', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 360 });
    await ts.open('Qualified follow-up');
    await ts.name.fill('Qualified follow-up, zoomed');
    for (const [what, target] of [['the title', title()], ['Close', close()], ['Save', ts.save]] as const) expect(await hitAtCentre(target), `${what} is in view`).toBe(true);
    expect(await bodyHeight(), 'the form keeps half of the window').toBeGreaterThanOrEqual(360 / 2);
    // Down to the end of the form and the simulator: the header and the footer have not moved.
    const runSimulation = ts.dialog.getByRole('button', { name: 'Run simulation' });
    expect(await wheelTo(page, runSimulation, ts.dialog.locator('.ts-body'), 150), 'Run simulation can be scrolled to and hit').toBe(true);
    for (const [what, target] of [['the title', title()], ['Close', close()], ['Save', ts.save]] as const) expect(await hitAtCentre(target), `${what} is still in view`).toBe(true);
    expect(await wheelTo(page, ts.name, ts.dialog.locator('.ts-body'), -150), 'the Bot name field can be scrolled back to').toBe(true);
  });

  test('with a failed save and the close question shown, Close and Save stay in view and the form keeps room', async ({ page, app }) => {
    await failedSaveThenEscape(page, app, 640, 360);
    expect(await hitAtCentre(close()), 'Close is in view').toBe(true);
    expect(await hitAtCentre(ts.save), 'Save is in view').toBe(true);
    expect(await bodyHeight(), 'the form keeps a fifth of the window').toBeGreaterThanOrEqual(360 / 5);
    expect(await hitAtCentre(ts.name)).toBe(true);
  });
});

test.describe('reflow (WCAG 1.4.10) of the trigger picker at 400% zoom', () => {
  for (const viewport of SHORT_VIEWPORTS) {
    test(`at ${viewport.width}×${viewport.height} the list of triggers keeps room for options, and one can be scrolled to and picked with the mouse`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await ts.openNew();
      const before = await ts.dialog.getByRole('group', { name: /^Settings of trigger \d+$/ }).count();
      await ts.whenThisHappens.click();
      await expect(ts.picker).toBeVisible();
      const list = ts.picker.getByRole('listbox', { name: 'Triggers' });
      // Room for a group name and two options at least (an option is about 35 px).
      expect(await list.evaluate((el) => el.clientHeight)).toBeGreaterThanOrEqual(96);

      const option = ts.picker.getByRole('option', { name: 'When a lead is created in a pipeline stage', exact: true });
      expect(await wheelTo(page, option, ts.picker, 40, 30), 'the option can be scrolled to and hit').toBe(true);
      const box = (await option.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(ts.picker).toBeHidden();
      await expect(ts.dialog.getByRole('group', { name: /^Settings of trigger \d+$/ })).toHaveCount(before + 1);
    });
  }
});

test.describe('focus not obscured (WCAG 2.4.11) in the trigger picker', () => {
  /** Points of the active option (top, middle, bottom edge, at mid-width) that something else covers. */
  async function coveredPointsOfActive(listbox: Locator): Promise<string[]> {
    return listbox.evaluate((list) => {
      const option = list.querySelector('[role="option"][aria-selected="true"]');
      if (!option) return ['no active option'];
      const r = option.getBoundingClientRect();
      const x = r.left + r.width / 2;
      return [r.top + 2, r.top + r.height / 2, r.bottom - 2].flatMap((y) => {
        const hit = document.elementFromPoint(x, y);
        return hit && option.contains(hit) ? [] : [`${option.textContent} at y=${Math.round(y)}: ${hit ? hit.className || hit.tagName : 'nothing'}`];
      });
    });
  }

  test('at 1280×800, moving up from End and down from Home, the active option is never under a sticky group name', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await ts.openNew();
    await ts.whenThisHappens.click();
    await expect(ts.search).toBeFocused();
    const list = ts.picker.getByRole('listbox', { name: 'Triggers' });
    const count = await list.getByRole('option').count();
    expect(count).toBeGreaterThan(20);

    const covered: string[] = [];
    await page.keyboard.press('End');
    for (let i = 0; i < count - 1; i++) {
      await page.keyboard.press('ArrowUp');
      covered.push(...(await coveredPointsOfActive(list)));
    }
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    for (let i = 0; i < count - 1; i++) {
      await page.keyboard.press('ArrowDown');
      covered.push(...(await coveredPointsOfActive(list)));
    }
    await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
    expect(covered).toEqual([]);
  });
});

test.describe('forced colours (Windows High Contrast)', () => {
  /** Computed colours and lines of an element, as forced colours leave them. */
  function paint(el: Locator) {
    return el.evaluate((e) => {
      const s = getComputedStyle(e);
      return {
        background: s.backgroundColor,
        color: s.color,
        border: s.borderTopStyle === 'none' ? 0 : parseFloat(s.borderTopWidth),
        borderColor: s.borderTopColor,
        outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        outlineColor: s.outlineColor,
      };
    });
  }

  test.beforeEach(async ({ page }) => {
    // Reduced motion: the switch's colour transition is not caught half-way.
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  });

  test('the switches look different on and off: the thumb stands out from the track, and the track changes', async ({ page }) => {
    await ts.openNew();
    for (const name of ['Bot enabled', 'Keep bot replies marked unanswered']) {
      const control = ts.dialog.getByRole('switch', { name });
      const thumb = control.locator('.ui-switch-thumb');
      const looks: Record<string, { track: string; thumb: string }> = {};
      for (let i = 0; i < 2; i++) {
        const state = (await control.getAttribute('aria-checked')) ?? '';
        await page.mouse.move(0, 0); // not hovered
        const track = await paint(control);
        const knob = await paint(thumb);
        expect(knob.background, `${name} (${state}): the thumb is not painted as the track`).not.toBe(track.background);
        looks[state] = { track: track.background, thumb: knob.background };
        await control.click();
      }
      expect(Object.keys(looks).sort()).toEqual(['false', 'true']);
      expect(looks['true']!.track, `${name}: the track is painted differently on and off`).not.toBe(looks['false']!.track);
    }
  });

  test('"When this happens" keeps a button outline', async () => {
    await ts.openNew();
    const look = await paint(ts.whenThisHappens);
    expect(look.border).toBeGreaterThanOrEqual(1);
    expect(look.borderColor).not.toBe(look.background);
  });

  test("the simulator's selected row is outlined, not only tinted", async ({ page }) => {
    await ts.openNew();
    const sim = new SimulatorPage(page, ts.dialog);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    await sim.run.click();
    await expect(sim.table.getByText('Ran').first()).toBeVisible({ timeout: 15_000 });
    const selected = sim.rows().nth(1);
    await selected.getByRole('button').first().click();
    await expect(selected.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
    await page.mouse.move(0, 0);

    const line = (look: Awaited<ReturnType<typeof paint>>) => Math.max(look.outline, look.border >= 2 ? look.border : 0);
    const mine = await paint(selected);
    const other = await paint(sim.rows().nth(0));
    expect(line(mine), 'the selected row draws a line of 2 px or more').toBeGreaterThanOrEqual(2);
    expect(line(other), 'the other rows do not').toBe(0);
    expect(mine.outline ? mine.outlineColor : mine.borderColor).not.toBe(mine.background);
  });
});

test.describe('text spacing (WCAG 1.4.12) and large text in the simulator results, as narrow cards', () => {
  /** The WCAG 1.4.12 text spacing, as a bookmarklet users apply it would set it. */
  const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

  /** What is wrong with the cells of a result row: words broken across lines, text outside its cell, content clipped. */
  function rowProblems(row: Locator): Promise<string[]> {
    return row.evaluate((r) => {
      const problems: string[] = [];
      const rowBox = r.getBoundingClientRect();
      for (const cell of r.querySelectorAll('[role="cell"]')) {
        const box = cell.getBoundingClientRect();
        const where = cell.getAttribute('data-label') ?? cell.className;
        if (box.left < rowBox.left - 1 || box.right > rowBox.right + 1) problems.push(`${where}: the cell sticks out of its row`);
        const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const text = node as Text;
          // A word, with a trailing hyphen: "10-minute" may break after its hyphen.
          for (const m of text.data.matchAll(/[^\s-]+-?/g)) {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
            if (lines.size > 1) problems.push(`${where}: "${m[0]}" is broken over ${lines.size} lines`);
            const w = range.getBoundingClientRect();
            if (w.left < box.left - 1 || w.right > box.right + 1 || w.top < box.top - 1 || w.bottom > box.bottom + 1) problems.push(`${where}: "${m[0]}" is outside its cell`);
          }
        }
        for (const el of [cell, ...cell.querySelectorAll('*')]) {
          const s = getComputedStyle(el);
          const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
          if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
            problems.push(`${where}: ${el.tagName.toLowerCase()} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
          }
        }
      }
      return problems;
    });
  }

  const CASES = [
    { title: '320×800 with the WCAG text spacing', viewport: { width: 320, height: 800 }, css: TEXT_SPACING },
    { title: '320×800 without added spacing', viewport: { width: 320, height: 800 }, css: '' },
    // Cards of two columns (time and outcome side by side): held before the fix too, kept as it is.
    { title: '480×800 with the WCAG text spacing', viewport: { width: 480, height: 800 }, css: TEXT_SPACING },
    { title: '1280×800 with the text at 200%', viewport: { width: 1280, height: 800 }, css: 'html { font-size: 200% !important; }' },
    { title: '1280×800 with the text at 200% and the WCAG text spacing', viewport: { width: 1280, height: 800 }, css: `html { font-size: 200% !important; } ${TEXT_SPACING}` },
  ];
  test('at 900×800 (the dialog stacked, results as a table) with the WCAG text spacing, "Ran (kept unanswered)" is whole and no cell clips', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await page.addStyleTag({ content: TEXT_SPACING });
    await ts.openNew();
    const sim = new SimulatorPage(page, ts.dialog);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    const kept = sim.rows().filter({ hasText: 'Ran (kept unanswered)' });
    await expect(kept.first()).toBeVisible({ timeout: 15_000 });
    // A table here: its header row is seen.
    const head = await sim.table.getByRole('rowgroup').first().getByRole('row').boundingBox();
    expect(head?.width).toBeGreaterThan(600);
    // The table says that it scrolls sideways, which it does here, and is the Tab stop that scrolls
    // it from the keyboard (named once: no group of the same name around it).
    const table = sim.region.getByRole('table', { name: 'Runs and skips (scrolls sideways)', exact: true });
    await expect(table).toBeVisible();
    await expect(sim.region.getByRole('group', { name: /Runs and skips/ })).toHaveCount(0);
    await table.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => table.evaluate((t) => t.parentElement!.scrollLeft)).toBeGreaterThan(0);
    const problems: string[] = [];
    const count = await sim.rows().count();
    for (let i = 0; i < count; i++) problems.push(...(await rowProblems(sim.rows().nth(i))).map((p) => `row ${i + 1}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('as cards, the cells show the name of their column without saying it again after the column header', async ({ page }) => {
    await page.setViewportSize({ width: 480, height: 800 });
    await ts.openNew();
    const sim = new SimulatorPage(page, ts.dialog);
    await sim.loadSample('WhatsApp replies, 10-minute cooldown');
    const row = sim.rows().first();
    await expect(row).toContainText('Unnamed bot', { timeout: 15_000 });
    const cell = (label: string) => row.locator(`[data-label="${label}"]`);
    // Read as their own text: the column header already names them ("Bot, Bot: Unnamed bot" was heard).
    await expect(cell('Bot')).toHaveAccessibleName('Unnamed bot');
    await expect(cell('Lead')).toHaveAccessibleName(/^l\d+$/);
    await expect(cell('Trigger')).not.toHaveAccessibleName(/^Trigger/);
    // Still shown: the label takes room before the text.
    for (const label of ['Bot', 'Lead', 'Trigger']) {
      const shown = await cell(label).evaluate((el) => {
        const before = getComputedStyle(el, '::before');
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getClientRects()[0]!;
        const box = el.getBoundingClientRect();
        return { content: before.content, indent: text.left - box.left - parseFloat(getComputedStyle(el).paddingLeft) };
      });
      expect(shown.content, label).not.toBe('none');
      expect(shown.indent, `${label}: its label before the text`).toBeGreaterThan(10);
    }
  });

  for (const c of CASES) {
    test(`at ${c.title}, no result row clips its time or breaks the bot's name inside a word`, async ({ page }) => {
      await page.setViewportSize(c.viewport);
      if (c.css) await page.addStyleTag({ content: c.css });
      await ts.openNew();
      const sim = new SimulatorPage(page, ts.dialog);
      await sim.loadSample('WhatsApp replies, 10-minute cooldown');
      await sim.run.click();
      await expect(sim.table.getByText('Ran').first()).toBeVisible({ timeout: 15_000 });
      await expect(sim.rows().first()).toContainText('Unnamed bot');
      // The rows are small cards here: the table's header row is only for screen readers (1×1 px).
      const head = await sim.table.getByRole('rowgroup').first().getByRole('row').boundingBox();
      expect(head?.width).toBeLessThanOrEqual(1);
      // Cards never scroll sideways, and the table does not say they do.
      await expect(sim.region.getByRole('table', { name: 'Runs and skips', exact: true })).toBeVisible();

      const problems: string[] = [];
      const count = Math.min(await sim.rows().count(), 4);
      for (let i = 0; i < count; i++) problems.push(...(await rowProblems(sim.rows().nth(i))).map((p) => `row ${i + 1}: ${p}`));
      expect(problems).toEqual([]);
      // The row's time button shows its whole text and can be hit.
      const time = sim.rows().first().getByRole('button').first();
      await time.scrollIntoViewIfNeeded();
      expect(await hitAtCentre(time)).toBe(true);
    });
  }
});

test.describe('active hours on a phone-sized window', () => {
  test('at 390×844 each range keeps its × beside its times: the button sits inside its own range, level with its start time', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await ts.open('Business hours notice');
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await hours.getByRole('button', { name: 'Add range on Tuesday' }).click();
    const remove = hours.getByRole('button', { name: /^Remove Tuesday range / });
    await expect(remove).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      const button = remove.nth(i);
      await button.scrollIntoViewIfNeeded();
      const geometry = await button.evaluate((el) => {
        const range = el.closest('li')!.getBoundingClientRect();
        const from = el.closest('li')!.querySelector('input.hours-time')!.getBoundingClientRect();
        const b = el.getBoundingClientRect();
        return {
          inside: b.left >= range.left && b.right <= range.right && b.top >= range.top && b.bottom <= range.bottom,
          // Level with the range's first time box: the × is on the range's first line, not alone on a later one.
          level: b.top < from.bottom && b.bottom > from.top,
        };
      });
      expect(geometry, `range ${i + 1}`).toEqual({ inside: true, level: true });
    }
  });
});
