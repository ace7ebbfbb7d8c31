// The Trigger setup dialog's popovers at 200% zoom (a 1280×720 screen is 640×360 CSS px): the header
// and the footer stay pinned, and the form scrolls in about 250 px between them. A popover opened from
// a button in the middle of that was bounded to the room on one side of it (about 90 px): the trigger
// picker showed its search box only, "Add condition" two and a half kinds, a condition's editor hid
// its and/or switch and Done. Each button is put in the middle of the form first, as scrolling there
// with the mouse or the keyboard leaves it.
import type AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { TriggerSetupPage } from './pages/trigger-setup-page';

let ts: TriggerSetupPage;
test.beforeEach(async ({ page, app }) => {
  ts = new TriggerSetupPage(page, app);
  await page.setViewportSize({ width: 640, height: 360 });
  await ts.openNew();
});

/**
 * Whether the whole of `target` can be seen: inside the window and inside every box that clips it
 * (the popover, the list, the dialog's body), and hit testing at its centre finds it.
 */
function wholeInView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    if (r.top < -1 || r.left < -1 || r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1) return false;
    for (let box = el.parentElement; box; box = box.parentElement) {
      if (getComputedStyle(box).overflowY === 'visible') continue;
      const b = box.getBoundingClientRect();
      if (r.top < b.top - 1 || r.bottom > b.bottom + 1) return false;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** How many of `items` can be seen whole. */
async function countInView(items: Locator): Promise<number> {
  let n = 0;
  for (const item of await items.all()) if (await wholeInView(item)) n++;
  return n;
}

/** Scrolls `button` to the middle of the form and focuses it, ready for Enter. */
async function inTheMiddle(button: Locator): Promise<void> {
  await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await button.focus();
  const box = (await button.boundingBox())!;
  const body = (await ts.dialog.locator('.ts-body').boundingBox())!;
  // The premise: the button has a good part of the form both above and below it.
  expect(box.y - body.y, 'room above the button').toBeGreaterThan(60);
  expect(body.y + body.height - (box.y + box.height), 'room below the button').toBeGreaterThan(60);
  await expect(button).toBeFocused();
}

async function expectAxeClean(axe: () => AxeBuilder): Promise<void> {
  const results = await axe().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('the trigger picker shows options under its search box, narrows them visibly, and the arrow keys move through them with the search box staying', async ({ page, axe }) => {
  await inTheMiddle(ts.whenThisHappens);
  await page.keyboard.press('Enter');
  await expect(ts.search).toBeFocused();
  expect(await wholeInView(ts.search), 'the search box').toBe(true);
  expect(await countInView(ts.picker.getByRole('option')), 'options in view under the search box').toBeGreaterThanOrEqual(3);

  await page.keyboard.type('moved');
  const matches = ts.picker.getByRole('option');
  await expect(matches.first()).toContainText('moved');
  const count = await matches.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(await countInView(matches), 'options matching “moved” in view').toBeGreaterThanOrEqual(Math.min(count, 2));

  // Through every match and round again: the search box and the active option stay in view.
  for (let i = 0; i <= count; i++) {
    const active = ts.picker.getByRole('option', { selected: true });
    expect(await wholeInView(active), `the active option after ${i} × ↓`).toBe(true);
    expect(await wholeInView(ts.search), `the search box after ${i} × ↓`).toBe(true);
    await page.keyboard.press('ArrowDown');
  }
  // The whole list, from its end up and back: the list scrolls under the search box, and no group
  // name covers the active option.
  await ts.search.fill('');
  const all = await ts.picker.getByRole('option').count();
  expect(all).toBeGreaterThan(20);
  await page.keyboard.press('End');
  for (const key of ['ArrowUp', 'ArrowDown']) {
    for (let i = 0; i < all - 1; i++) {
      await page.keyboard.press(key);
      const active = ts.picker.getByRole('option', { selected: true });
      expect(await wholeInView(active), `the active option after ${i + 1} × ${key}`).toBe(true);
      expect(await wholeInView(ts.search), `the search box after ${i + 1} × ${key}`).toBe(true);
    }
  }
  await expect(ts.picker.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  // The picker with no option to show: it says what to try instead, in view.
  await ts.search.fill('no such trigger');
  expect(await wholeInView(ts.picker.getByText(/^No trigger matches/))).toBe(true);
  await ts.search.fill('');
  await expectAxeClean(axe);

  // Enter picks the active option: the picker is usable to its end.
  await ts.search.fill('moved');
  await page.keyboard.press('Enter');
  await expect(ts.picker).toBeHidden();
  await expect(ts.dialog.getByRole('group', { name: /^Settings of trigger \d+$/ })).toHaveCount(2);
});

test('"Add condition" shows most of its kinds at once, and each is in view as the arrow keys reach it', async ({ page, axe }) => {
  const add = ts.dialog.getByRole('button', { name: 'Add condition' });
  await inTheMiddle(add);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Choose a condition' });
  await expect(menu).toBeVisible();
  const kinds = menu.getByRole('button');
  const count = await kinds.count();
  expect(count).toBeGreaterThan(5);
  expect(await countInView(kinds), 'kinds in view at once').toBeGreaterThanOrEqual(5);
  // The footer (Cancel, Save) stays uncovered.
  const footer = (await ts.dialog.locator('.ts-footer').boundingBox())!;
  const box = (await menu.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(footer.y + 1);
  await expectAxeClean(axe);

  await expect(kinds.first()).toBeFocused();
  for (let i = 0; i < count; i++) {
    const focused = menu.locator(':focus');
    expect(await wholeInView(focused), `kind ${i + 1} of ${count}, focused`).toBe(true);
    await page.keyboard.press('ArrowDown');
  }
  await expect(kinds.first()).toBeFocused(); // round again
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Edit condition: / })).toBeVisible();
});

test("a condition's editor takes the room below its chip, and each of its controls, the and/or switch and Done too, is in view when focused", async ({ page, axe }) => {
  await ts.addCondition('Tags');
  await ts.closePopover();
  const chip = ts.dialog.getByRole('button', { name: /^Tags: / });
  await inTheMiddle(chip);
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: /^Edit condition: / });
  await expect(editor).toBeVisible();
  const first = editor.getByRole('checkbox').first();
  await expect(first).toBeFocused();
  expect(await wholeInView(first)).toBe(true);
  // Most of the form's height (about 250 px), not the 90 px on one side of the chip.
  expect((await editor.boundingBox())!.height, "the editor's height").toBeGreaterThanOrEqual(180);
  await expectAxeClean(axe);

  // Tab round the editor: whatever has the focus is in view.
  const andOr = editor.getByRole('button', { name: /^(and|or)$/ });
  const done = editor.getByRole('button', { name: 'Done' });
  const seen: string[] = [];
  for (let i = 0; i < 12 && !(await done.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    const focused = editor.locator(':focus');
    seen.push((await focused.getAttribute('aria-label')) ?? (await focused.evaluate((el) => (el as HTMLElement).innerText || el.tagName)));
    expect(await wholeInView(focused), `focused: ${seen.at(-1)}`).toBe(true);
    if (await andOr.evaluate((el) => el === document.activeElement)) seen.push('(the and/or switch)');
  }
  expect(seen, 'the and/or switch was on the way').toContain('(the and/or switch)');
  await expect(done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(chip).toBeFocused();
});

test("each kind of condition's editor can be gone through to Done with Tab, every control in view when focused", async ({ page }) => {
  test.slow(); // eleven kinds
  const add = ts.dialog.getByRole('button', { name: 'Add condition' });
  const kinds = await (async () => {
    await add.click();
    const names = await page.getByRole('dialog', { name: 'Choose a condition' }).getByRole('button').allTextContents();
    await ts.closePopover();
    return names;
  })();
  for (const kind of kinds) {
    await inTheMiddle(add);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Choose a condition' }).getByRole('button', { name: kind, exact: true }).click();
    const editor = page.getByRole('dialog', { name: /^Edit condition: / });
    await expect(editor).toBeVisible();
    const done = editor.getByRole('button', { name: 'Done' });
    for (let i = 0; i < 20 && !(await done.evaluate((el) => el === document.activeElement)); i++) {
      const focused = editor.locator(':focus');
      const name = (await focused.getAttribute('aria-label')) ?? (await focused.evaluate((el) => (el as HTMLElement).innerText || el.tagName));
      expect(await wholeInView(focused), `${kind}: focused ${name}`).toBe(true);
      await page.keyboard.press('Tab');
    }
    await expect(done, `${kind}: Done reached with Tab`).toBeFocused();
    expect(await wholeInView(done), `${kind}: Done in view`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(editor).toBeHidden();
  }
});

// Radix's focus trap focuses without scrolling when Tab wraps round: the last kind ("utm_content")
// and the Lead stage editor's Done were focused below what the popover shows.
test('Tab wrapping round "Add condition" brings the kind it focuses into view: the last from the first, the first from the last', async ({ page }) => {
  const add = ts.dialog.getByRole('button', { name: 'Add condition' });
  await inTheMiddle(add);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Choose a condition' });
  const kinds = menu.getByRole('button');
  await expect(kinds.first()).toBeFocused();
  expect(await menu.evaluate((el) => el.scrollHeight > el.clientHeight), 'the menu scrolls (the premise)').toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(kinds.last()).toBeFocused();
  expect(await wholeInView(kinds.last()), 'the last kind, after Shift+Tab from the first').toBe(true);
  await page.keyboard.press('Tab');
  await expect(kinds.first()).toBeFocused();
  expect(await wholeInView(kinds.first()), 'the first kind, after Tab from the last').toBe(true);
  await page.keyboard.press('End');
  await expect(kinds.last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(kinds.first()).toBeFocused();
  expect(await wholeInView(kinds.first()), 'the first kind, after End and Tab').toBe(true);
});

test("Shift+Tab from the first control of a condition's editor brings Done into view", async ({ page }) => {
  const add = ts.dialog.getByRole('button', { name: 'Add condition' });
  await inTheMiddle(add);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Choose a condition' }).getByRole('button', { name: 'Lead stage', exact: true }).click();
  const editor = page.getByRole('dialog', { name: /^Edit condition: / });
  await expect(editor).toBeVisible();
  const done = editor.getByRole('button', { name: 'Done' });
  expect(await wholeInView(done), 'Done starts out of view (the premise)').toBe(false);
  const first = editor.locator(':focus');
  expect(await wholeInView(first), 'the first control, focused as the editor opens').toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(done).toBeFocused();
  expect(await wholeInView(done), 'Done, after Shift+Tab from the first control').toBe(true);
  await page.keyboard.press('Tab');
  expect(await wholeInView(editor.locator(':focus')), 'the first control again, after Tab from Done').toBe(true);
});
