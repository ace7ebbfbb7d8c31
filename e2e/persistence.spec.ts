import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

const newBot = {
  name: 'Survives a reload',
  enabled: true,
  triggers: [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
};

test('a saved bot is still in the Salesbots list after a reload', async ({ app }) => {
  const created = await app.api('POST', '/api/bots', newBot);
  expect(created.status).toBe(201);
  const id = (created.body as { id: string }).id;

  await app.reload();
  await expect(app.bot('Survives a reload')).toBeVisible();

  // An update survives too, with its new version.
  const updated = await app.api('PUT', `/api/bots/${id}`, { ...(created.body as object), name: 'Renamed and reloaded' });
  expect(updated).toMatchObject({ status: 200, body: { version: 2 } });
  await app.reload();
  await expect(app.bot('Renamed and reloaded')).toBeVisible();
  expect(await app.api('GET', `/api/bots/${id}`)).toMatchObject({ status: 200, body: { name: 'Renamed and reloaded', version: 2 } });
});

test('deleting a bot from the list asks first, says it is done, moves the focus on and lasts after a reload', async ({ app, page }) => {
  await app.bots.getByRole('button', { name: 'Delete Won discount 10%' }).click();
  const confirm = app.bots.getByRole('group', { name: 'Delete Won discount 10%?' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  // With the server slow, the focus stays on the pending button (a disabled one would drop it).
  await app.setDemoSwitches({ latency: 'realistic' });
  await confirm.getByRole('button', { name: 'Delete bot' }).focus();
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Deleting…' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Won discount 10%”.' })).toBeVisible();
  await expect(app.bot('Won discount 10%')).toHaveCount(0);
  // The next bot in the list takes the focus.
  await expect(app.bots.getByRole('button', { name: 'Meeting reminder', exact: true })).toBeFocused();
  await app.reload();
  await expect(app.bot('Meeting reminder')).toBeVisible();
  await expect(app.bot('Won discount 10%')).toHaveCount(0);
});

test('deleting a bot here with unsaved changes deletes its draft too: nothing is offered back', async ({ app, page }) => {
  await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
  await dialog.getByLabel('Bot name').fill('Half done');
  await app.reload(); // the draft is kept; the list marks the bot
  await expect.poll(() => page.evaluate(() => localStorage.getItem('salesbot-studio:draft:follow-up'))).not.toBeNull();
  await app.bots.getByRole('button', { name: 'Delete Qualified follow-up' }).click();
  await app.bots.getByRole('group', { name: 'Delete Qualified follow-up?' }).getByRole('button', { name: 'Delete bot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Qualified follow-up”.' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('salesbot-studio:draft:follow-up'))).toBeNull();
  await app.reload();
  await expect(app.bot('Meeting reminder')).toBeVisible();
  await expect(app.bots.getByText(/Unsaved changes to a bot that has been deleted/)).toHaveCount(0);
});

test('the draft of a bot deleted elsewhere is offered back as a new bot, and saves as one', async ({ app, page }) => {
  await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
  await dialog.getByLabel('Bot name').fill('Half done');
  await app.reload();
  expect((await app.api('DELETE', '/api/bots/follow-up')).status).toBe(204); // another admin
  await app.reload();
  const note = app.bots.getByRole('group', { name: 'Unsaved changes to a bot that has been deleted, “Half done”: keep them as a new bot, or discard them.' });
  await note.getByRole('button', { name: 'Keep as a new bot' }).click();
  await expect(dialog.getByLabel('Bot name')).toHaveValue('Half done');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.bot('Half done')).toBeVisible();
  await expect(note).toHaveCount(0);
  await expect(app.bots.getByRole('group', { name: /unsaved new bot/ })).toHaveCount(0);
});

