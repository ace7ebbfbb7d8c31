// The browser's history with the editor open, beyond app-shell.spec.ts: Back over a popup of the
// editor, an address typed over an open editor, and "Try again" after the studio stopped.
import { test, expect, type Page } from '@playwright/test';

/** Where the tab is in its history, and the addresses of its entries (Chromium's Navigation API). */
type Nav = { currentEntry: { index: number }; entries(): { url: string }[] };
const entryIndex = (page: Page) => page.evaluate(() => (window as unknown as { navigation: Nav }).navigation.currentEntry.index);
/** The fragments of the tab's entries from `from` on ('' for the list). */
const hashesFrom = (page: Page, from: number) =>
  page.evaluate((at) => (window as unknown as { navigation: Nav }).navigation.entries().slice(at).map((e) => new URL(e.url).hash), from);

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Trigger setup' });
const botButton = (page: Page, name: string) => page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name, exact: true });

test.describe('Back with a popup open in the editor closes the popup only, as Escape would', () => {
  test("a condition's editor: it closes, the focus is back on the condition, and the editor's entry is the last one", async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    await dialog.getByRole('button', { name: 'Add condition' }).click();
    await dialog.getByRole('button', { name: 'Tags', exact: true }).click();
    const editor = dialog.getByRole('dialog', { name: /^Edit condition:/ });
    await expect(editor).toBeVisible();
    const chip = dialog.locator('.condition-chip__main');

    await page.goBack();
    await expect(editor).toBeHidden();
    await expect(chip).toBeFocused();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('group', { name: /You have unsaved changes/ })).toBeHidden();
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/follow-up']);
    expect(await entryIndex(page)).toBe(listIndex + 1);

    // The next Back is the editor's: over the added condition it asks, and "Keep editing" is back on the condition.
    await page.goBack();
    const question = dialog.getByRole('group', { name: /You have unsaved changes/ });
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(chip).toBeFocused();
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/follow-up']);
  });

  test('the trigger picker: it closes, the focus is back on "When this happens", and the next Back closes the editor', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    const when = dialog.getByRole('button', { name: 'When this happens' });
    await when.click();
    const picker = dialog.getByRole('dialog', { name: 'Choose a trigger' });
    await expect(picker.getByLabel('Search triggers')).toBeFocused();

    await page.goBack();
    await expect(picker).toBeHidden();
    await expect(when).toBeFocused();
    await expect(dialog).toBeVisible();
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/follow-up']);
    expect(await entryIndex(page)).toBe(listIndex + 1);

    await page.goBack();
    await expect(dialog).toBeHidden();
    await expect(botButton(page, 'Qualified follow-up')).toBeFocused();
    expect(await entryIndex(page)).toBe(listIndex);
  });
});

