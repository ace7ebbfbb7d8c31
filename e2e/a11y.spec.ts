// Accessibility pass (issue 7): axe with the WCAG 2.2 AA and best-practice tags finds nothing on
// every state people reach, and the main task works from the keyboard alone with a visible focus.
import { expect, test } from './fixtures';
import { HardeningPage, axeViolations } from './pages/hardening-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

let ts: TriggerSetupPage;
let hp: HardeningPage;
test.beforeEach(({ page, app }) => {
  ts = new TriggerSetupPage(page, app);
  hp = new HardeningPage(page);
});

test.describe('axe finds no violation', () => {
  test('on the Salesbots list', async ({ app, axe }) => {
    await expect(app.bot('Welcome on creation')).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('on the Salesbots list with unsaved drafts marked', async ({ app, axe }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('Half done');
    await app.reload();
    await ts.openNew();
    await ts.name.fill('Spring promo');
    await app.reload();
    await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toBeVisible();
    await expect(app.bots.getByRole('group', { name: /unsaved new bot/ })).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
    // And the draft of a bot deleted elsewhere, offered back.
    await app.api('DELETE', '/api/bots/follow-up');
    await app.reload();
    await expect(app.bots.getByRole('group', { name: /bot that has been deleted/ })).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test("with what the plan stops said in the list (Advanced, then Base) and in the dialog", async ({ app, axe }) => {
    await app.setDemoSwitches({ plan: 'advanced' });
    await app.reload();
    await expect(app.bot('VIP welcome')).toContainText('Does not start on the Advanced plan: tag triggers start on the Enterprise plan only.');
    expect(await axeViolations(axe())).toEqual([]);
    await app.setDemoSwitches({ plan: 'base' });
    await app.reload();
    await expect(app.bots.getByText(/^Your account is on the Base plan: no bot starts\./)).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
    await ts.open('Qualified follow-up');
    await expect(ts.dialog.getByRole('region', { name: 'Warnings' })).toContainText('No bot starts on the Base plan');
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the Trigger setup dialog open', async ({ axe }) => {
    await ts.open('Qualified follow-up');
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the trigger picker open and filtered', async ({ axe }) => {
    await ts.open('Welcome on creation');
    await ts.whenThisHappens.click();
    await expect(ts.picker).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
    await ts.search.fill('message');
    await expect(ts.picker.getByRole('option').first()).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with a condition chip popover open', async ({ axe }) => {
    await ts.open('Won discount 10%');
    await ts.dialog.getByRole('button', { name: 'Sale: $10,000 – $100,000' }).click();
    await expect(ts.page.getByRole('dialog', { name: /^Edit condition: / })).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the active hours editor showing ranges, one day holding two', async ({ axe }) => {
    await ts.open('Business hours notice');
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await expect(hours.getByRole('radio', { name: 'Only at chosen times' })).toBeChecked();
    await hours.getByRole('button', { name: 'Add range on Tuesday' }).click();
    await expect(hours.getByRole('button', { name: /^Remove Tuesday range / })).toHaveCount(2);
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the simulator showing results, runs and skips, and with none', async ({ axe }) => {
    await ts.open('WhatsApp confirmation');
    const sim = ts.dialog.getByRole('region', { name: 'Simulator' });
    await sim.getByRole('button', { name: 'Run simulation' }).click();
    const results = sim.getByRole('region', { name: 'Results' });
    await expect(results).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(axe())).toEqual([]); // no rows yet: "There are no events to replay yet: ..."

    await sim.getByRole('button', { name: 'WhatsApp replies, 10-minute cooldown' }).click();
    await sim.getByRole('button', { name: 'Run simulation' }).click();
    const table = sim.getByRole('table', { name: 'Runs and skips' });
    await expect(table.getByText('Ran').first()).toBeVisible({ timeout: 15_000 });
    await expect(table.getByText('Skipped').first()).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the Demo settings popover open', async ({ app, axe }) => {
    await app.openDemoSettings();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with a save error notification shown', async ({ app, axe }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('Will fail');
    await app.setDemoSwitches({ failNextSave: '500' });
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with the problems of an imported scenario file listed', async ({ axe }) => {
    await ts.open('Qualified follow-up');
    const sim = ts.dialog.getByRole('region', { name: 'Simulator' });
    await sim.getByLabel('Import scenario file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 42, bots: 'all', events: [{ at: 'soon' }] })),
    });
    await expect(sim.getByRole('alert').filter({ hasText: 'The file cannot be used' })).toBeVisible();
    expect(await axeViolations(axe())).toEqual([]);
  });

  test('with a validation notification and errors beside the fields', async ({ axe }) => {
    await ts.openNew();
    await ts.name.fill('');
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    expect(await axeViolations(axe())).toEqual([]);
  });
});

test('keyboard only: open a bot, pick a trigger, add a condition and save, with a visible focus at every stop', async ({ page, app }) => {
  const open = app.bots.getByRole('button', { name: 'Welcome on creation', exact: true });
  await hp.tabTo(open);
  await page.keyboard.press('Enter');
  await expect(ts.dialog).toBeVisible();
  await expect(ts.name).toHaveValue('Welcome on creation');

  // Pick a trigger: the picker opens on Enter with the search focused; typing filters, Enter picks.
  await hp.tabTo(ts.whenThisHappens);
  await page.keyboard.press('Enter');
  await expect(ts.search).toBeFocused();
  await hp.expectVisibleFocus();
  await page.keyboard.type('call is received');
  await expect(ts.picker.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(ts.picker).toBeHidden();
  // The new trigger has no settings: its heading takes the focus, where its card starts.
  await expect(ts.dialog.getByRole('heading', { level: 4, name: 'When a call is received' })).toBeFocused();

  // Add a condition: the menu opens focused on its first kind; the editor opens on its first choice.
  const add = ts.dialog.getByRole('button', { name: 'Add condition' });
  await hp.tabTo(add);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Choose a condition' });
  await expect(menu.getByRole('button', { name: 'Tags', exact: true })).toBeFocused();
  await hp.expectVisibleFocus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: /^Edit condition: / });
  await expect(editor.getByRole('checkbox').first()).toBeFocused();
  await hp.expectVisibleFocus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  const chip = ts.dialog.getByRole('button', { name: /^Tags: / });
  await expect(chip).toBeFocused();
  await hp.expectVisibleFocus();

  // Save from the keyboard.
  await hp.tabTo(ts.save);
  await page.keyboard.press('Enter');
  await expect(ts.dialog).toBeHidden();
  const [stored] = (await hp.storedBots()).filter((b) => b.name === 'Welcome on creation');
  expect(stored?.triggers.at(-1)).toEqual({ type: 'call_received' });
  expect(stored?.conditions).toEqual([expect.objectContaining({ type: 'tags', tagIds: [expect.any(String)] })]);
  expect(stored?.version).toBe(2);
});

test('every focusable control of the open dialog shows its focus when reached with Tab', async ({ page }) => {
  await ts.open('Business hours notice');
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    // Stop when the focus comes back to the first control reached (the modal dialog keeps it inside).
    const wrapped = await page.evaluate((first) => {
      const w = window as unknown as { __firstFocus?: Element | null };
      if (first) w.__firstFocus = document.activeElement;
      return !first && document.activeElement === w.__firstFocus;
    }, i === 0);
    if (wrapped) break;
    const ring = await hp.focusRing();
    const key = `${ring.tag}|${ring.label}`;
    seen.add(key);
    if (ring.tag === 'body') continue;
    expect(ring.focusVisible, `${key} matches :focus-visible`).toBe(true);
    expect(ring.visible, `${key} shows its focus (outline: ${ring.outline}; box-shadow: ${ring.boxShadow})`).toBe(true);
  }
  expect(seen.size).toBeGreaterThan(10);
});