test('"Reset demo data" in the Demo settings popover brings the seed back, also after a reload', async ({ app, page }) => {
  // An unsaved draft of a demo bot goes with the reset: no stale "Unsaved changes" afterwards.
  await app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  await page.getByRole('dialog', { name: 'Trigger setup' }).getByLabel('Bot name').fill('Half done');
  await app.reload();
  await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toBeVisible();
  await app.api('POST', '/api/bots', newBot);
  expect((await app.api('DELETE', '/api/bots/welcome')).status).toBe(204);
  await app.reload();
  await expect(app.bot('Survives a reload')).toBeVisible();
  await expect(app.bot('Welcome on creation')).toHaveCount(0);

  await app.resetDemoDataFromPopover();
  await expect(app.bot('Welcome on creation')).toBeVisible();
  await expect(app.bot('Survives a reload')).toHaveCount(0);
  await expect(app.bot('Qualified follow-up').getByText('Unsaved changes')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(app.demoSettings).toBeHidden();
  await expect(app.demoSettingsButton).toBeFocused();

  await app.reload();
  await expect(app.bot('Welcome on creation')).toBeVisible();
  await expect(app.bot('Survives a reload')).toHaveCount(0);
});

test('two tabs saving one after the other keep both bots', async ({ app, context }) => {
  const other = new AppPage(await context.newPage());
  await other.goto();
  const first = await app.api('POST', '/api/bots', { ...newBot, name: 'Saved in the first tab' });
  const second = await other.api('POST', '/api/bots', { ...newBot, name: 'Saved in the second tab' });
  expect([first.status, second.status]).toEqual([201, 201]);
  expect((first.body as { id: string }).id).not.toBe((second.body as { id: string }).id);

  await app.reload();
  await expect(app.bot('Saved in the first tab')).toBeVisible();
  await expect(app.bot('Saved in the second tab')).toBeVisible();
});

test('demo switches set from the test survive a reload and show in the popover', async ({ app }) => {
  await app.setDemoSwitches({ plan: 'base', failNextSave: '500' });
  await app.reload();
  expect(await app.api('GET', '/api/account')).toMatchObject({ body: { plan: 'base' } });
  const popover = await app.openDemoSettings();
  await expect(popover.getByLabel('Plan')).toHaveValue('base');
  await expect(popover.getByLabel('Next save')).toHaveValue('500');

  // The armed failure is used by the next save, and nothing is stored.
  expect((await app.api('POST', '/api/bots', newBot)).status).toBe(500);
  expect((await app.api('POST', '/api/bots', newBot)).status).toBe(201);
});

test('the popover switches drive the mocked API: a network failure on the next save', async ({ app }) => {
  await app.chooseDemoSetting('Next save', 'Fails with a network error');
  await expect.poll(async () => (await app.api('GET', '/api/demo/settings')).body).toMatchObject({ failNextSave: 'network' });
  const failed = await app.page.evaluate(() =>
    fetch('/api/bots/welcome', { method: 'DELETE' }).then(
      () => 'answered',
      () => 'network error',
    ),
  );
  expect(failed).toBe('network error');
  expect((await app.api('GET', '/api/bots/welcome')).status).toBe(200);
});

test('the Demo settings popover has no WCAG 2.2 AA violations', async ({ app, axe }) => {
  await app.openDemoSettings();
  await app.demoSettings.getByRole('button', { name: 'Reset demo data' }).click();
  const results = await axe().analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('two tabs editing one bot: when one saves, the other keeps its unsaved changes across a reload', async ({ app, page }) => {
  const tabA = new TriggerSetupPage(page, app);
  const pageB = await page.context().newPage();
  const appB = new AppPage(pageB);
  await appB.goto();
  const tabB = new TriggerSetupPage(pageB, appB);

  await tabA.open('Qualified follow-up');
  await tabA.name.fill('Qualified follow-up (tab A)');
  // Tab B opens the same bot (it finds tab A's draft: drafts are kept per browser, not per tab).
  await appB.bots.getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
  await expect(tabB.name).toHaveValue('Qualified follow-up (tab A)');
  await tabB.name.fill('Qualified follow-up (tab B)');
  await expect(tabA.dialog.getByText(/also being edited in another tab/)).toBeVisible();
  await tabB.saveAndClose();

  // Tab B's save cleared the shared draft; tab A wrote its own back, so a reload finds it.
  await app.reload();
  await app.bots.getByRole('button', { name: 'Qualified follow-up (tab B)', exact: true }).click();
  await expect(tabA.dialog).toBeVisible();
  await expect(tabA.name).toHaveValue('Qualified follow-up (tab A)');
  await pageB.close();
});

test('another tab’s saves reach this tab’s list without a reload, and a bot opened afterwards is their version and saves over it', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  // This tab has fetched the list and the bot already (both cached).
  await tabA.open('Qualified follow-up');
  await tabA.close();

  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const tabB = new TriggerSetupPage(appB.page, appB);
  await tabB.open('Qualified follow-up');
  await tabB.name.fill('Renamed in tab B');
  await tabB.saveAndClose();
  expect((await appB.api('POST', '/api/bots', { ...newBot, name: 'Made in tab B' })).status).toBe(201);

  await expect(app.bot('Made in tab B')).toBeVisible();
  await expect(app.bots.getByRole('button', { name: 'Renamed in tab B', exact: true })).toBeVisible();
  await expect(app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true })).toHaveCount(0);
  await app.bots.getByRole('button', { name: 'Renamed in tab B', exact: true }).click();
  await expect(tabA.name).toHaveValue('Renamed in tab B');
  await tabA.name.fill('Renamed in tab A');
  // Saved over version 2, which this tab now shows: no conflict.
  await tabA.saveAndClose();
  expect(await tabA.stored('follow-up')).toMatchObject({ name: 'Renamed in tab A', version: 3 });
  await appB.page.close();
});

