// Page object of the Trigger setup dialog: locators by role and label only.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Bot } from '../../src/domain';
import type { AppPage } from './app-page';

export class TriggerSetupPage {
  readonly dialog: Locator;
  readonly whenThisHappens: Locator;
  readonly picker: Locator;
  readonly search: Locator;
  readonly save: Locator;
  /** "Saving…" beside Save while a save runs (Save keeps its name, SPEC §10). */
  readonly saving: Locator;
  readonly name: Locator;
  /** The save notification (role="alert" at the foot of the dialog; for a refused Save, what it said at the press, without the "Go to …" buttons). */
  readonly notice: Locator;

  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {
    this.dialog = page.getByRole('dialog', { name: 'Trigger setup' });
    this.whenThisHappens = this.dialog.getByRole('button', { name: 'When this happens', exact: true });
    this.picker = page.getByRole('dialog', { name: 'Choose a trigger' });
    this.search = this.picker.getByRole('combobox', { name: 'Search triggers' });
    this.save = this.dialog.getByRole('button', { name: 'Save', exact: true });
    this.saving = this.dialog.locator('.ts-footer').getByText('Saving…', { exact: true });
    this.name = this.dialog.getByLabel('Bot name');
    this.notice = this.dialog.getByRole('alert').filter({ hasText: /\S/ });
  }

  async openNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'New bot' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.name).toBeVisible();
  }

  async open(botName: string): Promise<void> {
    await this.app.bots.getByRole('button', { name: botName, exact: true }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.name).toHaveValue(botName);
  }

  /** "When this happens" → type to filter → click the option. */
  async addTrigger(search: string, option: string | RegExp): Promise<void> {
    await this.whenThisHappens.click();
    await expect(this.picker).toBeVisible();
    await this.search.fill(search);
    await this.picker.getByRole('option', { name: option }).click();
    await expect(this.picker).toBeHidden();
  }

  /** The settings of trigger n (1-based). */
  trigger(n: number): Locator {
    return this.dialog.getByRole('group', { name: `Settings of trigger ${n}`, exact: true });
  }

  /** The summary heading of trigger n (1-based). */
  summary(n: number): Locator {
    const settings = this.page.getByRole('group', { name: `Settings of trigger ${n}`, exact: true });
    return this.dialog.getByRole('listitem').filter({ has: settings }).getByRole('heading', { level: 4 });
  }

  async removeTrigger(n: number): Promise<void> {
    await this.dialog.getByRole('button', { name: `Remove trigger ${n}`, exact: true }).click();
  }

  /** "Add condition" → a kind; the chip's editor opens (the conditions helper's UI). */
  async addCondition(kind: string): Promise<Locator> {
    await this.dialog.getByRole('button', { name: 'Add condition' }).click();
    await this.page.getByRole('dialog', { name: 'Choose a condition' }).getByRole('button', { name: kind, exact: true }).click();
    const editor = this.page.getByRole('dialog', { name: /^Edit condition: / });
    await expect(editor).toBeVisible();
    return editor;
  }

  async closePopover(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog', { name: /^Edit condition: |^Choose a/ })).toHaveCount(0);
    await expect(this.dialog).toBeVisible();
  }

  /** Save and wait for the dialog to close (a successful save closes it). */
  /** The dialog's Close (×), with no unsaved changes. */
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async saveAndClose(): Promise<void> {
    await this.save.click();
    await expect(this.dialog).toBeHidden();
  }

  /** The stored bot, read through the mocked API inside the page. */
  async stored(id: string): Promise<Bot> {
    const answer = await this.app.api('GET', `/api/bots/${id}`);
    expect(answer.status).toBe(200);
    return answer.body as Bot;
  }

  /** The stored bot with this name (after a create, when the id is the server's). */
  async storedByName(name: string): Promise<Bot> {
    const answer = await this.app.api('GET', '/api/bots');
    const bot = (answer.body as Bot[]).find((b) => b.name === name);
    expect(bot, `a stored bot named ${name}`).toBeDefined();
    return bot!;
  }
}
