// The conditions of the Trigger setup dialog, driven by role and label: every kind of condition,
// keyboard-only use of a chip, and axe with a chip's popover open.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Trigger setup' });
const chipEditor = (page: Page) => page.getByRole('dialog', { name: /^Edit condition: / });

async function openNewBot(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New bot' }).click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  return d;
}

/** "Add condition" → a kind; the new chip's editor opens by itself. */
async function addCondition(page: Page, kind: string): Promise<Locator> {
  await dialog(page).getByRole('button', { name: 'Add condition' }).click();
  await page.getByRole('dialog', { name: 'Choose a condition' }).getByRole('button', { name: kind, exact: true }).click();
  const editor = chipEditor(page);
  await expect(editor).toBeVisible();
  return editor;
}

async function closeEditor(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(chipEditor(page)).toBeHidden();
  await expect(dialog(page)).toBeVisible(); // Escape closes the popover, not the dialog
}

test('every kind of condition can be added as a chip, edited in its popover and saved', async ({ app, page }) => {
  const d = await openNewBot(page);
  await d.getByLabel('Bot name').fill('Every condition');

  let editor = await addCondition(page, 'Tags');
  await editor.getByRole('checkbox', { name: 'VIP' }).check();
  await editor.getByRole('checkbox', { name: 'New' }).check();
  await editor.getByRole('button', { name: 'or', exact: true }).click();
  await expect(editor.getByRole('button', { name: 'and', exact: true })).toBeVisible();
  await closeEditor(page);
  await expect(d.getByRole('button', { name: 'Tags: New and VIP' })).toBeFocused();

  editor = await addCondition(page, 'Lead stage');
  await expect(d.getByRole('button', { name: 'Lead stage: any' })).toBeVisible();
  await editor.getByRole('checkbox', { name: 'Won' }).check();
  await closeEditor(page);

  editor = await addCondition(page, 'Responsible user');
  await editor.getByRole('checkbox', { name: 'Ana' }).check();
  await closeEditor(page);

  editor = await addCondition(page, 'Sale');
  await editor.getByLabel('Minimum amount ($)').fill('10000');
  await editor.getByLabel('Maximum amount ($)').fill('100000');
  await closeEditor(page);

  editor = await addCondition(page, 'Source');
  await editor.getByRole('checkbox', { name: 'Instagram' }).check();
  await closeEditor(page);

  editor = await addCondition(page, 'Does not have tags');
  await editor.getByRole('checkbox', { name: 'Spam' }).check();
  await closeEditor(page);

  editor = await addCondition(page, 'utm_source');
  await editor.getByLabel('Value').fill('Google');
  await closeEditor(page);

  editor = await addCondition(page, 'utm_medium');
  await editor.getByLabel('Comparison').selectOption({ label: 'is empty' });
  await expect(editor.getByLabel('Value')).toHaveCount(0);
  await closeEditor(page);

  editor = await addCondition(page, 'utm_campaign');
  await editor.getByLabel('Comparison').selectOption({ label: 'contains' });
  await editor.getByLabel('Value').fill('spring');
  await closeEditor(page);

  editor = await addCondition(page, 'utm_term');
  await editor.getByLabel('Comparison').selectOption({ label: 'does not match' });
  await editor.getByLabel('Value').fill('free');
  await closeEditor(page);

  editor = await addCondition(page, 'utm_content');
  await editor.getByLabel('Comparison').selectOption({ label: 'is not empty' });
  await closeEditor(page);

  const chips = [
    'Tags: New and VIP',
    'Lead stage: Won',
    'Responsible user: Ana',
    'Sale: $10,000 – $100,000',
    'Source: Instagram',
    'Does not have tags: Spam',
    'utm_source matches Google',
    'utm_medium is empty',
    'utm_campaign contains spring',
    'utm_term does not match free',
    'utm_content is not empty',
  ];
  for (const name of chips) await expect(d.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(d.getByRole('button', { name: 'Remove condition' })).toHaveCount(chips.length);

  await d.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Every condition”' })).toBeVisible();

  const list = await app.api('GET', '/api/bots');
  const stored = (list.body as { name: string; conditions: unknown[] }[]).find((b) => b.name === 'Every condition');
  expect(stored?.conditions).toEqual([
    { type: 'tags', mode: 'and', tagIds: ['t-new', 't-vip'] },
    { type: 'stages', stageIds: ['s-won'] },
    { type: 'responsible', userIds: ['u-ana'] },
    { type: 'sale', min: 10000, max: 100000 },
    { type: 'source', sourceIds: ['src-instagram'] },
    { type: 'not_tags', mode: 'or', tagIds: ['t-spam'] },
    { type: 'utm', param: 'utm_source', op: 'match', value: 'Google' },
    { type: 'utm', param: 'utm_medium', op: 'empty' },
    { type: 'utm', param: 'utm_campaign', op: 'contains', value: 'spring' },
    { type: 'utm', param: 'utm_term', op: 'not_match', value: 'free' },
    { type: 'utm', param: 'utm_content', op: 'not_empty' },
  ]);
});

test('a chip works from the keyboard alone: Tab to it, Enter opens, edit, Escape closes', async ({ page }) => {
  await page.getByRole('button', { name: 'Won discount 10%', exact: true }).click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  const chip = d.getByRole('button', { name: 'Sale: $10,000 – $100,000' });
  await expect(chip).toBeVisible();

  // Tab through the dialog until the chip has the focus (the dialog starts with the focus inside it).
  for (let i = 0; i < 80 && !(await chip.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(chip).toBeFocused();

  await page.keyboard.press('Enter');
  const editor = chipEditor(page);
  await expect(editor).toBeVisible();
  const min = editor.getByLabel('Minimum amount ($)');
  await expect(min).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20000');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Maximum amount ($)')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(d).toBeVisible();
  const edited = d.getByRole('button', { name: 'Sale: $20,000 – $100,000' });
  await expect(edited).toBeFocused();

  // "Add condition" and its menu from the keyboard too: arrows move, Enter picks, the editor opens focused.
  await page.keyboard.press('Tab'); // Remove condition
  await page.keyboard.press('Tab'); // Add condition
  await expect(d.getByRole('button', { name: 'Add condition' })).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Choose a condition' });
  await expect(menu.getByRole('button', { name: 'Tags', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(chipEditor(page)).toBeVisible();
  await expect(chipEditor(page).getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(d.getByRole('button', { name: 'Lead stage: Incoming leads' })).toBeFocused();
});

test('a sale amount the browser cannot read ("20000-") is refused beside its box, and the saved bot keeps its limit', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Won discount 10%', exact: true }).click();
  const d = dialog(page);
  await d.getByRole('button', { name: 'Sale: $10,000 – $100,000' }).click();
  const editor = chipEditor(page);
  const min = editor.getByLabel('Minimum amount ($)');
  await min.fill('');
  await min.pressSequentially('20000-');
  await expect(min).toHaveAttribute('aria-invalid', 'true');
  await expect(min).toHaveAccessibleDescription(/Enter an amount \(a number\) or leave it empty\./);
  await closeEditor(page);
  await expect(d.getByRole('button', { name: 'Sale: an amount that is not a number – $100,000' })).toBeVisible();
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d.getByRole('alert').first()).toBeVisible();
  await expect(d).toBeVisible(); // not saved, not closed
  const stored = (await app.api('GET', '/api/bots')).body as { name: string; conditions: unknown[] }[];
  expect(stored.find((b) => b.name === 'Won discount 10%')?.conditions).toContainEqual({ type: 'sale', min: 10000, max: 100000 });
});

test('the dialog with a chip popover open passes axe (WCAG 2.2 AA and best practice)', async ({ page, axe }) => {
  const d = await openNewBot(page);
  const editor = await addCondition(page, 'Tags');
  await editor.getByRole('checkbox', { name: 'VIP' }).check();
  await expect(d.getByRole('button', { name: 'Tags: VIP' })).toBeVisible();
  const results = await axe().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a tag condition without tags is marked on its chip and explained in its popover', async ({ page }) => {
  const d = await openNewBot(page);
  await addCondition(page, 'Does not have tags');
  await closeEditor(page);
  const chip = d.getByRole('button', { name: 'Does not have tags: none selected' });
  await expect(chip).toHaveAttribute('aria-invalid', 'true');
  await chip.click();
  await expect(chipEditor(page).getByRole('group', { name: 'Leave out leads with these tags' })).toContainText('Select at least one tag.');
});

test('active hours: chosen days with an overnight range, end of day and another time zone are saved', async ({ app, page, axe }) => {
  const d = await openNewBot(page);
  await d.getByLabel('Bot name').fill('Evenings');
  const hours = d.getByRole('group', { name: 'Active hours' });
  await expect(hours.getByRole('radio', { name: 'Always active' })).toBeChecked();
  await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
  await expect(hours.getByRole('checkbox', { name: 'Friday', exact: true })).toBeChecked(); // business hours to start with

  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) await hours.getByRole('checkbox', { name: day, exact: true }).uncheck();
  // Typed key by key, as the app writes times (24-hour): a browser time box in en-US is 12-hour, and
  // took "2200" as 02:20.
  await hours.getByLabel('Friday from', { exact: true }).fill('');
  await hours.getByLabel('Friday from', { exact: true }).pressSequentially('2200');
  await hours.getByLabel('Friday to', { exact: true }).fill('');
  await hours.getByLabel('Friday to', { exact: true }).pressSequentially('0600');
  await page.keyboard.press('Tab');
  await expect(hours.getByLabel('Friday from', { exact: true })).toHaveValue('22:00');
  await expect(hours.getByText('Runs past midnight into Saturday, until 06:00.')).toBeVisible();
  await hours.getByRole('checkbox', { name: 'Saturday', exact: true }).check();
  await hours.getByLabel('Saturday from', { exact: true }).fill('10:00');
  await hours.getByRole('checkbox', { name: 'until end of day on Saturday' }).check();
  await expect(hours.getByLabel('Saturday to', { exact: true })).toHaveText('24:00');

  await hours.getByRole('searchbox', { name: 'Find a time zone' }).fill('Berlin');
  await hours.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/Berlin');
  await expect(hours.getByText('Times are read in Europe/Berlin, here and in the bot’s scheduled triggers (on a date, repeating).')).toBeVisible();

  const results = await axe().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await d.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Evenings”' })).toBeVisible();
  const list = await app.api('GET', '/api/bots');
  const stored = (list.body as { name: string; activeHours: unknown }[]).find((b) => b.name === 'Evenings');
  expect(stored?.activeHours).toEqual({
    timezone: 'Europe/Berlin',
    ranges: [
      { weekday: 5, from: '22:00', to: '06:00' },
      { weekday: 6, from: '10:00', to: '24:00' },
    ],
  });
});

test('overlapping ranges are shown beside the later range', async ({ page }) => {
  const d = await openNewBot(page);
  const hours = d.getByRole('group', { name: 'Active hours' });
  await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
  await hours.getByRole('button', { name: 'Add range on Monday' }).click();
  await hours.getByLabel('Monday from (range 2)').fill('17:00');
  // The range's own list item is the innermost one holding its inputs (the day's item holds it too).
  const second = hours.getByRole('listitem').filter({ has: page.getByLabel('Monday from (range 2)') }).last();
  await expect(second).toContainText('This time range overlaps another range on the same day (09:00–18:00).');
  await expect(hours.getByLabel('Monday from (range 2)')).toHaveAttribute('aria-invalid', 'true');
  await expect(hours.getByLabel('Monday from (range 1)')).not.toHaveAttribute('aria-invalid', 'true');
});

test('removing a day’s first range from the keyboard puts the focus on Add range, not on the next range’s ×, and says so', async ({ page }) => {
  const d = await openNewBot(page);
  const hours = d.getByRole('group', { name: 'Active hours' });
  await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
  await hours.getByRole('button', { name: 'Add range on Monday' }).click();
  await expect(d.getByRole('status').filter({ hasText: 'Added Monday range 19:00–21:00.' })).toHaveCount(1);
  await hours.getByRole('button', { name: 'Remove Monday range 09:00–18:00' }).focus();
  await page.keyboard.press('Enter');
  await expect(hours.getByRole('button', { name: 'Add range on Monday' })).toBeFocused();
  await expect(d.getByRole('status').filter({ hasText: 'Removed Monday range 09:00–18:00.' })).toHaveCount(1);
  await expect(hours.getByRole('button', { name: 'Remove Monday range 19:00–21:00' })).toBeVisible();
  // The last range of the day: the focus goes to the day's box.
  await hours.getByRole('button', { name: 'Remove Monday range 19:00–21:00' }).focus();
  await page.keyboard.press('Enter');
  await expect(hours.getByRole('checkbox', { name: 'Monday', exact: true })).toBeFocused();
  await expect(hours.getByRole('checkbox', { name: 'Monday', exact: true })).not.toBeChecked();
  await expect(hours.getByRole('checkbox', { name: 'Tuesday', exact: true })).toBeChecked();
});

test('at 320 px a chip shows its whole condition on more lines, not cut with "…"', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openNewBot(page);
  let editor = await addCondition(page, 'Tags');
  for (const tag of ['VIP', 'New', 'Spam']) await editor.getByRole('checkbox', { name: tag }).check();
  await closeEditor(page);
  editor = await addCondition(page, 'utm_campaign');
  await editor.getByLabel('Comparison').selectOption({ label: 'contains' });
  await editor.getByLabel('Value').fill('black_friday_2026_retargeting_lookalike');
  await closeEditor(page);
  for (const name of ['Tags: New or VIP or Spam', 'utm_campaign contains black_friday_2026_retargeting_lookalike']) {
    const words = dialog(page).getByRole('button', { name, exact: true }).locator('span').first();
    await expect(words).toHaveText(name);
    // Nothing of it hidden: it fits its own box and the chip's, and the chip fits the page.
    const fits = await words.evaluate((el) => {
      const chip = el.closest('.condition-chip')!;
      return { overflow: el.scrollWidth - el.clientWidth, chip: chip.scrollWidth - chip.clientWidth, right: chip.getBoundingClientRect().right };
    });
    expect(fits.overflow, name).toBeLessThanOrEqual(0);
    expect(fits.chip, name).toBeLessThanOrEqual(0);
    expect(fits.right, name).toBeLessThanOrEqual(320);
  }
});
