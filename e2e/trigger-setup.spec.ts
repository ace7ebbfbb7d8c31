// The Trigger setup dialog, driven by role and label: every trigger family and condition kind
// saved, the empty-tags notification, the 409 path, failed and pending saves, the draft across a
// reload, the close confirmation, keyboard-only use of the picker and axe with popovers open.
import type { Locator, Page } from '@playwright/test';
import type { Trigger } from '../src/domain';
import { expect, test } from './fixtures';
import { SimulatorPage } from './pages/simulator-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

/** Types the expected triggers, so a typo in the table fails the type check. */
const triggers = (list: Trigger[]) => list;

test.describe('Trigger setup', () => {
  let ts: TriggerSetupPage;
  test.beforeEach(({ page, app }) => {
    ts = new TriggerSetupPage(page, app);
  });

  test('the bot list summarises triggers in words and opens a bot in the dialog', async ({ app }) => {
    await expect(app.bot('Qualified follow-up')).toContainText('When a lead is moved to Qualified, after 10 min');
    await expect(app.bot('WhatsApp confirmation')).toContainText('On an incoming message in WhatsApp, at most once every 10 min');
    await expect(app.bot('Qualified follow-up')).toContainText('Enabled');
    await ts.open('Qualified follow-up');
    await expect(ts.summary(1)).toHaveText('When a lead is moved to Qualified, after 10 min');
    await expect(ts.trigger(1).getByLabel('Delay', { exact: true })).toHaveValue('10');
  });

  test('a new bot starts with the default trigger', async () => {
    await ts.openNew();
    await expect(ts.summary(1)).toHaveText('When a conversation is started by an incoming message in any channel');
    await expect(ts.dialog.getByRole('switch', { name: 'Keep bot replies marked unanswered' })).toHaveAttribute('aria-checked', 'false');
    // SPEC R19: it only marks runs of conversational triggers; the switch says so.
    await expect(ts.dialog.getByRole('switch', { name: 'Keep bot replies marked unanswered' })).toHaveAccessibleDescription(/applies when a conversational trigger/);
  });

  test('pipeline triggers: every kind with delays, stages, tag and field', async () => {
    await ts.openNew();
    await ts.name.fill('Pipeline family');
    await ts.removeTrigger(1);
    await expect(ts.whenThisHappens).toBeFocused(); // focus does not fall out of the dialog
    await expect(ts.dialog.getByText('No trigger yet: choose one with “When this happens”. A bot needs at least one.')).toBeVisible();

    await ts.addTrigger('created', /^When a lead is created in a pipeline stage/);
    await expect(ts.trigger(1).getByRole('checkbox', { name: 'Incoming leads' })).toBeChecked();

    await ts.addTrigger('moved to', /^When a lead is moved to a pipeline stage/);
    const moved = ts.trigger(2);
    // No stage is guessed for "moved to": the editor asks for one.
    await expect(moved.getByRole('group', { name: 'Stages' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(moved.getByText('Select at least one stage.')).toBeVisible();
    await moved.getByRole('checkbox', { name: 'Qualified' }).check();
    await expect(moved.getByText('Select at least one stage.')).toHaveCount(0);
    await moved.getByLabel('Delay', { exact: true }).selectOption({ label: 'Custom interval (HH:MM)' });
    await moved.getByLabel('Delay: custom interval (HH:MM)').fill('01:30');
    await moved.getByRole('checkbox', { name: 'Apply the trigger to all leads already in this stage' }).check();
    await expect(ts.summary(2)).toHaveText('When a lead is moved to Qualified, after 1 h 30 min (also for leads already there)');

    await ts.addTrigger('moved or created', /^When a lead is moved to or created in a pipeline stage/);
    await ts.trigger(3).getByLabel('Delay', { exact: true }).selectOption({ label: 'After one day' });

    await ts.addTrigger('responsible', /^When the responsible user is changed/);

    await ts.addTrigger('adds a tag', /^When a user adds a tag/);
    await ts.trigger(5).getByLabel('Tag').selectOption({ label: 'VIP' });

    await ts.addTrigger('removes a tag', /^When a user removes a tag/);
    await ts.trigger(6).getByLabel('Removed from').selectOption({ label: 'Contact' });
    await expect(ts.summary(6)).toHaveText('When a user removes the tag Partner from a contact');

    await ts.addTrigger('field', /^When an entity field is updated/);
    const field = ts.trigger(7).getByLabel('Field', { exact: true });
    // Name and Budget are never offered (the article: the field trigger does not work with them).
    await expect(field.getByRole('option')).toHaveText(['Location', 'Meeting Time', 'Renewal date']);
    await field.selectOption({ label: 'Location' });

    await ts.saveAndClose();
    const stored = await ts.storedByName('Pipeline family');
    expect(stored.triggers).toEqual(triggers([
      { type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 },
      { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 90, applyToExisting: true },
      { type: 'lead_moved_or_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 1440 },
      { type: 'responsible_user_changed' },
      { type: 'tag_added', entity: 'lead', tagId: 't-vip' },
      { type: 'tag_removed', entity: 'contact', tagId: 't-partner' },
      { type: 'field_updated', entity: 'lead', fieldId: 'f-location' },
    ]));
  });

  test('scheduled triggers: hours around a date field, a date, and each repetition with its next runs', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-05T12:00:00Z'));
    await ts.openNew();
    await ts.name.fill('Scheduled family');
    await ts.removeTrigger(1);

    await ts.addTrigger('date field', /^Hours before or after a date field/);
    await ts.trigger(1).getByLabel('Hours').fill('2');
    await ts.trigger(1).getByLabel('Date field').selectOption({ label: 'Meeting Time' });
    await expect(ts.summary(1)).toHaveText('2 hours before Meeting Time');

    await ts.addTrigger('on a date', /^On a date at a time/);
    await ts.trigger(2).getByLabel('Date', { exact: true }).fill('2026-12-31');
    await ts.trigger(2).getByLabel('Time').fill('');
    await ts.trigger(2).getByLabel('Time').pressSequentially('2130');
    await expect(ts.summary(2)).toHaveText('On 31 December 2026 at 21:30');
    await ts.trigger(2).getByLabel('Time').fill('09:00');
    await expect(ts.trigger(2).getByRole('region', { name: 'Next runs' }).getByRole('listitem')).toHaveText(['Thu 31 Dec 2026, 09:00 EST']);

    await ts.addTrigger('daily', /^Daily at a time/);
    await ts.trigger(3).getByLabel('Time').fill('09:00');
    // The preview crosses the spring DST change of America/New_York (8 March 2026): still 09:00 local.
    await expect(ts.trigger(3).getByRole('region', { name: 'Next runs' }).getByRole('listitem')).toHaveText([
      'Thu 5 Mar 2026, 09:00 EST',
      'Fri 6 Mar 2026, 09:00 EST',
      'Sat 7 Mar 2026, 09:00 EST',
      'Sun 8 Mar 2026, 09:00 EDT',
      'Mon 9 Mar 2026, 09:00 EDT',
    ]);

    await ts.addTrigger('week', /^Once a week at a time/);
    await ts.trigger(4).getByLabel('Weekday').selectOption({ label: 'Wednesday' });
    await ts.addTrigger('month', /^Once a month at a time/);
    await ts.trigger(5).getByLabel('Day of the month').selectOption('31');
    await ts.addTrigger('year', /^Once a year at a time/);
    await ts.trigger(6).getByLabel('Month', { exact: true }).selectOption({ label: 'February' });
    await ts.trigger(6).getByLabel('Day of the month').selectOption('29');
    await expect(ts.summary(6)).toHaveText('Yearly on 29 February at 10:00');

    await ts.saveAndClose();
    const stored = await ts.storedByName('Scheduled family');
    expect(stored.triggers).toEqual(triggers([
      { type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' },
      { type: 'on_date', at: '2026-12-31T09:00' },
      { type: 'recurring', every: 'day', time: '09:00' },
      { type: 'recurring', every: 'week', time: '10:00', weekday: 3 },
      { type: 'recurring', every: 'month', time: '10:00', dayOfMonth: 31 },
      { type: 'recurring', every: 'year', time: '10:00', dayOfMonth: 29, month: 2 },
    ]));
  });

  test('behaviour triggers: form, email, call and website visit', async () => {
    await ts.openNew();
    await ts.name.fill('Behaviour family');
    await ts.removeTrigger(1);
    await ts.addTrigger('form', /^When a form is submitted/);
    await ts.trigger(1).getByRole('checkbox', { name: 'Contact us' }).check();
    await ts.addTrigger('email', /^When an email is received/);
    await expect(ts.trigger(2)).toContainText('a mailbox (an email address) must be connected');
    await ts.trigger(2).getByRole('checkbox', { name: 'sales@example.com' }).check();
    await ts.addTrigger('call', /^When a call is received/);
    await ts.addTrigger('website', /^When a website page is visited/);
    await ts.trigger(4).getByLabel('Page address').fill('http://example');
    await expect(ts.trigger(4).getByLabel('Page address')).toHaveAttribute('aria-invalid', 'false');
    await ts.trigger(4).getByLabel('Page address').fill('ftp://example.com');
    await expect(ts.trigger(4).getByLabel('Page address')).toHaveAttribute('aria-invalid', 'true');
    await expect(ts.trigger(4)).toContainText('Enter a web address that starts with http:// or https://.');
    await ts.trigger(4).getByLabel('Page address').fill('https://example.com/pricing');
    await ts.trigger(4).getByLabel('Delay', { exact: true }).selectOption({ label: 'After 5 min' });

    await ts.saveAndClose();
    const stored = await ts.storedByName('Behaviour family');
    expect(stored.triggers).toEqual(triggers([
      { type: 'form_submitted', formIds: ['form-contact'] },
      { type: 'email_received', inboxIds: ['in-sales'] },
      { type: 'call_received' },
      { type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 5 },
    ]));
  });

  test('conversational triggers, channels, cooldowns and the message status switch', async () => {
    await ts.openNew();
    await ts.name.fill('Conversational family');
    await ts.trigger(1).getByRole('checkbox', { name: 'WhatsApp' }).check();
    await expect(ts.summary(1)).toHaveText('When a conversation is started by an incoming message in WhatsApp');
    await ts.addTrigger('outgoing', /^When a conversation is started by an outgoing message/);
    await ts.addTrigger('any message', /^When a conversation is started by any message/);
    await ts.addTrigger('incoming cooldown', /^On an incoming message/);
    await ts.trigger(4).getByLabel('Launch cooldown', { exact: true }).selectOption({ label: 'One day' });
    await ts.addTrigger('outgoing cooldown', /^On an outgoing message/);
    await ts.trigger(5).getByLabel('Launch cooldown', { exact: true }).selectOption({ label: 'Custom interval (HH:MM)' });
    await ts.trigger(5).getByLabel('Launch cooldown: custom interval (HH:MM)').fill('00:00');
    await expect(ts.trigger(5)).toContainText('The cooldown must be at least 1 minute.');
    await ts.trigger(5).getByLabel('Launch cooldown: custom interval (HH:MM)').fill('00:15');
    await ts.addTrigger('story', /^When mentioned in an Instagram story/);
    await ts.trigger(6).getByRole('checkbox', { name: 'Instagram' }).check();
    await ts.addTrigger('seen', /^When an outgoing message is seen/);
    await ts.trigger(7).getByLabel('Delay', { exact: true }).selectOption({ label: 'After 10 min' });
    await ts.addTrigger('closed', /^After a conversation is closed/);
    await ts.addTrigger('first time that day', /^When a lead starts chatting for the first time that day/);
    const keep = ts.dialog.getByRole('switch', { name: 'Keep bot replies marked unanswered' });
    await keep.click();
    await expect(keep).toHaveAttribute('aria-checked', 'true');

    await ts.saveAndClose();
    const stored = await ts.storedByName('Conversational family');
    expect(stored.keepUnanswered).toBe(true);
    expect(stored.triggers).toEqual(triggers([
      { type: 'conversation_started', direction: 'incoming', channelIds: ['ch-wa'] },
      { type: 'conversation_started', direction: 'outgoing', channelIds: [] },
      { type: 'conversation_started', direction: 'any', channelIds: [] },
      { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1440 },
      { type: 'message', direction: 'outgoing', channelIds: [], cooldownMinutes: 15 },
      { type: 'story_mention', channelIds: ['ch-ig'] },
      { type: 'outgoing_message_seen', channelIds: [], delayMinutes: 10 },
      { type: 'conversation_closed', channelIds: [], delayMinutes: 0 },
      { type: 'first_message_of_day', channelIds: [] },
    ]));
  });

  test('every condition kind is saved with the bot', async () => {
    await ts.open('Welcome on creation');
    let editor = await ts.addCondition('Tags');
    await editor.getByRole('checkbox', { name: 'VIP' }).check();
    await ts.closePopover();
    editor = await ts.addCondition('Lead stage');
    await editor.getByRole('checkbox', { name: 'Incoming leads' }).check();
    await ts.closePopover();
    editor = await ts.addCondition('Responsible user');
    await editor.getByRole('checkbox', { name: 'Ana' }).check();
    await ts.closePopover();
    editor = await ts.addCondition('Sale');
    await editor.getByLabel('Minimum amount ($)').fill('10000');
    await ts.closePopover();
    editor = await ts.addCondition('Source');
    await editor.getByRole('checkbox', { name: 'Instagram' }).check();
    await ts.closePopover();
    editor = await ts.addCondition('Does not have tags');
    await editor.getByRole('checkbox', { name: 'Spam' }).check();
    await ts.closePopover();
    editor = await ts.addCondition('utm_campaign');
    await editor.getByLabel('Comparison').selectOption({ label: 'contains' });
    await editor.getByLabel('Value').fill('summer');
    await ts.closePopover();

    await ts.saveAndClose();
    const stored = await ts.stored('welcome');
    expect(stored.version).toBe(2);
    expect(stored.conditions).toEqual([
      { type: 'tags', mode: expect.any(String), tagIds: ['t-vip'] },
      { type: 'stages', stageIds: ['s-incoming'] },
      { type: 'responsible', userIds: ['u-ana'] },
      { type: 'sale', min: 10000, max: null },
      { type: 'source', sourceIds: ['src-instagram'] },
      { type: 'not_tags', mode: expect.any(String), tagIds: ['t-spam'] },
      { type: 'utm', param: 'utm_campaign', op: 'contains', value: 'summer' },
    ]);
  });

  test('a tag condition without tags: Save shows a notification and nothing is saved', async () => {
    await ts.open('Welcome on creation');
    await ts.addCondition('Tags');
    await ts.closePopover();
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    await expect(ts.notice).toContainText('Condition 1 (Tags): Select at least one tag.');
    await expect(ts.dialog).toBeVisible();
    const stored = await ts.stored('welcome');
    expect(stored.version).toBe(1);
    expect(stored.conditions).toEqual([]);
  });

  test('a refused Save takes the focus to the first problem, scrolled into view, and each listed problem to its own', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await ts.open('Business hours notice');
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    // Two days with a problem: each entry goes to its own day.
    await hours.getByLabel('Tuesday from', { exact: true }).fill('');
    await hours.getByLabel('Friday from', { exact: true }).fill('');
    await ts.addCondition('Tags');
    await ts.closePopover();
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    // The condition comes first in the form: its chip has the focus, in view, and says what is wrong.
    const chip = ts.dialog.getByRole('button', { name: /^Tags: / });
    await expect(chip).toBeFocused();
    await expect(chip).toBeInViewport();
    await expect(chip).toHaveAccessibleDescription(/Select at least one tag\./);
    // Its sentence under the chip too, not left below the edge of the scroll box.
    await expect(ts.dialog.locator('.condition-chip__problem').filter({ hasText: 'Select at least one tag.' })).toBeInViewport();
    // The notice names the range by its day, and takes the focus there.
    await expect(ts.notice).toContainText('Active hours, Friday: Enter a time');
    // Its buttons are in the notice, not in the alert's words (read once, at the Save press).
    await expect(ts.notice.getByRole('button')).toHaveCount(0);
    await ts.dialog.getByRole('button', { name: 'Go to Active hours, Friday' }).click();
    const friday = hours.getByLabel('Friday from', { exact: true });
    await expect(friday).toBeFocused();
    await expect(friday).toBeInViewport();
  });

  test('the names SPEC §10 keeps stay unique, also with the not-saved notice and the skip button in the page', async () => {
    // Playwright finds a button by part of its name: "Save" must not also match another button.
    await ts.openNew();
    await ts.dialog.getByRole('button', { name: /^Remove trigger 1/ }).click();
    await ts.save.click();
    await expect(ts.notice).toContainText('Add at least one trigger ("When this happens").');
    await expect(ts.dialog.getByRole('button', { name: 'Save' })).toHaveCount(1);
    await expect(ts.dialog.getByRole('button', { name: 'When this happens' })).toHaveCount(1);
    await expect(ts.dialog.getByRole('button', { name: 'Add condition' })).toHaveCount(1);
    await expect(ts.dialog.getByRole('button', { name: 'Run simulation' })).toHaveCount(1);
  });

  /** One Tab from `from` reaches the skip button `name`, shown (not a 1 px box) and in view; Enter presses it. */
  async function tabToSkip(page: Page, from: Locator, name: string): Promise<void> {
    await from.focus();
    await page.keyboard.press('Tab');
    const skip = ts.dialog.getByRole('button', { name });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect((await skip.boundingBox())!.width).toBeGreaterThan(100);
    await page.keyboard.press('Enter');
  }

  test('from the form, one Tab shows "Skip to the end of the dialog", and Enter goes to Save', async ({ page }) => {
    await ts.open('Qualified follow-up');
    await tabToSkip(page, ts.dialog.getByRole('switch', { name: 'Keep bot replies marked unanswered' }), 'Skip to the end of the dialog');
    await expect(ts.save).toBeFocused();
  });

  test('from Close, one Tab shows "Skip to the simulator", and Enter goes to its first control', async ({ page }) => {
    await ts.open('Qualified follow-up');
    await expect(ts.dialog.getByRole('button', { name: 'Run simulation' })).toBeVisible(); // the simulator's code has come
    await tabToSkip(page, ts.dialog.getByRole('button', { name: 'Close' }), 'Skip to the simulator');
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
    expect(await focused.evaluate((el) => el.closest('.ts-aside') !== null && !el.classList.contains('ts-skip'))).toBe(true);
  });

  test('errors show beside the field as you type, linked to it', async () => {
    await ts.open('Qualified follow-up');
    await ts.trigger(1).getByRole('checkbox', { name: 'Qualified' }).uncheck();
    const stages = ts.trigger(1).getByRole('group', { name: 'Stages' });
    await expect(stages).toHaveAttribute('aria-invalid', 'true');
    await expect(stages).toHaveAccessibleDescription(/Select at least one stage\./);
    // And with the first box, where a refused Save puts the focus.
    const first = stages.getByRole('checkbox').first();
    await expect(first).toHaveAccessibleDescription(/Select at least one stage\./);
    await expect(first).toHaveAttribute('aria-invalid', 'true');
    await expect(ts.summary(1)).toHaveText('When a lead is moved to a stage (none chosen yet), after 10 min');
    await ts.trigger(1).getByRole('checkbox', { name: 'Won' }).check();
    await expect(stages).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('plan gating: tag and field triggers are disabled off Enterprise, with the reason', async ({ app }) => {
    await app.setDemoSwitches({ plan: 'base' });
    await app.reload();
    await ts.open('VIP welcome');
    await expect(ts.trigger(1).locator('..')).toContainText('Tag triggers are only available on the Enterprise plan.');
    await ts.whenThisHappens.click();
    await ts.search.fill('tag');
    const option = ts.picker.getByRole('option', { name: /^When a user adds a tag/ });
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await expect(option).toContainText('Tag triggers are available on the Enterprise plan only.');
    await option.click({ force: true }); // Playwright would wait for an enabled option; a person can still click it
    await expect(ts.picker).toBeVisible(); // a disabled option picks nothing
    await expect(ts.summary(2)).toHaveCount(0);
    await expect(ts.picker.getByRole('option', { name: /^When an entity field is updated/ })).toHaveCount(0);
    await ts.search.fill('field');
    await expect(ts.picker.getByRole('option', { name: /^When an entity field is updated/ })).toHaveAttribute('aria-disabled', 'true');
  });

  test('the picker works with the keyboard alone', async ({ page }) => {
    await ts.open('Welcome on creation');
    await ts.whenThisHappens.focus();
    await page.keyboard.press('Enter');
    await expect(ts.search).toBeFocused();
    await page.keyboard.type('conversation started');
    await expect(ts.picker.getByRole('option')).toHaveCount(3);
    await page.keyboard.press('ArrowDown');
    await expect(ts.search).toHaveAttribute('aria-activedescendant', (await ts.picker.getByRole('option', { name: /outgoing/ }).getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(ts.picker).toBeHidden();
    await expect(ts.summary(2)).toHaveText('When a conversation is started by an outgoing message in any channel');
    // The focus goes into the new trigger's settings, not back to the button below them.
    await expect(ts.dialog.locator('.ts-trigger').nth(1).locator('.ts-trigger-body :focus')).toHaveCount(1);

    // Escape closes the picker, not the dialog, and focus returns to the button.
    await ts.whenThisHappens.focus();
    await page.keyboard.press('Enter');
    await expect(ts.search).toBeFocused();
    await page.keyboard.press('End');
    await expect(ts.search).toHaveAttribute('aria-activedescendant', /first-of-day$/);
    await page.keyboard.press('Escape');
    await expect(ts.picker).toBeHidden();
    await expect(ts.dialog).toBeVisible();
    await expect(ts.whenThisHappens).toBeFocused();
    // The Escape went to the picker: the dialog does not ask about closing.
    await expect(ts.dialog.getByRole('group', { name: /unsaved changes/ })).toHaveCount(0);
  });

  test('a bot that can never run gets a warning, not an error', async () => {
    await ts.open('Won discount 10%');
    const editor = await ts.addCondition('Lead stage');
    await editor.getByRole('checkbox', { name: 'Lost' }).check();
    await ts.closePopover();
    const warnings = ts.dialog.getByRole('region', { name: 'Warnings' });
    await expect(warnings).toContainText('This bot can never run: its triggers fire in Won, but the lead stage condition only allows Lost.');
    await ts.trigger(1).getByRole('checkbox', { name: 'Lost' }).check();
    await expect(warnings).toHaveCount(0);
    await ts.saveAndClose(); // a warning does not block the save
  });

  test('Escape in a search box with text empties it and leaves the dialog open', async ({ page }) => {
    await ts.openNew();
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
    const find = hours.getByRole('searchbox', { name: 'Find a time zone' });
    await find.fill('Berl');
    await page.keyboard.press('Escape');
    await expect(find).toHaveValue('');
    await expect(find).toBeFocused();
    await expect(ts.dialog).toBeVisible();
    await expect(page.getByText(/^You have unsaved changes\. Keep editing/)).toBeHidden();
  });

  test('a European admin finds their zone by "CET", which the browser’s American English does not name', async () => {
    await ts.openNew();
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
    await hours.getByRole('searchbox', { name: 'Find a time zone' }).fill('CET');
    const zone = hours.getByRole('combobox', { name: 'Time zone' });
    await expect(zone.getByRole('option', { name: 'Europe/Berlin', exact: true })).toHaveCount(1);
    await expect(zone.getByRole('option', { name: 'America/New_York', exact: true })).toHaveCount(0);
    await zone.selectOption('Europe/Berlin');
    await expect(hours).toContainText('Times are read in Europe/Berlin');
  });

  test('a stage trigger switches to "moved to or created in" in place, its choices whole at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await ts.openNew();
    await ts.addTrigger('created', /^When a lead is created in a pipeline stage/);
    const arrival = ts.trigger(2).getByRole('group', { name: 'Starts when a lead is' });
    const both = arrival.getByRole('radio', { name: 'moved to or created in a ticked stage' });
    await both.check();
    await expect(ts.dialog.getByRole('heading', { level: 4, name: /^When a lead is moved to or created in Incoming leads/ })).toBeVisible();
    await expect(ts.trigger(2).getByRole('checkbox', { name: 'Incoming leads' })).toBeChecked();
    // Each choice's words inside the page: nothing cut or scrolled sideways.
    for (const radio of await arrival.getByRole('radio').all()) {
      const label = (await radio.evaluate((el) => el.closest('label')!.getBoundingClientRect().right))!;
      expect(label).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the trigger picker stays on its side while the search narrows the list', async ({ page }) => {
    for (const size of [{ width: 1280, height: 800 }, { width: 1280, height: 400 }]) {
      await page.setViewportSize(size);
      await ts.openNew();
      await ts.whenThisHappens.click();
      await expect(ts.search).toBeFocused();
      const before = (await ts.search.boundingBox())!;
      for (const text of ['t', 'ta', 'tag', 'no such trigger']) {
        await ts.search.fill(text);
        const now = (await ts.search.boundingBox())!;
        expect(Math.abs(now.y - before.y), `the search box at "${text}" (${size.height} px high)`).toBeLessThan(2);
      }
      await ts.closePopover();
      await ts.close();
    }
  });

  test("a popover opened near the foot of the form does not cover the dialog's footer", async ({ page, axe }) => {
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      await ts.openNew();
      const add = ts.dialog.getByRole('button', { name: 'Add condition' });
      // 150 px above the foot of the form's visible area: the menu has room below the button only
      // over the footer.
      await add.evaluate((el) => {
        el.scrollIntoView({ block: 'end' });
        let box = el.parentElement;
        while (box && !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY === 'auto')) box = box.parentElement;
        if (box) box.scrollTop -= 150;
      });
      await add.click();
      const menu = page.getByRole('dialog', { name: 'Choose a condition' });
      await expect(menu).toBeVisible();
      const footer = (await ts.dialog.locator('.ts-footer').boundingBox())!;
      const box = (await menu.boundingBox())!;
      expect(box.y + box.height, `the menu's foot at ${size.width} px`).toBeLessThanOrEqual(footer.y + 1);
      const results = await axe().analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await ts.closePopover();
      await ts.close();
    }
  });

  test('a warning that appears above the focused control does not push it out of view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await ts.openNew();
    const hours = ts.dialog.getByRole('group', { name: 'Active hours' });
    await hours.getByRole('radio', { name: 'Only at chosen times' }).check();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) await hours.getByRole('checkbox', { name: day, exact: true }).uncheck();
    const friday = hours.getByRole('checkbox', { name: 'Friday', exact: true });
    const main = ts.dialog.locator('.ts-main');
    // Friday at the foot of the form's visible area, as a keyboard user moving down the days finds it.
    await friday.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await friday.focus();
    await page.keyboard.press('Space'); // no day left: "This bot can never run" appears above
    await expect(ts.dialog.getByRole('region', { name: 'Warnings' })).toBeVisible();
    await expect(friday).toBeFocused();
    const inView = async () => {
      const box = (await main.boundingBox())!;
      const own = (await friday.boundingBox())!;
      return own.y >= box.y - 1 && own.y + own.height <= box.y + box.height + 1;
    };
    await expect.poll(inView).toBe(true);
  });

  test('a 409 offers "Reload theirs" and "Overwrite"', async ({ app }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('Mine');
    await app.setDemoSwitches({ failNextSave: '409' });
    await ts.save.click();
    await expect(ts.notice).toContainText('Someone else saved this bot while you were editing');
    await ts.dialog.getByRole('button', { name: 'Reload theirs', exact: true }).click();
    await expect(ts.name).toHaveValue('Qualified follow-up');
    await expect(ts.notice).toHaveText(/^Their version is loaded \(version \d+\); your changes were discarded\.$/);

    await ts.name.fill('Mine again');
    await app.setDemoSwitches({ failNextSave: '409' });
    await ts.save.click();
    await ts.dialog.getByRole('button', { name: 'Overwrite', exact: true }).click();
    await expect(ts.dialog).toBeHidden();
    const stored = await ts.stored('follow-up');
    expect(stored.name).toBe('Mine again');
    expect(stored.version).toBe(4); // each simulated 409 saved a version (2, 3), then our overwrite (4)
  });

  test('a failed save keeps the draft, says what happened and retries', async ({ app }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('After the outage');
    await app.setDemoSwitches({ failNextSave: 'network' });
    await ts.save.click();
    await expect(ts.notice).toContainText('The bot was not saved.');
    await expect(ts.notice).toContainText('Your changes are still here');
    await expect(ts.name).toHaveValue('After the outage');
    expect((await ts.stored('follow-up')).version).toBe(1);
    await ts.dialog.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(ts.dialog).toBeHidden();
    expect(await ts.stored('follow-up')).toMatchObject({ name: 'After the outage', version: 2 });
  });

  test('saving shows a pending state and a double click saves once', async ({ app }) => {
    await app.setDemoSwitches({ latency: 'slow' });
    await ts.open('Qualified follow-up');
    await ts.name.fill('Saved once');
    await ts.save.dblclick();
    await expect(ts.saving).toBeVisible();
    await expect(ts.save).toHaveAttribute('aria-disabled', 'true');
    await expect(ts.dialog).toBeHidden({ timeout: 15_000 });
    await app.setDemoSwitches({ latency: 'none' });
    expect(await ts.stored('follow-up')).toMatchObject({ name: 'Saved once', version: 2 });
  });

  test('an unsaved draft survives a reload, with a notice and "Discard draft"', async ({ app, page }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('Half done');
    await ts.addTrigger('call', /^When a call is received/);
    await app.reload();
    // The list says which bot has unsaved changes, also to screen readers.
    const open = ts.app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true });
    await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toBeVisible();
    await expect(open).toHaveAccessibleDescription(/^Unsaved changes/);
    await expect(app.bot('Welcome on creation').getByText('Unsaved changes')).toHaveCount(0);
    await open.click();
    await expect(ts.name).toHaveValue('Half done');
    await expect(ts.summary(2)).toHaveText('When a call is received');
    // Said in the dialog's status line, words only; the notice shows it with its buttons.
    await expect(ts.dialog.getByRole('status').filter({ hasText: 'unsaved changes to this bot were restored' })).toHaveCount(1);
    await expect(ts.dialog.getByRole('status').filter({ has: ts.page.getByRole('button') })).toHaveCount(0);
    await ts.dialog.getByRole('button', { name: 'Discard draft' }).click();
    await expect(ts.name).toHaveValue('Qualified follow-up');
    await expect(ts.summary(2)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('salesbot-studio:draft:follow-up'))).toBeNull();
    await ts.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(ts.dialog).toBeHidden();
    await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toHaveCount(0);
  });

  test('an unsaved new bot is offered again in the list after a reload', async ({ app }) => {
    await ts.openNew();
    await ts.name.fill('Spring promo');
    await app.reload();
    const note = app.bots.getByRole('group', { name: 'You have an unsaved new bot “Spring promo”.' });
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Continue editing' }).click();
    await expect(ts.dialog).toBeVisible();
    await expect(ts.name).toHaveValue('Spring promo');
    await ts.dialog.getByRole('button', { name: 'Cancel' }).click();
    await ts.dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(ts.dialog).toBeHidden();
    await expect(note).toHaveCount(0);
    // The note that opened the dialog is gone: the focus goes to "New bot", not to the page body.
    await expect(app.bots.getByRole('button', { name: 'New bot' })).toBeFocused();
  });

  test('a new bot opens with the focus on Bot name: typing straight away names it', async ({ page }) => {
    await ts.openNew();
    await expect(ts.name).toBeFocused();
    await page.keyboard.type('Night owl');
    await expect(ts.name).toHaveValue('Night owl');
  });

  test('opening a bot puts the focus on Close once, and it stays there while the bot loads and its editors come', async ({ page }) => {
    // Every focus change inside the dialog, in order (a screen reader announces each).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { focusSeen: string[] }).focusSeen = seen;
      document.addEventListener('focusin', (e) => {
        const el = e.target as HTMLElement;
        if (el.closest('dialog')) seen.push(el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
      });
    });
    const focusSeen = () => page.evaluate(() => (window as unknown as { focusSeen: string[] }).focusSeen.splice(0));
    await ts.open('Qualified follow-up'); // the first time: "Loading the bot…", then the form
    await expect(ts.dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await focusSeen()).toEqual(['Close']);
    await ts.close();
    await ts.open('Qualified follow-up'); // cached: the editors mount right after the dialog paints
    await expect(ts.dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await focusSeen()).toEqual(['Close']);
  });

  test('opening a bot, live regions say nothing the first time or again; a restored draft is said once, in words only', async ({ page, app }) => {
    // Every text a live region takes (a screen reader reads a status or an alert whole, buttons' names
    // included), and the words of one that comes with them; "Loading the bot…" only when it lasts.
    const listen = () =>
      page.evaluate(() => {
        const LIVE = '[role="status"], [role="alert"], output, [aria-live]:not([aria-live="off"])';
        const said: string[] = [];
        (window as unknown as { liveSaid: string[] }).liveSaid = said;
        const last = new Map<Element, string>();
        new MutationObserver((records) => {
          const changed = new Set<Element>();
          for (const r of records) {
            const at = r.target instanceof Element ? r.target : r.target.parentElement;
            const region = at?.closest(LIVE);
            if (region) changed.add(region);
            for (const n of r.addedNodes) if (n instanceof Element) [n, ...n.querySelectorAll(LIVE)].filter((e) => e.matches(LIVE)).forEach((e) => changed.add(e));
          }
          for (const region of changed) {
            const words = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
            if (words === (last.get(region) ?? '')) continue;
            last.set(region, words);
            if (words) said.push(region.querySelector('button') ? `${words} [with a button]` : words);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const said = () => page.evaluate(() => (window as unknown as { liveSaid: string[] }).liveSaid.splice(0));
    const simulated = new SimulatorPage(page, ts.dialog).status;
    // What opening could still say comes after the simulator's first run (its results) or after a
    // timer: the restored draft after SETTLE_MS, "Loading the bot…" after SLOW_WAIT_MS (both under
    // 1.5 s). The run is waited for; the page's clock is moved past the timers (then one frame, for
    // React to show what they set), so a slow machine cannot make "nothing said" pass unchecked.
    await page.clock.install();
    const afterOpeningSettles = async () => {
      await expect(simulated).toHaveText(/^Replayed in /);
      await page.clock.runFor(1500);
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    };
    await listen();
    await ts.open('Qualified follow-up');
    await afterOpeningSettles();
    expect(await said()).toEqual([]);
    await ts.close();
    await ts.open('Qualified follow-up');
    await afterOpeningSettles();
    expect(await said()).toEqual([]);
    await ts.name.fill('Half done');
    await app.reload();
    await listen();
    await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
    await expect(ts.name).toHaveValue('Half done');
    await afterOpeningSettles();
    expect(await said()).toEqual([expect.stringMatching(/^Your unsaved changes to this bot were restored \(from .+\)\.$/)]);
    await afterOpeningSettles();
    expect(await said()).toEqual([]);
  });

  test('closing with unsaved changes asks first, inside the dialog', async ({ page, app }) => {
    await ts.open('Qualified follow-up');
    await ts.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(ts.dialog).toBeHidden(); // nothing changed: closes at once

    await ts.open('Qualified follow-up');
    await ts.name.fill('Changed');
    await page.keyboard.press('Escape');
    const confirm = ts.dialog.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ts.name).toHaveValue('Changed');
    await ts.dialog.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await expect(ts.dialog).toBeHidden();
    await ts.open('Qualified follow-up');
    await expect(ts.dialog.getByRole('button', { name: 'Discard draft' })).toHaveCount(0);

    // Or it closes and keeps them as the draft: the list says so, and the bot opens with them.
    await ts.name.fill('Changed again');
    await ts.dialog.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Close, keep the draft' }).click();
    await expect(ts.dialog).toBeHidden();
    await expect(app.bot('Qualified follow-up')).toContainText('Unsaved changes');
    await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
    await expect(ts.name).toHaveValue('Changed again');
  });

  test('Escape on the close question keeps editing, again and again: the dialog never closes and the focus goes back', async ({ page }) => {
    await ts.open('Qualified follow-up');
    await ts.name.fill('Changed');
    const confirm = ts.dialog.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?' });
    for (let round = 0; round < 3; round++) {
      await page.keyboard.press('Escape');
      await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
      // Escape on the question answers "Keep editing": back where the focus was.
      await page.keyboard.press('Escape');
      await expect(confirm).toBeHidden();
      await expect(ts.name).toBeFocused();
      await expect(ts.dialog).toBeVisible();
    }
    await expect(ts.name).toHaveValue('Changed');
    // Escape elsewhere while the question is up goes to the question, which says what is asked.
    await page.keyboard.press('Escape');
    await ts.name.focus();
    await page.keyboard.press('Escape');
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  });

  test('triggers and conditions move up and down from the keyboard, the focus staying with the moved one; axe-clean, and no overflow at 320 px', async ({ app, axe, page }) => {
    test.slow(); // an axe scan of the whole dialog and a save
    const created = await app.api('POST', '/api/bots', {
      name: 'Order matters',
      enabled: true,
      triggers: triggers([{ type: 'call_received' }, { type: 'form_submitted', formIds: [] }, { type: 'website_visited', url: 'https://example.com/a', delayMinutes: 0 }]),
      conditions: [
        { type: 'sale', min: 1, max: null },
        { type: 'stages', stageIds: [] },
        { type: 'tags', mode: 'or', tagIds: ['t-vip'] },
      ],
      activeHours: null,
      keepUnanswered: false,
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    await app.reload();
    await ts.open('Order matters');
    const said = ts.dialog.getByRole('status').filter({ hasText: /moved to/ });
    const button = (name: string) => ts.dialog.getByRole('button', { name, exact: true });

    await button('Move trigger 3 up').focus();
    await page.keyboard.press('Enter');
    await expect(ts.summary(2)).toHaveText('When https://example.com/a is visited, immediately');
    await expect(button('Move trigger 2 up')).toBeFocused();
    await expect(said).toHaveText('Trigger 3 moved to 2.');
    await page.keyboard.press('Enter');
    await expect(ts.summary(1)).toHaveText('When https://example.com/a is visited, immediately');
    // At the top its "up" is disabled: the focus is on its "down".
    await expect(button('Move trigger 1 up')).toBeDisabled();
    await expect(button('Move trigger 1 down')).toBeFocused();
    await expect(button('Move trigger 1 down')).toHaveAccessibleDescription('When https://example.com/a is visited, immediately');
    await expect(said).toHaveText('Trigger 2 moved to 1.');

    await button('Move condition 1 down').focus();
    await page.keyboard.press('Enter');
    await expect(button('Move condition 2 down')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button('Move condition 3 up')).toBeFocused();
    await expect(button('Move condition 3 up')).toHaveAccessibleDescription('Sale: at least $1');
    await expect(said).toHaveText('Condition 2 moved to 3.');
    const chips = ts.dialog.getByRole('list', { name: 'Conditions' }).getByRole('button', { name: /^(Sale|Lead stage|Tags):/ });
    await expect(chips).toHaveText(['Lead stage: any', 'Tags: VIP', 'Sale: at least $1']);

    const results = await axe().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

    // A phone-sized window: the buttons stay inside the dialog, which does not scroll sideways.
    await page.setViewportSize({ width: 320, height: 568 });
    for (const name of ['Move trigger 2 down', 'Remove trigger 2', 'Move condition 2 up', 'Move condition 2 down']) {
      const box = (await button(name).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(320);
    }
    const sideways = await ts.dialog.evaluate((d) => [...d.querySelectorAll<HTMLElement>('.ts-body, .ts-trigger-list, .conditions-editor')].some((el) => el.scrollWidth > el.clientWidth + 1));
    expect(sideways, 'nothing in the form scrolls sideways').toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await ts.save.click();
    await expect(ts.dialog).toBeHidden();
    const stored = (await app.api('GET', `/api/bots/${id}`)).body as { triggers: { type: string }[]; conditions: { type: string }[] };
    expect(stored.triggers.map((t) => t.type)).toEqual(['website_visited', 'call_received', 'form_submitted']);
    expect(stored.conditions.map((c) => c.type)).toEqual(['stages', 'tags', 'sale']);
  });

  test('axe finds no WCAG 2.2 AA problem with the dialog and the picker open', async ({ axe, page }) => {
    test.slow(); // two full scans of a large page (the simulator aside included)
    await ts.open('Business hours notice');
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
    await ts.addTrigger('week', /^Once a week at a time/);
    await expect(ts.trigger(2).getByRole('region', { name: 'Next runs' })).toBeVisible();
    let results = await axe().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await ts.whenThisHappens.click();
    await expect(ts.picker).toBeVisible();
    results = await axe().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});
