import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the page opens on the mocked API and lists the demo bots', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Salesbot Trigger Studio' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Salesbots' });
  await expect(list.getByText('Welcome on creation')).toBeVisible();
  await expect(list.getByText('Qualified follow-up')).toBeVisible();
});

test('the app shell has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Welcome on creation')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("a bot's name is described by what it does, as a screen reader gets it from Chromium", async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: 'Salesbots' });
  const open = list.getByRole('button', { name: 'Qualified follow-up', exact: true });
  // Its trigger in words, not the label of the list that holds it ("Triggers of Qualified follow-up").
  await expect(open).toHaveAccessibleDescription(/^When a lead is moved to Qualified, after 10 min/);
  await expect(open).not.toHaveAccessibleDescription(/Triggers of/);
});

test.describe("the editor in the browser's history", () => {
  /** Where the tab is in its history (Chromium's Navigation API): an entry left behind moves it. */
  const entryIndex = (page: Page) => page.evaluate(() => (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation.currentEntry.index);

  test('Back closes a bot’s editor, Forward opens it again, and Close leaves no entry behind for Back to reopen', async ({ page }) => {
    await page.goto('/');
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    const name = page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Qualified follow-up', exact: true });
    const listIndex = await entryIndex(page);
    await name.click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');
    expect(new URL(page.url()).hash).toBe('#/bots/follow-up');

    await page.goBack();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
    await expect(name).toBeFocused(); // back where the editor was opened from

    await page.goForward();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => page.url()).not.toContain('#');
    expect(await entryIndex(page)).toBe(listIndex);

    // Escape and a new bot alike; Back from the list then leaves nothing of the studio to reopen.
    await page.getByRole('button', { name: 'New bot', exact: true }).click();
    await expect(dialog.getByLabel('Bot name')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/new-bot');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(() => entryIndex(page)).toBe(listIndex);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('Back over unsaved changes asks as Close does, and keeps what was typed', async ({ page }) => {
    await page.goto('/');
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    await page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Qualified follow-up', exact: true }).click();
    const botName = dialog.getByLabel('Bot name');
    await botName.fill('Qualified follow-up, typed');
    const question = dialog.getByRole('group', { name: /You have unsaved changes/ });

    await page.goBack();
    await expect(question).toBeVisible();
    await expect(dialog).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/bots/follow-up'); // its entry came back
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(botName).toHaveValue('Qualified follow-up, typed');

    await page.goBack();
    await question.getByRole('button', { name: 'Close, keep the draft' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('region', { name: 'Salesbots' }).getByRole('listitem').filter({ hasText: 'Qualified follow-up' })).toContainText('Unsaved changes');
    await page.goForward(); // the draft opens again with the bot
    await expect(botName).toHaveValue('Qualified follow-up, typed');
  });

  test('Back while a save runs waits for it as Close does; the save then closes the editor and leaves no entry behind', async ({ page }) => {
    await page.goto('/');
    const setLatency = (latency: string) =>
      page.evaluate(async (l) => (await fetch('/api/demo/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latency: l }) })).status, latency);
    const open = page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Qualified follow-up', exact: true });
    await expect(open).toBeVisible(); // the mocked API is up
    expect(await setLatency('slow')).toBe(200);
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    const listIndex = await entryIndex(page);
    await open.click();
    await dialog.getByLabel('Bot name').fill('Saved while going back');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.locator('.ts-footer').getByText('Saving…', { exact: true })).toBeVisible();

    await page.goBack();
    await expect(dialog.getByText('Saving… wait for it to finish before closing.')).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/bots/follow-up');
    await expect(dialog).toBeHidden({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Saved while going back” (version 2).' })).toBeVisible();
    await expect.poll(() => entryIndex(page)).toBe(listIndex);
    expect(new URL(page.url()).hash).toBe('');
    expect(await setLatency('none')).toBe(200);
  });

  test('a new bot saved while the admin types on is named in the address: a reload opens it with what was typed', async ({ page }) => {
    await page.goto('/');
    const setLatency = (latency: string) =>
      page.evaluate(async (l) => (await fetch('/api/demo/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latency: l }) })).status, latency);
    await expect(page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Qualified follow-up', exact: true })).toBeVisible();
    expect(await setLatency('slow')).toBe(200);
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    const listIndex = await entryIndex(page);
    await page.getByRole('button', { name: 'New bot', exact: true }).click();
    const name = dialog.getByLabel('Bot name');
    await name.fill('Spring');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.locator('.ts-footer').getByText('Saving…', { exact: true })).toBeVisible();
    await name.press('End');
    await name.pressSequentially(' promo');
    await expect(dialog.getByText(/Saved as it was when you pressed Save\./)).toBeVisible({ timeout: 15_000 });
    // The dialog now shows the saved bot: so does the address, in the same entry.
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/bots\/.+/);
    expect(await entryIndex(page)).toBe(listIndex + 1);
    expect(await setLatency('none')).toBe(200);
    await page.reload();
    await expect(name).toHaveValue('Spring promo');
  });

  test('a link to a bot (and a reload of it) opens its editor, Back then stays in the studio, and a link to a bot that is not there says so', async ({ page }) => {
    await page.goto('/#/bots/discount');
    const dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await page.reload();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
    // No opener in the page after a reload: the bot's row takes the focus, not the page body.
    await expect(page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Won discount 10%', exact: true })).toBeFocused();

    await page.goto('/#/new-bot');
    await expect(dialog.getByLabel('Bot name')).toBeFocused();
    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Salesbot Trigger Studio' })).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');

    // A link cut short, or mangled in copying, says so too.
    for (const broken of ['#/bots/', '#/bots/%E0%A4%A']) {
      await page.goto(`/${broken}`);
      await expect(page.getByRole('status').filter({ hasText: 'names no bot' })).toHaveText(`The link “${broken}” names no bot; the list of bots is shown instead.`);
      await expect(dialog).toBeHidden();
      expect(new URL(page.url()).hash).toBe('');
    }

    await page.goto('/#/bots/gone%201');
    await expect(page.getByRole('status').filter({ hasText: 'No bot with id' })).toHaveText('No bot with id “gone 1”; it may have been deleted.');
    await expect(page.getByRole('region', { name: 'Salesbots' }).getByText('Welcome on creation')).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
  });
});
