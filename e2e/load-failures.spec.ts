// Code loaded on demand that does not come (offline, a flaky network, a chunk gone after a redeploy):
// only the part that needed it says so, with "Try again"; the rest of the page stays as it was.
// Asset requests pass through the mocked API's service worker, which page.route() does not see:
// failures are made with context.route() and context.setOffline().
import { expect, test } from './fixtures';
import { axeViolations } from './pages/hardening-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

/** The chunk itself, not its copies asked for again under a new URL (`…js?retry=n`). */
const SIMULATOR_CHUNK = /\/simulator-[\w-]+\.js$/;
/** Every request for the editor's chunk, copies included. */
const EDITOR_CHUNK = /\/trigger-setup-dialog-[\w-]+\.js/;

test('offline when the simulator is first needed: only it says so, the form stays, and Try again brings it with its styles', async ({ app, page, context, axe }) => {
  const ts = new TriggerSetupPage(page, app);
  await page.waitForLoadState('networkidle'); // the editor's code came while the page was idle
  await context.setOffline(true);
  await page.getByRole('button', { name: 'New bot' }).click();

  await expect(ts.dialog).toBeVisible();
  const alert = ts.dialog.getByRole('alert').filter({ hasText: 'The simulator could not be loaded' });
  await expect(alert).toHaveText('The simulator could not be loaded. Check the connection, then try again.');
  await expect(alert.getByRole('button')).toHaveCount(0);
  await expect(ts.name).toBeFocused(); // a new bot's, as on any opening of one: the simulator's failure takes nothing
  await ts.name.fill('Typed while offline');
  expect(await axeViolations(axe().include('dialog'))).toEqual([]);

  const again = ts.dialog.getByRole('button', { name: 'Try again' });
  await again.click();
  await expect(ts.dialog.getByRole('alert').filter({ hasText: 'The simulator still could not be loaded' })).toBeVisible();
  await expect(again).toBeFocused();

  await context.setOffline(false);
  await again.click();
  const run = ts.dialog.getByRole('button', { name: 'Run simulation' });
  await expect(run).toBeVisible();
  await expect(run).toBeFocused(); // "Try again" went away: the simulator's first control
  await expect(alert).toHaveCount(0);
  // Its stylesheet failed with it, and was asked for again: the primary button is not a plain one.
  await expect(run).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(ts.name).toHaveValue('Typed while offline');
});

test('a simulator chunk whose fetch failed is asked for again under a new URL, which the browser fetches', async ({ app, page, context }) => {
  const ts = new TriggerSetupPage(page, app);
  // The browser keeps a failed module fetch for the page's life: the same URL would fail again.
  await context.route(SIMULATOR_CHUNK, (route) => route.abort());
  await ts.openNew();
  await expect(ts.dialog.getByRole('alert').filter({ hasText: 'The simulator could not be loaded' })).toBeVisible();
  await ts.dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(ts.dialog.getByRole('button', { name: 'Run simulation' })).toBeVisible();
  await expect(ts.dialog.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});

test('the editor’s code not loading: a dialog of its own says so, Escape gives the focus back, and Try again opens the editor', async ({ app, page, context, axe }) => {
  const ts = new TriggerSetupPage(page, app);
  await context.route(EDITOR_CHUNK, (route) => route.abort());
  await app.reload();
  const newBot = page.getByRole('button', { name: 'New bot' });
  await newBot.click();

  const failed = page.getByRole('dialog', { name: 'Could not open the bot editor' });
  await expect(failed.getByRole('alert')).toHaveText('The bot editor could not be loaded. Check the connection, then try again.');
  await expect(failed.getByRole('alert').getByRole('button')).toHaveCount(0);
  const again = failed.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();
  await expect(app.bot('Welcome on creation')).toBeVisible(); // the list stays, under the dialog
  expect(await axeViolations(axe())).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(failed).toHaveCount(0);
  await expect(newBot).toBeFocused();

  await newBot.click(); // opening again tries again
  await expect(failed.getByRole('alert')).toContainText('The bot editor still could not be loaded.');
  await context.unroute(EDITOR_CHUNK);
  await again.click();
  await expect(ts.dialog).toBeVisible();
  await expect(failed).toHaveCount(0);
  await expect(ts.name).toBeFocused(); // a new bot: its name, as when the editor's code was there at once
  await ts.name.fill('After the editor came');
  await ts.saveAndClose();
  await expect(app.bot('After the editor came')).toBeVisible();
});

test('the demo settings’ code not loading: the header says so and the list works; Try again brings the button', async ({ app, page, context }) => {
  const chunk = /\/demo-settings-[\w-]+\.js/;
  await context.route(chunk, (route) => route.abort());
  await app.reload();
  const alert = page.getByRole('banner').getByRole('alert');
  await expect(alert).toHaveText('Demo settings could not be loaded. Check the connection, then try again.');
  await expect(app.bot('Welcome on creation')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).not.toBeFocused(); // it failed as the page loaded: the focus is left alone
  await context.unroute(chunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(app.demoSettingsButton).toBeVisible();
  await expect(app.demoSettingsButton).toBeFocused();
  await expect(alert).toHaveCount(0);
});
