// Switching a bot on or off from the Salesbots list: saved through the mocked API (the PUT with the
// version), said in the status line, kept after a reload; a failed save puts the switch back and
// says why in the row; a draft of the bot survives, and the dialog then asks what to keep.
import { expect, test } from './fixtures';
import { HardeningPage, axeViolations } from './pages/hardening-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

let ts: TriggerSetupPage;
let hp: HardeningPage;
test.beforeEach(({ page, app }) => {
  ts = new TriggerSetupPage(page, app);
  hp = new HardeningPage(page);
});

test('a bot switched off from the list with the keyboard is said to be off, keeps the focus, and is still off after a reload', async ({ app, page }) => {
  const toggle = app.bots.getByRole('switch', { name: 'Bot on: Qualified follow-up' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await hp.tabTo(toggle);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: '“Qualified follow-up” is now off.' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).not.toHaveAttribute('aria-busy');
  await expect(toggle).toBeFocused();
  await expect(app.bot('Qualified follow-up')).toContainText('Disabled');
  expect(await ts.stored('follow-up')).toMatchObject({ enabled: false, version: 2 });

  await app.reload();
  await expect(app.bots.getByRole('switch', { name: 'Bot on: Qualified follow-up' })).toHaveAttribute('aria-checked', 'false');
  await expect(app.bot('Qualified follow-up')).toContainText('Disabled');
  // And on again with Enter.
  await app.bots.getByRole('switch', { name: 'Bot on: Qualified follow-up' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Qualified follow-up” is now on.' })).toBeVisible();
  expect(await ts.stored('follow-up')).toMatchObject({ enabled: true, version: 3 });
});

test('a switch whose save fails goes back, says why in its row, and Retry saves it; axe finds nothing at 390 px', async ({ app, page, axe }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const row = app.bot('Welcome on creation');
  const toggle = row.getByRole('switch', { name: 'Bot on: Welcome on creation' });
  await app.setDemoSwitches({ failNextSave: 'network', latency: 'realistic' });
  await toggle.click();
  // Busy while the answer is on its way (200–800 ms).
  await expect(row.getByText('Saving…')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-busy', 'true');
  const alert = row.getByRole('alert');
  await expect(alert).toHaveText(/^“Welcome on creation” was not switched off: the server could not be reached\. Check the connection and try again\./);
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(toggle).toBeFocused();
  expect(await ts.stored('welcome')).toMatchObject({ enabled: true, version: 1 });
  expect(await hp.pageOverflow()).toBe(0);
  expect(await axeViolations(axe())).toEqual([]);

  await expect(alert.getByRole('button')).toHaveCount(0); // the alert holds the words only
  await row.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Welcome on creation” is now off.' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).toBeFocused();
  expect(await ts.stored('welcome')).toMatchObject({ enabled: false, version: 2 });
  expect(await axeViolations(axe())).toEqual([]);
});

test('switching off a bot that has an unsaved draft keeps the draft; the dialog then moves the draft onto the switched-off version', async ({ app }) => {
  await ts.open('Qualified follow-up');
  await ts.name.fill('Half done');
  await app.reload(); // the draft is kept in this browser
  await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toBeVisible();

  await app.bots.getByRole('switch', { name: 'Bot on: Qualified follow-up' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: '“Qualified follow-up” is now off.' })).toBeVisible();
  await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toBeVisible();

  // The draft changed the name, the switch only the on/off setting: the draft is kept on top of version 2.
  await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  await expect(ts.name).toHaveValue('Half done');
  await expect(ts.dialog.getByRole('status').filter({ hasText: 'Your unsaved changes to this bot were restored' })).toContainText(
    'The bot has been saved since (version 2: Bot enabled now off); your changes are kept on top of it.',
  );
  await expect(ts.dialog.getByRole('switch', { name: 'Bot enabled' })).toHaveAttribute('aria-checked', 'false');
  // Save does not switch it back on, and meets no conflict.
  await ts.saveAndClose();
  expect(await ts.stored('follow-up')).toMatchObject({ name: 'Half done', enabled: false, version: 3 });
});

test('a kept draft that changed what was saved since still asks, and now says who changed what', async ({ app }) => {
  await ts.open('Qualified follow-up');
  await ts.name.fill('Half done');
  await app.reload();
  const stored = await ts.stored('follow-up');
  expect((await app.api('PUT', '/api/bots/follow-up', { ...stored, name: 'Renamed elsewhere', enabled: false })).status).toBe(200);
  await app.reload();
  await app.bots.getByRole('button', { name: 'Renamed elsewhere', exact: true }).click();
  await expect(ts.name).toHaveValue('Half done');
  await expect(ts.dialog.getByRole('status').filter({ hasText: 'Your unsaved changes to this bot were restored' })).toContainText(
    'The bot has been saved by someone since; saving will ask what to keep.',
  );
  await ts.save.click();
  // The draft kept the version it started from: each side's changes, told apart.
  await expect(ts.notice).toContainText('Their changes (Overwrite discards them):');
  await expect(ts.notice).toContainText('Name: “Renamed elsewhere”');
  await expect(ts.notice).toContainText('Bot enabled: off');
  await expect(ts.notice).toContainText('Your changes (Reload theirs discards them):');
  await expect(ts.notice).toContainText('Name: “Half done”');
});

test('in forced colours (Windows High Contrast) the list’s switch looks different on and off', async ({ app, page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  const toggle = app.bots.getByRole('switch', { name: 'Bot on: Won discount 10%' });
  const look = () =>
    toggle.evaluate((el) => ({ track: getComputedStyle(el).backgroundColor, thumb: getComputedStyle(el.firstElementChild!).backgroundColor }));
  const on = await look();
  expect(on.thumb, 'the thumb is not painted as the track').not.toBe(on.track);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).not.toHaveAttribute('aria-busy');
  await page.mouse.move(0, 0);
  const off = await look();
  expect(off.thumb, 'the thumb is not painted as the track').not.toBe(off.track);
  expect(off.track, 'the track changes').not.toBe(on.track);
});
