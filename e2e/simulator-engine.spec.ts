// The simulator's engine (its Web Worker) failing: said as what it is, and started again by a press.
import { test, expect } from './fixtures';
import { openNewBotSimulator } from './pages/simulator-page';

/** The engine worker's script, as the build names it (engine.worker-<hash>.js). */
const WORKER_SCRIPT = /\/engine\.worker[^/]*\.js(\?|$)/;

test.describe("Simulator: when its engine stops", () => {
  test('an engine that could not start is said as such, not as problems of the scenario, and "Run simulation" starts it again', async ({ page, app }) => {
    // The worker's script fails to load once (a server hiccup, a redeploy).
    let failures = 0;
    await page.context().route(WORKER_SCRIPT, (route) => (failures++ === 0 ? route.fulfill({ status: 500, body: '' }) : route.fallback()));
    // The simulator replays the new bot as it opens: its engine starts then, and fails.
    const { sim } = await openNewBotSimulator(page, app);
    const notice = sim.region.locator('.sim-notice[role="status"]');
    await expect(notice).toHaveText("The simulator's engine stopped (it could not start). Run the simulation again to restart it.");
    await expect(sim.status).toHaveText("The simulator's engine stopped; see below.");
    await expect(sim.region.getByText(/problems to fix/)).toHaveCount(0);
    expect(failures).toBe(1);

    await sim.run.click();
    await expect(sim.status).toHaveText(/^Replayed in /);
    await sim.loadSample('Welcome on creation');
    await expect(sim.expectations()).toHaveText('Expectations: 1 of 1 pass');
  });

  test('generated traffic lost with the engine is said so, and no longer counted or replayed', async ({ page, app }) => {
    const { sim } = await openNewBotSimulator(page, app);
    await expect(sim.status).toHaveText(/^Replayed in /);
    const generator = await sim.openGenerator();
    await generator.getByLabel('Events', { exact: true }).fill('2000');
    await generator.getByLabel('Leads', { exact: true }).fill('100');
    await generator.getByLabel('Load demo bots beside the draft').fill('0');
    await generator.getByRole('button', { name: 'Generate traffic' }).click();
    await sim.waitForEvents(/2,000/);
    const held = sim.region.getByText(/^Plus 2,000 generated events over 100 leads \(seed 42\), kept in the simulator's worker/);
    await expect(held).toBeVisible();

    // The worker dies of an error nothing in it caught (as out of memory would end it).
    const [worker] = page.workers();
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('engine failed');
      });
    });
    const notice = sim.region.locator('.sim-notice[role="status"]');
    await expect(notice).toHaveText(
      "The simulator's engine stopped (Uncaught Error: engine failed), and the 2,000 generated events over 100 leads (seed 42) it held went with it: generate them again to replay them.",
    );
    await expect(held).toHaveCount(0);
    // A new engine replays what the page holds (no event), at once.
    await sim.waitForEvents(/0/);
    await expect(sim.region.getByText(/problems to fix/)).toHaveCount(0);
  });
});
