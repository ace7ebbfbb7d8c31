// The dialog's focus keeper (useKeepFocusInView in src/lib) in the simulator's column: content that a
// press adds above the focused button (a new lead's fields, generated events) pushed the button out of
// the column's scroll box. The simulator sits in a wrapper with no box of its own (its error
// boundary's, `display: contents`), and the keeper, watching two levels down, never saw it change size.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { SimulatorPage } from './pages/simulator-page';
import { TriggerSetupPage } from './pages/trigger-setup-page';

/** Whether `el` is wholly inside the visible area of its nearest scroll box (the simulator column). */
function inItsScrollBox(target: Locator): Promise<{ inView: boolean; el: string; box: string }> {
  return target.evaluate((el) => {
    let box = el.parentElement;
    while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight)) box = box.parentElement;
    const r = el.getBoundingClientRect();
    const b = (box ?? document.documentElement).getBoundingClientRect();
    const bottom = box ? b.bottom : window.innerHeight;
    return { inView: r.top >= b.top - 1 && r.bottom <= bottom + 1, el: `${Math.round(r.top)}–${Math.round(r.bottom)}`, box: `${Math.round(b.top)}–${Math.round(bottom)}` };
  });
}

/** Two frames: the browser reports a change of size in the next frame's rendering, and the keeper acts then. */
const twoFrames = (target: Locator) => target.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

test.describe('at 1280×800, a button in the simulator keeps the focus in view when what it adds comes above it', () => {
  let sim: SimulatorPage;
  test.beforeEach(async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const ts = new TriggerSetupPage(page, app);
    await ts.open('Qualified follow-up');
    sim = new SimulatorPage(page, ts.dialog);
  });

  // "Add lead" takes the focus to the new lead's Lead id (as "Add event" does): that box, in view.
  test('"Add lead", pressed three times', async ({ page }) => {
    const add = sim.region.getByRole('button', { name: 'Add lead' });
    for (let i = 1; i <= 3; i++) {
      await add.focus();
      const ids = sim.region.getByRole('textbox', { name: 'Lead id' });
      const before = await ids.count();
      await page.keyboard.press('Enter');
      await expect(ids).toHaveCount(before + 1);
      const added = ids.nth(before);
      await twoFrames(added);
      await expect(added).toBeFocused();
      const where = await inItsScrollBox(added);
      expect(where.inView, `the new Lead id after press ${i}: ${where.el} in ${where.box}`).toBe(true);
    }
  });

  test('"Generate traffic", once the events have come', async ({ page }) => {
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('1000');
    const generate = generator.getByRole('button', { name: 'Generate traffic' });
    await generate.focus();
    const where0 = await inItsScrollBox(generate);
    expect(where0.inView, `before: ${where0.el} in ${where0.box}`).toBe(true);
    await page.keyboard.press('Enter');
    await sim.waitForEvents(/1,000/);
    await twoFrames(generate);
    await expect(generate).toBeFocused();
    await expect.poll(async () => (await inItsScrollBox(generate)).inView, { message: '"Generate traffic" in the column after the run' }).toBe(true);
  });
});