test.describe('an address typed over an open editor', () => {
  /** As typed into the address bar: a new entry, made by the browser. */
  const typeAddress = (page: Page, hash: string) => page.evaluate((h) => void (window.location.hash = h), hash);

  test('opens the bot it names in the editor’s place: Back then goes to the list, and Forward opens that bot again', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');

    await typeAddress(page, '#/bots/discount');
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/discount']);
    expect(await entryIndex(page)).toBe(listIndex + 1);

    await page.goBack();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');
    expect(await entryIndex(page)).toBe(listIndex);
    await page.goForward();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
  });

  test('closing the bot it opened gives the focus to that bot’s name, not the first bot’s', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    await botButton(page, 'Qualified follow-up').click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');
    await typeAddress(page, '#/bots/discount');
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(dialog).toBeHidden();
    await expect(botButton(page, 'Won discount 10%')).toBeFocused();
  });

  test('over unsaved changes asks as Back does; kept editing, the history is the list and the editor, as before', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    const name = dialog.getByLabel('Bot name');
    await name.fill('Typed before the address');

    await typeAddress(page, '#/bots/discount');
    const question = dialog.getByRole('group', { name: /You have unsaved changes/ });
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await expect(name).toHaveValue('Typed before the address');
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/follow-up']);
    expect(await entryIndex(page)).toBe(listIndex + 1);

    await page.goBack();
    await question.getByRole('button', { name: 'Close, keep the draft' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => entryIndex(page)).toBe(listIndex);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('over unsaved changes, answered "Close, keep the draft", opens the bot typed: one Back from the list', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    await dialog.getByLabel('Bot name').fill('Typed before the address');

    await typeAddress(page, '#/bots/discount');
    await dialog.getByRole('group', { name: /You have unsaved changes/ }).getByRole('button', { name: 'Close, keep the draft' }).click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/discount']);
    expect(await entryIndex(page)).toBe(listIndex + 1);
    await page.goBack();
    await expect(dialog).toBeHidden();
    expect(await entryIndex(page)).toBe(listIndex);
    // The draft was kept, as the answer said.
    await botButton(page, 'Qualified follow-up').click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Typed before the address');
  });

  test('naming no bot closes the editor and says so, as over the list', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    const listIndex = await entryIndex(page);
    await botButton(page, 'Qualified follow-up').click();
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');

    await typeAddress(page, '#/bots/');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'names no bot' })).toHaveText('The link “#/bots/” names no bot; the list of bots is shown instead.');
    await expect.poll(() => entryIndex(page)).toBe(listIndex);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('naming no bot over unsaved changes asks first, and says so once the editor is closed', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    await botButton(page, 'Qualified follow-up').click();
    await dialog.getByLabel('Bot name').fill('Typed before the address');

    await typeAddress(page, '#/bots/%E0%A4%A');
    const status = page.getByRole('status').filter({ hasText: 'names no bot' });
    await dialog.getByRole('group', { name: /You have unsaved changes/ }).getByRole('button', { name: 'Close, keep the draft' }).click();
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText('The link “#/bots/%E0%A4%A” names no bot; the list of bots is shown instead.');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('naming no bot over unsaved changes, then saved instead of answered: the status says the save', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    await botButton(page, 'Qualified follow-up').click();
    await dialog.getByLabel('Bot name').fill('Saved after the address');

    await typeAddress(page, '#/bots/');
    await expect(dialog.getByRole('group', { name: /You have unsaved changes/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(/^Saved “Saved after the address” \(version \d+\)\./);
    await expect(page.getByText('names no bot')).toHaveCount(0);
  });

  test('over the list opens the bot, one Back from the list', async ({ page }) => {
    await page.goto('/');
    const dialog = dialogOf(page);
    await expect(botButton(page, 'Qualified follow-up')).toBeVisible();
    const listIndex = await entryIndex(page);
    await typeAddress(page, '#/bots/discount');
    await expect(dialog.getByLabel('Bot name')).toHaveValue('Won discount 10%');
    await expect.poll(() => hashesFrom(page, listIndex)).toEqual(['', '#/bots/discount']);
    await page.goBack();
    await expect(dialog).toBeHidden();
    expect(await entryIndex(page)).toBe(listIndex);
  });
});

test('"Try again" with an editor open keeps the list\'s search, and closing the editor gives the focus to the bot\'s name, not the page heading', async ({ page }) => {
  await page.goto('/');
  const dialog = dialogOf(page);
  const search = page.getByRole('searchbox', { name: 'Find a bot' });
  await search.fill('follow');
  await botButton(page, 'Qualified follow-up').click();
  await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');

  // An error nothing else catches: the list's search throws as it renders again (a storage change
  // renders the list again), until the test lets it go.
  await page.evaluate(() => {
    const w = window as unknown as { failing: boolean };
    w.failing = true;
    const normalize = String.prototype.normalize;
    String.prototype.normalize = function (this: string, form?: string) {
      if (w.failing && form === 'NFKD') throw new Error('A render error for the test');
      return normalize.call(this, form);
    };
    window.dispatchEvent(new StorageEvent('storage', { key: 'another-key' }));
  });
  await expect(page.getByRole('alert')).toContainText('Something went wrong and the studio stopped.');
  await page.evaluate(() => void ((window as unknown as { failing: boolean }).failing = false));
  await page.getByRole('button', { name: 'Try again' }).click();

  // The editor opens again from the address; the list searches as it did.
  await expect(dialog.getByLabel('Bot name')).toHaveValue('Qualified follow-up');
  await expect(search).toHaveValue('follow');
  await expect(page.getByRole('region', { name: 'Salesbots' }).getByRole('button', { name: 'Welcome on creation', exact: true })).toBeHidden();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(botButton(page, 'Qualified follow-up')).toBeFocused();
});

test("a new bot's first save gives the focus to its row far down the list, and the row is in view once the editor's entry is left", async ({ page }) => {
  // At 1280×800 the new bot's row comes about 1,060 px down. Its focus scrolled it into view, then
  // the history.back() that closes the editor put the page back at the top, where it had opened.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const dialog = dialogOf(page);
  const newBot = page.getByRole('button', { name: 'New bot', exact: true });
  await newBot.focus();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Bot name')).toBeFocused();
  await page.keyboard.type('Far down the list');
  await dialog.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const row = botButton(page, 'Far down the list');
  await expect(row).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  const inView = () =>
    row.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && (hit === el || el.contains(hit));
    });
  await expect.poll(inView, { message: 'the focused row is in the window, uncovered' }).toBe(true);
  // And stays there: nothing scrolls it away later.
  await page.waitForTimeout(300);
  expect(await inView()).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