test('a bot open here but not edited shows the version another tab saves; once edited, it keeps the typing and Save meets the conflict', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  await tabA.open('Qualified follow-up');

  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const stored = await tabA.stored('follow-up');
  expect((await appB.api('PUT', '/api/bots/follow-up', { ...stored, name: 'Renamed in tab B' })).status).toBe(200);

  await expect(tabA.name).toHaveValue('Renamed in tab B');
  await expect(tabA.notice).toContainText('A newer version was saved elsewhere (version 2)');
  await tabA.name.fill('Typed in tab A');
  expect((await appB.api('PUT', '/api/bots/follow-up', { ...stored, name: 'Renamed again in tab B', version: 2 })).status).toBe(200);
  await expect(app.bots.getByRole('button', { name: 'Renamed again in tab B', exact: true })).toBeVisible();
  await expect(tabA.name).toHaveValue('Typed in tab A');

  await tabA.save.click();
  await expect(tabA.notice).toContainText('Someone else saved this bot while you were editing (it is now version 3)');
  await expect(tabA.name).toHaveValue('Typed in tab A');
  await appB.page.close();
});

test('a conflict where each side changed other parts offers "Keep both changes": theirs with mine on top, saved when I save', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  await tabA.open('Qualified follow-up');
  await tabA.name.fill('Follow-up, renamed in A');

  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const stored = await tabA.stored('follow-up');
  expect(stored.enabled).toBe(true);
  expect((await appB.api('PUT', '/api/bots/follow-up', { ...stored, enabled: false })).status).toBe(200);
  await appB.page.close();

  await tabA.save.click();
  await expect(tabA.notice).toContainText('You changed different parts: you can also keep both.');
  await tabA.dialog.getByRole('button', { name: 'Keep both changes' }).click();
  await expect(tabA.notice).toContainText('Both are in the form now, not saved yet: their version (version 2) with your changes on top.');
  await expect(tabA.name).toHaveValue('Follow-up, renamed in A');
  await expect(tabA.dialog.getByRole('switch', { name: 'Bot enabled' })).not.toBeChecked();
  await expect(tabA.save).toBeFocused();
  expect((await tabA.stored('follow-up')).name).not.toBe('Follow-up, renamed in A'); // not saved before Save

  await page.keyboard.press('Enter');
  await expect(tabA.dialog).toBeHidden();
  expect(await tabA.stored('follow-up')).toMatchObject({ name: 'Follow-up, renamed in A', enabled: false, version: 3 });
});

