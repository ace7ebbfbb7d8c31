// What the Salesbots list and the Demo settings say and where they put the focus, as a screen reader
// meets them: a failure is said once, when it happens; the search's hidden status holds no count
// that has stopped being true; the Demo settings open on their first field.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { HardeningPage } from './pages/hardening-page';

/**
 * Counts, from now on, each alert that comes into the page holding `words` (an element with
 * role="alert" added, or given that role): what a screen reader would say.
 */
async function countAlerts(page: Page, words: string): Promise<() => Promise<number>> {
  await page.evaluate((words) => {
    const w = window as unknown as { alertsSaid: number };
    w.alertsSaid = 0;
    const said = (el: Element) => el.getAttribute('role') === 'alert' && (el.textContent ?? '').includes(words);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element && said(r.target)) w.alertsSaid++;
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          w.alertsSaid += [node, ...node.querySelectorAll('[role="alert"]')].filter(said).length;
        }
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['role'] });
  }, words);
  return () => page.evaluate(() => (window as unknown as { alertsSaid: number }).alertsSaid);
}

test.describe('a failure in a row the search hides and shows again', () => {
  test('a failed switch is said once: the row shown again shows it without saying it again', async ({ app, page }) => {
    await app.setDemoSwitches({ failNextSave: '500' });
    const words = '“VIP welcome” was not switched off';
    const said = await countAlerts(page, words);
    await app.bots.getByRole('switch', { name: 'Bot on: VIP welcome' }).click();
    await expect(app.bot('VIP welcome').getByRole('alert')).toContainText(words);
    expect(await said()).toBe(1);
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    for (let i = 0; i < 2; i++) {
      await box.fill('won');
      await expect(app.bot('VIP welcome')).toHaveCount(0);
      await box.fill('');
      await expect(app.bot('VIP welcome')).toContainText(words);
    }
    expect(await said()).toBe(1);
  });

  test('a failed deletion is said once: the row shown again shows it without saying it again', async ({ app, page }) => {
    await app.setDemoSwitches({ failNextSave: '500' });
    const words = 'The bot was not deleted';
    const said = await countAlerts(page, words);
    await app.bots.getByRole('button', { name: 'Delete VIP welcome' }).click();
    await app.bots.getByRole('button', { name: 'Delete bot' }).click();
    await expect(app.bot('VIP welcome').getByRole('alert')).toContainText(words);
    const box = app.bots.getByRole('searchbox', { name: 'Find a bot' });
    await box.fill('won');
    await expect(app.bot('VIP welcome')).toHaveCount(0);
    await box.fill('');
    await expect(app.bot('VIP welcome')).toContainText(words);
    expect(await said()).toBe(1);
  });
});

test.describe('Demo settings', () => {
  test('the first open after a fresh load puts the focus on the first field once the form is there, as later opens do', async ({ app, page }) => {
    const hp = new HardeningPage(page);
    await hp.tabTo(app.demoSettingsButton);
    await page.keyboard.press('Enter');
    await expect(app.demoSettings.getByLabel('Latency')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.demoSettingsButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.demoSettings.getByLabel('Latency')).toBeFocused();
  });
});
