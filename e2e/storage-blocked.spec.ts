// Site data blocked (Chrome's "block site data"): reading window.localStorage throws SecurityError.
// msw reads it as it loads, and the page stayed blank; now the app starts on a storage kept in
// memory and says that nothing lasts beyond a reload.
import { expect, test } from './fixtures';
import { TriggerSetupPage } from './pages/trigger-setup-page';

const MEMORY_ONLY_NOTE = 'This browser blocks storage for this site: bots, drafts and demo settings last only until this page is reloaded or closed.';

test('with site storage blocked the app still starts, says nothing lasts beyond a reload, and works for this page', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await app.goto();
  await expect(page.getByText(MEMORY_ONLY_NOTE)).toBeVisible();
  await expect(app.bot('Welcome on creation')).toBeVisible();

  // A bot saved here is listed while the page lasts; the dialog says its draft is not kept.
  const ts = new TriggerSetupPage(page, app);
  await ts.openNew();
  await ts.name.fill('Only for this page');
  await expect(ts.dialog.getByText('Unsaved changes, not kept if you leave: this browser’s storage is full or blocked')).toBeVisible();
  await ts.save.click();
  await expect(ts.dialog).toBeHidden();
  await expect(app.bot('Only for this page')).toBeVisible();

  await app.reload();
  await expect(page.getByText(MEMORY_ONLY_NOTE)).toBeVisible();
  await expect(app.bot('Welcome on creation')).toBeVisible();
  await expect(app.bot('Only for this page')).toHaveCount(0);
  expect(errors).toEqual([]);
});
