// The Salesbots list: "Find a bot" (by name, letter case and accents aside), the focus after a new
// bot's first save (its own row, not "New bot"), and the page's status line, which says the last
// action's outcome once and is emptied when another action starts in the list.
import { expect, test } from './fixtures';
import { HardeningPage, axeViolations } from './pages/hardening-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';
import type { Bot } from '../src/domain';
import type { AppPage } from './pages/app-page';

let ts: TriggerSetupPage;
let hp: HardeningPage;
test.beforeEach(({ page, app }) => {
  ts = new TriggerSetupPage(page, app);
  hp = new HardeningPage(page);
});

/** The names of the bots the list shows, in order. */
async function listedNames(app: AppPage): Promise<string[]> {
  // Each row has one switch, named after its bot.
  return app.bots.getByRole('switch').evaluateAll((switches) => switches.map((s) => (s.getAttribute('aria-label') ?? '').replace(/^Bot on: /, '')));
}

test.describe('Find a bot', () => {
  test('filters the list by name as typed, says how many match once the typing pauses, and Escape brings every bot back', async ({ app, page, axe }) => {
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    await expect(app.bot('Welcome on creation')).toBeVisible();
    expect(await listedNames(app)).toHaveLength(7);
    await hp.tabTo(box);
    await page.keyboard.type('  WELCOME');
    await expect.poll(() => listedNames(app)).toEqual(['Welcome on creation', 'VIP welcome']);
    await expect(box).toHaveAccessibleDescription('2 of 7 bots match “WELCOME”.');
    const spoken = app.bots.getByRole('search').getByRole('status');
    await expect(spoken).toHaveText('2 of 7 bots match “WELCOME”.');
    expect(await axeViolations(axe())).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect.poll(() => listedNames(app)).toHaveLength(7);
    await expect(spoken).toHaveText('Search cleared: all 7 bots listed.');
  });

  test('finds a name whatever its accents, and says when nothing matches, with a way back to every bot', async ({ app, page, axe }) => {
    const { body } = await app.api('GET', '/api/bots/welcome');
    const { id: _id, version: _version, ...rest } = body as Bot;
    expect((await app.api('POST', '/api/bots', { ...rest, name: 'Café Açaí promo' })).status).toBe(201);
    await app.reload();
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    await box.fill('cafe acai');
    await expect.poll(() => listedNames(app)).toEqual(['Café Açaí promo']);

    await box.fill('<b>no such bot</b>');
    await expect(app.bots.getByText('No bot matches “<b>no such bot</b>”.')).toBeVisible();
    await expect(app.bots.getByRole('listitem')).toHaveCount(0);
    expect(await axeViolations(axe())).toEqual([]);
    // At 320 px (WCAG 1.4.10 reflow) the box, the message and its button fit the page's width.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await hp.pageOverflow()).toBe(0);
    await expect(app.bots.getByRole('button', { name: 'Clear the search' })).toBeInViewport();
    await app.bots.getByRole('button', { name: 'Clear the search' }).click();
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await expect.poll(() => listedNames(app)).toHaveLength(8);
    await expect(app.bots.getByRole('button', { name: 'Clear the search' })).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelector('b'))).toBeNull();
  });

  test('keeps the search while the list is fetched again (a switch saved)', async ({ app, page }) => {
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    await box.fill('welcome');
    await expect.poll(() => listedNames(app)).toEqual(['Welcome on creation', 'VIP welcome']);
    await app.bots.getByRole('switch', { name: 'Bot on: VIP welcome' }).click();
    await expect(page.getByRole('status').filter({ hasText: '“VIP welcome” is now off.' })).toBeVisible();
    await expect(app.bot('VIP welcome')).toContainText('Disabled');
    await expect(box).toHaveValue('welcome');
    expect(await listedNames(app)).toEqual(['Welcome on creation', 'VIP welcome']);
  });

  test('keeps a bot renamed in the dialog in view, saying why, and the focus comes back to it', async ({ app, axe }) => {
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    await box.fill('welcome');
    await ts.open('Welcome on creation');
    await ts.name.fill('Hello on creation');
    await ts.saveAndClose();
    const row = app.bot('Hello on creation');
    await expect(row).toContainText('Shown because you just worked on it: its name does not match “welcome”.');
    await expect(app.bots.getByRole('button', { name: 'Hello on creation', exact: true })).toBeFocused();
    expect(await listedNames(app)).toEqual(['Hello on creation', 'VIP welcome']);
    await expect(box).toHaveAccessibleDescription('1 of 7 bots matches “welcome”.');
    expect(await axeViolations(axe())).toEqual([]);
    // A new search: it goes.
    await box.fill('welcom');
    await expect.poll(() => listedNames(app)).toEqual(['VIP welcome']);
  });
});

