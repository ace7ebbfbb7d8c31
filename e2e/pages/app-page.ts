// The base page object: the app shell, the "Salesbots" list, the Demo settings popover and the
// mocked API as the page sees it. Locators go by role and label only.
import { expect, type Locator, type Page } from '@playwright/test';

export type ApiAnswer = { status: number; body: unknown };

/** The demo switches as PUT /api/demo/settings takes them (mirrors src/api/demo-schema.ts). */
export type DemoSwitches = Partial<{
  latency: 'none' | 'realistic' | 'slow';
  failNextSave: 'none' | '500' | 'network' | '409';
  plan: 'base' | 'advanced' | 'enterprise';
}>;

export class AppPage {
  readonly title: Locator;
  readonly bots: Locator;
  readonly demoSettingsButton: Locator;
  readonly demoSettings: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1, name: 'Salesbot Trigger Studio' });
    this.bots = page.getByRole('region', { name: 'Salesbots' });
    this.demoSettingsButton = page.getByRole('button', { name: 'Demo settings' });
    this.demoSettings = page.getByRole('dialog', { name: 'Demo settings' });
  }

  /** Opens the app and waits until it runs on the mocked API (the page renders after msw starts). */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.title).toBeVisible();
  }

  /**
   * Loads the page again on the list, as an admin coming back to the studio: the address without the
   * open editor's hash (`#/bots/<id>`), which a plain reload would open again (see `reloadAsIs`).
   */
  async reload(): Promise<void> {
    const url = new URL(this.page.url());
    url.hash = '';
    await this.page.goto(url.href);
    await expect(this.title).toBeVisible();
  }

  /** The browser's reload, of the address as it is (an open editor opens again). */
  async reloadAsIs(): Promise<void> {
    await this.page.reload();
    await expect(this.title).toBeVisible();
  }

  /** A bot's entry in the "Salesbots" list, by its name. */
  bot(name: string): Locator {
    return this.bots.getByRole('listitem').filter({ hasText: name });
  }

  /** Calls the mocked API from inside the page (msw answers there, not to Node). */
  async api(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    return this.page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
      },
      { method, path, body },
    );
  }

  /** Sets demo switches through the API (the page must be open). */
  async setDemoSwitches(switches: DemoSwitches): Promise<void> {
    const answer = await this.api('PUT', '/api/demo/settings', switches);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  }

  /** Restores the seed bots and switches through the API, then reloads so the page shows them. */
  async resetDemoDataViaApi(): Promise<void> {
    const answer = await this.api('POST', '/api/demo/reset');
    expect(answer.status).toBe(200);
    await this.reload();
  }

  async openDemoSettings(): Promise<Locator> {
    await this.demoSettingsButton.click();
    await expect(this.demoSettings).toBeVisible();
    await expect(this.demoSettings.getByLabel('Latency')).toBeVisible();
    return this.demoSettings;
  }

  /** Chooses an option (by its visible label) of a Demo settings control (by its label). */
  async chooseDemoSetting(control: 'Latency' | 'Next save' | 'Plan', option: string): Promise<void> {
    if (!(await this.demoSettings.isVisible())) await this.openDemoSettings();
    await this.demoSettings.getByLabel(control).selectOption({ label: option });
  }

  /** "Reset demo data" in the Demo settings popover, confirmed. */
  async resetDemoDataFromPopover(): Promise<void> {
    if (!(await this.demoSettings.isVisible())) await this.openDemoSettings();
    await this.demoSettings.getByRole('button', { name: 'Reset demo data' }).click();
    await this.demoSettings.getByRole('button', { name: 'Yes, reset demo data' }).click();
    await expect(this.demoSettings.getByRole('status')).toHaveText('The demo data was reset.');
  }
}
