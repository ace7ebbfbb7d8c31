// Page object of the Simulator region inside the Trigger setup dialog: locators by role and label.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';
import { TriggerSetupPage } from './trigger-setup-page';

export class SimulatorPage {
  readonly region: Locator;
  readonly run: Locator;
  /** The run status line ("Replayed in 12 ms · 100,000 events · …"). */
  readonly status: Locator;
  readonly table: Locator;
  readonly importFile: Locator;

  constructor(
    readonly page: Page,
    dialog: Locator,
  ) {
    this.region = dialog.getByRole('region', { name: 'Simulator' });
    this.run = this.region.getByRole('button', { name: 'Run simulation' });
    this.status = this.region.getByTestId('sim-status');
    this.table = this.region.getByRole('table', { name: 'Runs and skips' });
    this.importFile = this.region.getByLabel('Import scenario file');
  }

  async loadSample(name: string): Promise<void> {
    await this.region.getByRole('button', { name, exact: true }).click();
    await expect(this.region.getByText(/applied to your draft/)).toBeVisible();
  }

  /** Rows of the results table, without the header row. */
  rows(): Locator {
    return this.table.getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(text: RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  expectations(): Locator {
    return this.region.getByRole('heading', { name: /^Expectations: / });
  }

  /** The last run's engine time in ms, from the status line. */
  async engineMs(): Promise<number> {
    const text = (await this.status.textContent()) ?? '';
    const m = /Replayed in ([\d.]+) ms/.exec(text);
    if (!m) throw new Error(`No engine time in "${text}"`);
    return Number(m[1]);
  }

  async waitForEvents(count: RegExp, timeout = 60_000): Promise<void> {
    await expect(this.status).toHaveText(new RegExp(`Replayed in [\\d.]+ ms · ${count.source} events`), { timeout });
  }

  /** Opens the "Generate traffic" disclosure and returns it. */
  async openGenerator(): Promise<Locator> {
    const group = this.region.getByRole('group', { name: 'Generate traffic' });
    await group.getByText('Generate traffic', { exact: true }).first().click();
    await expect(group.getByRole('button', { name: 'Generate traffic' })).toBeVisible();
    return group;
  }
}

/** A new bot named "Simulated bot" in Trigger setup, with its simulator shown. */
export async function openNewBotSimulator(page: Page, app: AppPage): Promise<{ ts: TriggerSetupPage; sim: SimulatorPage }> {
  const ts = new TriggerSetupPage(page, app);
  await ts.openNew();
  await ts.name.fill('Simulated bot');
  const sim = new SimulatorPage(page, ts.dialog);
  await expect(sim.region).toBeVisible();
  return { ts, sim };
}