test.describe('after a new bot is saved', () => {
  test('the focus goes to its row in the list, not to "New bot"', async ({ app, page }) => {
    await ts.openNew();
    await ts.name.fill('Spring promo');
    await ts.saveAndClose();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Spring promo” (version 1).' })).toBeVisible();
    await expect(app.bots.getByRole('button', { name: 'Spring promo', exact: true })).toBeFocused();
  });

  test('under a search it does not match, it is shown all the same, with the focus', async ({ app }) => {
    await app.bots.getByRole('searchbox', { name: 'Find a bot' }).fill('welcome');
    await ts.openNew();
    await ts.name.fill('Spring promo');
    await ts.saveAndClose();
    await expect(app.bots.getByRole('button', { name: 'Spring promo', exact: true })).toBeFocused();
    await expect(app.bot('Spring promo')).toContainText('its name does not match “welcome”.');
  });

  test('continued from the list after a reload (the note that opened it goes away), the focus goes to its row', async ({ app }) => {
    await ts.openNew();
    await ts.name.fill('Autumn promo');
    await app.reload();
    await app.bots.getByRole('button', { name: 'Continue editing' }).click();
    await expect(ts.name).toHaveValue('Autumn promo');
    await ts.saveAndClose();
    await expect(app.bots.getByRole('button', { name: 'Autumn promo', exact: true })).toBeFocused();
  });

  test('editing an existing bot still gives the focus back to its name', async ({ app }) => {
    await ts.open('Meeting reminder');
    await ts.name.fill('Meeting reminder 2');
    await ts.saveAndClose();
    await expect(app.bots.getByRole('button', { name: 'Meeting reminder 2', exact: true })).toBeFocused();
  });
});

test.describe('the page status line', () => {
  test('says a save once, and is emptied when another action starts in the list (a switch, a deletion asked for)', async ({ app, page }) => {
    const saved = page.getByRole('status').filter({ hasText: 'Saved “Meeting reminder”' });
    await ts.open('Meeting reminder');
    await ts.name.fill('Meeting reminder');
    await ts.dialog.getByRole('switch', { name: 'Bot enabled' }).click();
    await ts.saveAndClose();
    await expect(saved).toHaveText('Saved “Meeting reminder” (version 2).');

    // Delete asked for, then kept: the save's words are gone, and nothing replaces them.
    await app.bots.getByRole('button', { name: 'Delete Meeting reminder' }).click();
    await expect(saved).toHaveCount(0);
    await app.bots.getByRole('button', { name: 'Keep it' }).click();
    await expect(saved).toHaveCount(0);

    // A switch: its own words once it is saved.
    await ts.open('Meeting reminder');
    await ts.dialog.getByRole('switch', { name: 'Bot enabled' }).click();
    await ts.saveAndClose();
    await expect(saved).toHaveText('Saved “Meeting reminder” (version 3).');
    await app.setDemoSwitches({ latency: 'slow' });
    await app.bots.getByRole('switch', { name: 'Bot on: Welcome on creation' }).click();
    await expect(app.bot('Welcome on creation').getByText('Saving…')).toBeVisible();
    await expect(saved).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '“Welcome on creation” is now off.' })).toBeVisible();
  });
});
