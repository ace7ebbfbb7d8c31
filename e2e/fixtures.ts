// Every spec imports `test` and `expect` from here: each test starts on the demo seed (the mocked
// API's data and switches reset), with an `app` page object and an `axe` builder.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/app-page';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Fixtures = {
  /** The app, opened and reset to the demo seed. */
  app: AppPage;
  /** An axe builder for the page with the WCAG 2.2 AA + best-practice tags. */
  axe: () => AxeBuilder;
};

export const test = base.extend<Fixtures & { resetDemoData: void }>({
  resetDemoData: [
    async ({ page }, provide) => {
      // Each test has a fresh browser context (empty localStorage), so it starts on the seed already;
      // resetting through the API as well keeps that true if a context is ever shared or reused.
      const app = new AppPage(page);
      await app.goto();
      await app.resetDemoDataViaApi();
      await provide();
    },
    { auto: true },
  ],
  app: async ({ page }, provide) => {
    await provide(new AppPage(page));
  },
  axe: async ({ page }, provide) => {
    await provide(() => new AxeBuilder({ page }).withTags(AXE_TAGS));
  },
});

export { expect };
