// Escape in the simulator closes what is open in it, the nearest first, before the dialog hears it.
// The focus goes back to what opened the part only when it was inside it; anywhere else it stays.
import { test, expect } from './fixtures';
import type { Locator } from '@playwright/test';
import { TriggerSetupPage } from './pages/trigger-setup-page';
import { SimulatorPage } from './pages/simulator-page';

/** Where `el` is in the page, and how far each box around it is scrolled. */
const placeOf = (el: Locator) =>
  el.evaluate((node) => {
    const scrolls: number[] = [];
    for (let n = node.parentElement; n; n = n.parentElement) scrolls.push(n.scrollTop);
    return { top: Math.round(node.getBoundingClientRect().top), scrolls };
  });

test('Escape on the results\' Outcome filter closes an open event editor, not the dialog, and leaves the focus on the filter; the next Escape is the dialog\'s', async ({ page, app }) => {
  const ts = new TriggerSetupPage(page, app);
  await ts.openNew();
  await ts.name.fill('Escape in the simulator'); // unsaved changes: the dialog asks before it closes
  const sim = new SimulatorPage(page, ts.dialog);
  await sim.loadSample('Follow-up 10 minutes after Qualified');
  await expect(sim.expectations()).toHaveText('Expectations: 2 of 2 pass');

  const edit = sim.region.getByRole('button', { name: /^Edit event 2/ });
  await edit.click();
  const editor = sim.region.getByRole('group', { name: 'Event 2' });
  await expect(editor).toBeVisible();
  const outcome = sim.region.getByRole('combobox', { name: 'Outcome' });
  await outcome.focus(); // focused, not clicked: a click opens the list of options
  const before = await placeOf(outcome);
  await page.keyboard.press('Escape');

  await expect(editor).toBeHidden();
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  // The focus stays where the admin was, and nothing scrolls: it went to the Edit button, far below.
  await expect(outcome).toBeFocused();
  expect(await placeOf(outcome)).toEqual(before);
  await expect(sim.region.getByTestId('sim-spoken-status')).toHaveText('Closed the editor of event 2.');
  const question = ts.dialog.getByRole('group', { name: /You have unsaved changes/ });
  await expect(ts.dialog).toBeVisible();
  await expect(question).toBeHidden();

  // Nothing open: the next Escape goes to the dialog, which asks about the changes.
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ts.name).toHaveValue('Escape in the simulator');
});

test('Escape on "Run simulation" closes a result\'s details and the focus stays on the button; Escape in the details goes back to their row', async ({ page, app }) => {
  const ts = new TriggerSetupPage(page, app);
  await ts.openNew();
  const sim = new SimulatorPage(page, ts.dialog);
  await sim.loadSample('Follow-up 10 minutes after Qualified');
  const opener = sim.row(/l2.*Skipped/).getByRole('button');
  await opener.click();
  const details = sim.region.getByRole('region', { name: 'Selected row' });
  await expect(details).toBeVisible();
  await sim.run.focus();
  const before = await placeOf(sim.run);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(sim.run).toBeFocused();
  expect(await placeOf(sim.run)).toEqual(before);
  await expect(sim.region.getByTestId('sim-spoken-status')).toHaveText(/^Closed the details of the skip at Mon 1 Jun 2026, 10:10 EDT\.$/);
  await expect(ts.dialog).toBeVisible();

  // In the details, Escape takes the focus with them: back to the row that opened them.
  await opener.click();
  await details.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Escape that closes the dialog from the simulator gives the focus back to the bot it was opened from', async ({ page, app }) => {
  const ts = new TriggerSetupPage(page, app);
  await ts.open('Qualified follow-up'); // nothing changed: Escape closes without asking
  const sim = new SimulatorPage(page, ts.dialog);
  await expect(sim.status).toHaveText(/^Replayed in /);
  await sim.run.focus();
  await page.keyboard.press('Escape');
  await expect(ts.dialog).toBeHidden();
  await expect(app.bots.getByRole('button', { name: 'Qualified follow-up', exact: true })).toBeFocused();
});
