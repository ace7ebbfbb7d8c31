// Escape in the simulator closes what is open in it, the nearest first, before the dialog hears it.
import { test, expect } from './fixtures';
import { TriggerSetupPage } from './pages/trigger-setup-page';
import { SimulatorPage } from './pages/simulator-page';

test('Escape on the results\' Outcome filter closes an open event editor, not the dialog; the next Escape is the dialog\'s', async ({ page, app }) => {
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
  await page.keyboard.press('Escape');

  await expect(editor).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  const question = ts.dialog.getByRole('group', { name: /You have unsaved changes/ });
  await expect(ts.dialog).toBeVisible();
  await expect(question).toBeHidden();

  // Nothing open in the simulator: the next Escape goes to the dialog, which asks about the changes.
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ts.name).toHaveValue('Escape in the simulator');
});