test('the Demo settings popover works from the keyboard: Enter opens it with the focus inside, Escape closes it and gives the focus back', async ({ page, app }) => {
  await hp.tabTo(app.demoSettingsButton);
  await page.keyboard.press('Enter');
  await expect(app.demoSettings).toBeVisible();
  const focusInside = await app.demoSettings.evaluate((el) => el.contains(document.activeElement));
  expect(focusInside).toBe(true);
  await hp.expectVisibleFocus();
  await page.keyboard.press('Tab');
  await hp.expectVisibleFocus();
  await page.keyboard.press('Escape');
  await expect(app.demoSettings).toBeHidden();
  await expect(app.demoSettingsButton).toBeFocused();
  await hp.expectVisibleFocus();
});

test('the simulator works from the keyboard: load a sample, run it, open a row of the results', async ({ page }) => {
  await ts.open('WhatsApp confirmation');
  const sim = ts.dialog.getByRole('region', { name: 'Simulator' });
  await hp.tabTo(sim.getByRole('button', { name: 'WhatsApp replies, 10-minute cooldown' }), 250);
  await page.keyboard.press('Enter');
  await hp.tabTo(sim.getByRole('button', { name: 'Run simulation' }), 250, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const table = sim.getByRole('table', { name: 'Runs and skips' });
  await expect(table.getByText('Ran').first()).toBeVisible({ timeout: 15_000 });
  const firstRow = table.getByRole('row').nth(1).getByRole('button').first();
  await hp.tabTo(firstRow, 250);
  await page.keyboard.press('Enter');
  await expect(firstRow).toHaveAttribute('aria-pressed', 'true');
  await expect(sim.getByRole('region', { name: 'Selected row' })).toBeVisible();
});