test('a conflict lists a part both changed alike apart from each side; "Keep both changes" only when no part was changed differently by both', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  await tabA.open('Qualified follow-up');
  await tabA.name.fill('Same new name');
  await tabA.dialog.getByRole('switch', { name: 'Bot enabled' }).click();

  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const stored = await tabA.stored('follow-up');
  expect((await appB.api('PUT', '/api/bots/follow-up', { ...stored, name: 'Same new name', keepUnanswered: !stored.keepUnanswered, enabled: true })).status).toBe(200);
  await appB.page.close();

  await tabA.save.click();
  await expect(tabA.notice).toContainText('Changed alike by both (kept either way): Name: “Same new name”.');
  await expect(tabA.notice).toContainText('Your changes (Reload theirs discards them): Bot enabled: off.');
  await expect(tabA.dialog.getByRole('button', { name: 'Keep both changes' })).toBeVisible();

  // Both renamed it, differently: only Reload theirs and Overwrite.
  await tabA.name.fill('Name from A');
  const now = await tabA.stored('follow-up');
  expect((await app.api('PUT', '/api/bots/follow-up', { ...now, name: 'Name from B' })).status).toBe(200);
  await tabA.save.click();
  await expect(tabA.notice).toContainText('(it is now version 3)');
  await expect(tabA.notice).not.toContainText('you can also keep both');
  await expect(tabA.dialog.getByRole('button', { name: 'Keep both changes' })).toHaveCount(0);
  await expect(tabA.dialog.getByRole('button', { name: 'Overwrite', exact: true })).toBeVisible();
});

test('a bot open here and deleted in another tab says so at once, and Create as a new bot keeps the changes', async ({ app, page, context }) => {
  const tabA = new TriggerSetupPage(page, app);
  await tabA.open('Qualified follow-up');
  await tabA.name.fill('Kept from a deleted bot');

  const appB = new AppPage(await context.newPage());
  await appB.goto();
  expect((await appB.api('DELETE', '/api/bots/follow-up')).status).toBe(204);

  await expect(tabA.notice).toHaveText(
    'This bot was deleted elsewhere (in another tab or by another admin). Your changes can be kept as a new bot: save them as a new bot, or cancel to let them go.',
  );
  await expect(tabA.notice.getByRole('button')).toHaveCount(0);
  await expect(tabA.name).toBeFocused(); // said, not moved
  await expect(tabA.name).toHaveValue('Kept from a deleted bot');
  await tabA.dialog.getByRole('button', { name: 'Create as a new bot' }).click();
  await expect(tabA.dialog).toBeHidden();
  await expect(app.bot('Kept from a deleted bot')).toBeVisible();
  await expect(app.bots.getByRole('group', { name: /bot that has been deleted/ })).toHaveCount(0);
  await appB.page.close();
});

