import { test, expect } from '@playwright/test';
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
