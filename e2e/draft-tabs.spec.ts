// Two tabs of one browser on one saved bot share its draft: a tab that was only looking at the bot
// must not wipe or overwrite what the other tab left with "Close, keep the draft".
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

test('a tab left unedited takes in the draft another tab kept, and flipping a switch there neither wipes nor overwrites it', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const tabB = new TriggerSetupPage(appB.page, appB);
  await tabB.open('Qualified follow-up'); // open, not edited

  await tabA.open('Qualified follow-up');
  await tabA.name.fill('Qualified follow-up (renamed in A)');
  await tabA.trigger(1).getByRole('checkbox', { name: 'Won' }).check();
  await tabA.dialog.getByRole('button', { name: 'Close' }).click();
  await tabA.dialog.getByRole('group', { name: /You have unsaved changes/ }).getByRole('button', { name: 'Close, keep the draft' }).click();
  await expect(tabA.dialog).toBeHidden();

  // Tab B shows what tab A kept, and says where it came from.
  await expect(tabB.name).toHaveValue('Qualified follow-up (renamed in A)');
  await expect(tabB.dialog.getByRole('paragraph').filter({ hasText: 'Unsaved changes to this bot from another tab were loaded.' })).toBeVisible();
  const enabled = tabB.dialog.getByRole('switch', { name: 'Bot enabled' });
  await enabled.click();
  await enabled.click();
  await tabB.dialog.getByRole('button', { name: 'Close' }).click();
  await tabB.dialog.getByRole('group', { name: /You have unsaved changes/ }).getByRole('button', { name: 'Close, keep the draft' }).click();
  await expect(tabB.dialog).toBeHidden();

  // Tab B changes one thing, on top of tab A's changes.
  await appB.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  await expect(tabB.name).toHaveValue('Qualified follow-up (renamed in A)');
  await enabled.click();
  await expect(enabled).toHaveAttribute('aria-checked', 'false');
  await tabB.dialog.getByRole('button', { name: 'Close' }).click();
  await tabB.dialog.getByRole('group', { name: /You have unsaved changes/ }).getByRole('button', { name: 'Close, keep the draft' }).click();
  await expect(tabB.dialog).toBeHidden();

  // Tab A, reloaded, finds its rename and its stage, with tab B's switch.
  await app.reload();
  await expect(app.bot('Qualified follow-up')).toContainText('Unsaved changes');
  await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  await expect(tabA.dialog.getByRole('paragraph').filter({ hasText: /^Your unsaved changes to this bot were restored/ })).toBeVisible();
  await expect(tabA.name).toHaveValue('Qualified follow-up (renamed in A)');
  await expect(tabA.trigger(1).getByRole('checkbox', { name: 'Won' })).toBeChecked();
  await expect(tabA.dialog.getByRole('switch', { name: 'Bot enabled' })).toHaveAttribute('aria-checked', 'false');
  await appB.page.close();
});