test('a bot deleted in another tab takes the row the focus was in: the focus goes to the next bot, and the page says why', async ({ app, page, context }) => {
  const appB = new AppPage(await context.newPage());
  await appB.goto();
  const status = page.getByRole('status').filter({ hasText: 'was deleted elsewhere' });

  // Its switch had the focus.
  await app.bots.getByRole('switch', { name: 'Bot on: Qualified follow-up' }).focus();
  expect((await appB.api('DELETE', '/api/bots/follow-up')).status).toBe(204);
  await expect(app.bot('Qualified follow-up')).toHaveCount(0);
  await expect(app.bots.getByRole('button', { name: 'Won discount 10%', exact: true })).toBeFocused();
  await expect(status).toHaveText('“Qualified follow-up” was deleted elsewhere (in another tab or by another admin).');

  // Its delete confirmation was open: it goes with the bot, and that is said too.
  await app.bots.getByRole('button', { name: 'Delete Won discount 10%' }).click();
  const confirm = app.bots.getByRole('group', { name: 'Delete Won discount 10%?' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  expect((await appB.api('DELETE', '/api/bots/discount')).status).toBe(204);
  await expect(confirm).toHaveCount(0);
  await expect(app.bots.getByRole('button', { name: 'Meeting reminder', exact: true })).toBeFocused();
  await expect(status).toHaveText('“Won discount 10%” was deleted elsewhere (in another tab or by another admin).');

  // A bot deleted away from the focus leaves quietly.
  expect((await appB.api('DELETE', '/api/bots/welcome')).status).toBe(204);
  await expect(app.bot('Welcome on creation')).toHaveCount(0);
  await expect(app.bots.getByRole('button', { name: 'Meeting reminder', exact: true })).toBeFocused();
  await expect(status).toHaveText(/Won discount 10%/);
  await appB.page.close();
});

test('a draft this version cannot read is offered to download as it was kept, or to discard, not lost unseen', async ({ app, page }) => {
  const kept = JSON.stringify({ form: { name: 'From a newer studio', enabled: true, triggers: [{ type: 'call_received', when: { fancy: true } }], conditions: [], activeHours: null, keepUnanswered: false }, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' });
  await page.evaluate((text) => localStorage.setItem('salesbot-studio:draft:follow-up', text), kept);
  await app.reload();
  const note = app.bots.getByRole('group', { name: /^A draft of “Qualified follow-up” kept in this browser could not be read/ });
  await expect(note).toBeVisible();
  // The bot opens as it is saved.
  const ts = new TriggerSetupPage(page, app);
  await ts.open('Qualified follow-up');
  await ts.close();
  const download = page.waitForEvent('download');
  await note.getByRole('button', { name: 'Download it' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toBe(kept);
  await note.getByRole('button', { name: 'Discard' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New bot' })).toBeFocused();
  await app.reload();
  await expect(app.bots.getByRole('group', { name: /could not be read/ })).toHaveCount(0);
});

test('a tab the browser duplicates (its sessionStorage copied) takes a new bot of its own', async ({ app, page, context }) => {
  const ts = new TriggerSetupPage(page, app);
  await ts.openNew();
  await ts.name.fill('Started in the first tab');
  const slot = await page.evaluate(() => sessionStorage.getItem('salesbot-studio:tab'));
  expect(slot).toMatch(/^[0-9a-f]{16}$/);

  // What "Duplicate tab" does: the new page starts with a copy of the first one's sessionStorage.
  const copy = await context.newPage();
  await copy.addInitScript((s) => {
    if (sessionStorage.getItem('salesbot-studio:tab') === null) sessionStorage.setItem('salesbot-studio:tab', s);
  }, slot!);
  const appB = new AppPage(copy);
  await appB.goto();
  const tsB = new TriggerSetupPage(copy, appB);
  // The first tab is open: its new bot is pointed at, not offered.
  await expect(appB.bots.getByText(/^An unsaved new bot “Started in the first tab” is being created in another tab that is still open/)).toBeVisible();
  await tsB.openNew();
  await expect(tsB.name).toHaveValue('');
  expect(await copy.evaluate(() => sessionStorage.getItem('salesbot-studio:tab'))).not.toBe(slot);
  // The first tab keeps its slot and its new bot across a reload.
  await app.reload();
  await app.bots.getByRole('group', { name: 'You have an unsaved new bot “Started in the first tab”.' }).getByRole('button', { name: 'Continue editing' }).click();
  await expect(ts.name).toHaveValue('Started in the first tab');
});
