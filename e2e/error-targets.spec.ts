// Where the not-saved notice's "Go to …" buttons go, and what they are called, when one place (a
// trigger, an active-hours range, a list of ids) has problems in more than one of its parts: each
// goes to the box its problem is about, and no two have the same name (WCAG 2.4.6).
import { expect, test } from './fixtures';
import { TriggerSetupPage } from './pages/trigger-setup-page';

test.describe('Errors go where they are', () => {
  let ts: TriggerSetupPage;
  test.beforeEach(({ page, app }) => {
    ts = new TriggerSetupPage(page, app);
  });

  /** The not-saved notice's "Go to …" buttons, by name. */
  const goToNames = () => ts.dialog.getByRole('button', { name: /^Go to / }).allTextContents();

  test('a trigger with a bad address and a bad delay: one button to each box, named by its part', async () => {
    await ts.openNew();
    await ts.name.fill('Two problems, one trigger');
    await ts.addTrigger('website', 'When a website page is visited');
    const trigger = ts.trigger(2);
    const address = trigger.getByRole('textbox', { name: 'Page address' });
    await address.fill('notaurl');
    await trigger.getByLabel('Delay', { exact: true }).selectOption('Custom interval (HH:MM)');
    const delay = trigger.getByRole('textbox', { name: 'Delay: custom interval (HH:MM)' });
    await delay.fill('999:00');
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    await expect(ts.notice).toContainText('Trigger 2, page address:');
    await expect(ts.notice).toContainText('Trigger 2, delay: The delay can be at most 30 days');
    expect(await goToNames()).toEqual(['Go to Trigger 2, page address', 'Go to Trigger 2, delay']);
    // The first problem takes the focus at the press.
    await expect(address).toBeFocused();
    await ts.dialog.getByRole('button', { name: 'Go to Trigger 2, delay', exact: true }).click();
    await expect(delay).toBeFocused();
    await ts.dialog.getByRole('button', { name: 'Go to Trigger 2, page address', exact: true }).click();
    await expect(address).toBeFocused();
  });

  test('a range with a bad start and no end: "from" and "to" each have their button, to their own box', async () => {
    await ts.openNew();
    await ts.name.fill('Two problems, one range');
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
    const from = hours.getByLabel('Thursday from', { exact: true });
    const to = hours.getByLabel('Thursday to', { exact: true });
    await from.fill('25:61');
    await to.fill('');
    await ts.save.click();
    await expect(ts.notice).toContainText('Active hours, Thursday, from: Enter a time as HH:MM');
    await expect(ts.notice).toContainText('Active hours, Thursday, to: Enter a time.');
    expect(await goToNames()).toEqual(['Go to Active hours, Thursday, from', 'Go to Active hours, Thursday, to']);
    await ts.dialog.getByRole('button', { name: 'Go to Active hours, Thursday, to', exact: true }).click();
    await expect(to).toBeFocused();
    await ts.dialog.getByRole('button', { name: 'Go to Active hours, Thursday, from', exact: true }).click();
    await expect(from).toBeFocused();
  });

  test('a restored draft listing a stage the account does not have: that stage’s box is marked and takes the focus, not the first', async ({ app, page }) => {
    const form = {
      name: 'Qualified follow-up',
      enabled: true,
      triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-ghost'], delayMinutes: 10 }],
      conditions: [],
      activeHours: null,
      keepUnanswered: false,
    };
    await page.evaluate((text) => localStorage.setItem('salesbot-studio:draft:follow-up', text), JSON.stringify({ form, baseVersion: 1, savedAt: '2026-11-28T09:00:00Z' }));
    await app.reload();
    await ts.open('Qualified follow-up');
    const trigger = ts.trigger(1);
    const ghost = trigger.getByRole('checkbox', { name: 's-ghost (not in this account)' });
    const first = trigger.getByRole('checkbox', { name: 'Incoming leads' });
    await expect(ghost).toBeChecked();
    await expect(ghost).toHaveAttribute('aria-invalid', 'true');
    await expect(ghost).toHaveAccessibleDescription(/This stage does not exist in the account \(s-ghost\)\.$/);
    await expect(first).not.toHaveAttribute('aria-invalid', 'true');
    await expect(first).not.toHaveAccessibleDescription(/s-ghost/);
    await ts.save.click();
    await expect(ts.notice).toContainText('Trigger 1: This stage does not exist in the account (s-ghost).');
    await expect(ghost).toBeFocused();
    await first.focus();
    await ts.dialog.getByRole('button', { name: 'Go to Trigger 1', exact: true }).click();
    await expect(ghost).toBeFocused();
  });

  test('a date that does not exist: the notice says what the date box says', async ({ page }) => {
    await ts.openNew();
    await ts.name.fill('On 30 February');
    await ts.addTrigger('date', 'On a date at a time');
    const trigger = ts.trigger(2);
    const date = trigger.getByLabel('Date', { exact: true });
    await date.focus();
    await page.keyboard.type('02302027');
    await trigger.getByLabel('Time', { exact: true }).fill('9');
    await ts.save.click();
    const words = 'This date does not exist or is not complete (31 February?). Choose a date that exists.';
    await expect(ts.notice).toContainText(`Trigger 2: ${words}`);
    await expect(date).toHaveAccessibleDescription(new RegExp(words.replace(/[.?()]/g, '\\$&')));
    await expect(ts.dialog.locator('#ts-save-notice-problems')).toContainText(`Trigger 2: ${words}`);
    await expect(date).toBeFocused();
  });
});
