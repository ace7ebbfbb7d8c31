// @vitest-environment jsdom
// Two tabs of one browser on the same saved bot share its draft (kept per bot, not per tab). This
// dialog is one tab; the other is played by writing localStorage and sending the storage event a
// browser sends to every other tab of the site.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { refetchOnStoreChanges, STORE_CHANGED_EVENT } from '../../../api';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { formFromBot, type BotForm } from '../lib/draft-storage';
import { TriggerSetupDialog } from './trigger-setup-dialog';

const KEY = 'salesbot-studio:draft:welcome';

let stopRefetch = () => {};
afterEach(() => {
  stopRefetch();
  localStorage.clear();
});

function open(botId = 'welcome') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  stopRefetch = refetchOnStoreChanges(client);
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId={botId} open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onClose };
}

const dialog = () => screen.getByRole('dialog', { name: 'Trigger setup', hidden: true });
const nameBox = () => within(dialog()).getByRole('textbox', { name: 'Bot name', hidden: true });

/** The other tab writes its draft of the bot: `change` on top of the bot as saved. */
function otherTabWrites(change: Partial<BotForm>, botId = 'welcome'): string {
  const key = `salesbot-studio:draft:${botId}`;
  const form = { ...formFromBot(db.bot(botId)!), ...change };
  const text = JSON.stringify({ form, baseVersion: db.bot(botId)!.version, savedAt: '2026-03-05T11:59:00Z' });
  const before = localStorage.getItem(key);
  localStorage.setItem(key, text);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue: before, newValue: text })));
  return text;
}

test('a form back as saved leaves a draft another tab wrote since: only this tab’s own draft goes', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  await user.type(nameBox(), '!');
  expect(localStorage.getItem(KEY)).toContain('Welcome on creation!');
  // The other tab typed last, then closed with "Close, keep the draft".
  const theirs = otherTabWrites({ name: 'Renamed in the other tab' });
  await user.type(nameBox(), '{Backspace}'); // this form is as saved again
  expect(localStorage.getItem(KEY)).toBe(theirs);
  // With no other tab in between, its own draft goes as before.
  await user.type(nameBox(), '?');
  expect(localStorage.getItem(KEY)).toContain('Welcome on creation?');
  await user.type(nameBox(), '{Backspace}');
  expect(localStorage.getItem(KEY)).toBeNull();
});

const enabledSwitch = () => within(dialog()).getByRole('switch', { name: 'Bot enabled', hidden: true });
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { form: BotForm } | null;
/** The other tab's change: renamed, and a stage ticked in its trigger. */
const theirChange = (): Partial<BotForm> => ({
  name: 'Renamed in the other tab',
  triggers: [{ type: 'lead_created_in_stage', stageIds: ['s-incoming', 's-won'], delayMinutes: 0 }],
});

test('an unedited form takes in the draft another tab writes, so that its first change builds on it', async () => {
  const { user, onClose } = open();
  await screen.findByDisplayValue('Welcome on creation');
  // The other tab renames the bot, ticks a stage, and closes with "Close, keep the draft".
  const theirs = otherTabWrites(theirChange());
  expect(nameBox()).toHaveValue('Renamed in the other tab');
  expect(within(dialog()).getByText('Unsaved changes to this bot from another tab were loaded.')).toBeInTheDocument();
  expect(localStorage.getItem(KEY)).toBe(theirs); // shown as it is, not written again
  // Flipped on and off here: the draft kept is still theirs, not removed.
  await user.click(enabledSwitch());
  expect(stored()?.form).toMatchObject({ name: 'Renamed in the other tab', enabled: false });
  expect(stored()?.form.triggers[0]).toMatchObject({ stageIds: ['s-incoming', 's-won'] });
  await user.click(enabledSwitch());
  expect(stored()?.form).toMatchObject({ name: 'Renamed in the other tab', enabled: true });
  expect(stored()?.form.triggers[0]).toMatchObject({ stageIds: ['s-incoming', 's-won'] });
  // Unsaved changes are on screen: Close asks first.
  await user.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
  expect(within(dialog()).getByText(/^You have unsaved changes/)).toBeInTheDocument();
  expect(onClose).not.toHaveBeenCalled();
});

test('the status line says that another tab’s draft was loaded', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  otherTabWrites({ name: 'Renamed' });
  otherTabWrites({ name: 'Renamed in' });
  otherTabWrites({ name: 'Renamed in the other tab' });
  expect(nameBox()).toHaveValue('Renamed in the other tab');
  const said = await within(dialog()).findByText('Unsaved changes to this bot from another tab were loaded.', { selector: '[role="status"]' }, { timeout: 3000 });
  expect(said).toBeInTheDocument();
});

test('loading another tab’s draft keeps the focus where it was in the editors, not on the page body', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  enabledSwitch().focus();
  const before = enabledSwitch();
  otherTabWrites(theirChange());
  await act(async () => {});
  expect(enabledSwitch()).not.toBe(before); // the editors started again
  expect(enabledSwitch()).toHaveFocus();
});

test('when the other tab saves or discards the draft this form only showed, the form shows the bot as saved and writes nothing back', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  otherTabWrites(theirChange());
  expect(nameBox()).toHaveValue('Renamed in the other tab');
  const before = localStorage.getItem(KEY);
  localStorage.removeItem(KEY);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: before, newValue: null })));
  expect(nameBox()).toHaveValue('Welcome on creation');
  expect(localStorage.getItem(KEY)).toBeNull();
  expect(within(dialog()).queryByText('Unsaved changes to this bot from another tab were loaded.')).toBeNull();
  expect(within(dialog()).getByText('The unsaved changes from another tab were saved or discarded there: the form shows the bot as saved.')).toBeInTheDocument();
});

test('with changes made here, another tab’s draft is not loaded: the kept draft is whichever was typed last, and the footer says so', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  await user.type(nameBox(), ' (mine)');
  otherTabWrites(theirChange());
  expect(nameBox()).toHaveValue('Welcome on creation (mine)');
  expect(within(dialog()).getByText(/also being edited in another tab: a reload keeps whichever was typed last/)).toBeInTheDocument();
  await user.type(nameBox(), '!');
  expect(stored()?.form.name).toBe('Welcome on creation (mine)!');
});

test('a page that heard no storage event (frozen in the background) looks again when it gets the focus back', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  const form = { ...formFromBot(db.bot('welcome')!), ...theirChange() };
  localStorage.setItem(KEY, JSON.stringify({ form, baseVersion: 1, savedAt: '2026-03-05T11:59:00Z' }));
  expect(nameBox()).toHaveValue('Welcome on creation');
  act(() => void window.dispatchEvent(new FocusEvent('focus')));
  expect(nameBox()).toHaveValue('Renamed in the other tab');
});

test('another tab’s draft waits while a popup is open here, and comes once it closes', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
  const search = await screen.findByRole('combobox', { name: 'Search triggers', hidden: true });
  await user.type(search, 'stag');
  otherTabWrites(theirChange());
  expect(search).toHaveFocus();
  expect(search).toHaveValue('stag');
  expect(nameBox()).toHaveValue('Welcome on creation');
  await user.keyboard('{Escape}');
  await vi.waitFor(() => expect(nameBox()).toHaveValue('Renamed in the other tab'));
  await vi.waitFor(() => expect(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true })).toHaveFocus());
});

test('a draft restored on opening is not written again, and goes when this form is put back as saved: it was shown here', async () => {
  const form = { ...formFromBot(db.bot('welcome')!), enabled: false };
  const kept = JSON.stringify({ form, baseVersion: 1, savedAt: '2026-03-05T11:00:00Z' });
  localStorage.setItem(KEY, kept);
  const { user } = open();
  await within(dialog()).findByText(/^Your unsaved changes to this bot were restored/);
  await screen.findByDisplayValue('Welcome on creation');
  expect(localStorage.getItem(KEY)).toBe(kept);
  await user.click(enabledSwitch()); // back on, as saved
  expect(localStorage.getItem(KEY)).toBeNull();
  // Off again, by hand: the draft this tab removed is its own change now, written, not followed away.
  await user.click(enabledSwitch());
  expect(stored()?.form.enabled).toBe(false);
  expect(enabledSwitch()).not.toBeChecked();
});

test('another tab’s draft waits while text typed here is not in the form yet (a time zone search), and comes once the focus leaves the text boxes', async () => {
  const { user } = open('hours');
  await screen.findByDisplayValue('Business hours notice');
  const find = within(dialog()).getByRole('searchbox', { name: 'Find a time zone', hidden: true });
  await user.type(find, 'Berl');
  otherTabWrites({ name: 'Renamed in the other tab' }, 'hours');
  expect(find).toHaveFocus();
  expect(find).toHaveValue('Berl');
  expect(nameBox()).toHaveValue('Business hours notice');
  await user.click(nameBox()); // still among the text boxes: "Berl" may yet be wanted
  expect(find).toHaveValue('Berl');
  expect(nameBox()).toHaveValue('Business hours notice');
  await user.click(within(dialog()).getByRole('heading', { name: 'Trigger setup', hidden: true })); // done with them
  await vi.waitFor(() => expect(nameBox()).toHaveValue('Renamed in the other tab'));
});

test('a control merely focused (no text typed in it) does not hold another tab’s draft back', async () => {
  const { user } = open('hours');
  await screen.findByDisplayValue('Business hours notice');
  await user.click(within(dialog()).getByRole('searchbox', { name: 'Find a time zone', hidden: true }));
  otherTabWrites({ name: 'Renamed in the other tab' }, 'hours');
  expect(nameBox()).toHaveValue('Renamed in the other tab');
  await vi.waitFor(() => expect(within(dialog()).getByRole('searchbox', { name: 'Find a time zone', hidden: true })).toHaveFocus());
});

test('another tab’s draft waits for a custom interval chosen but not typed yet, and comes when the focus leaves for nothing', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  const delay = within(dialog()).getByRole('combobox', { name: 'Delay', hidden: true });
  await user.selectOptions(delay, 'Custom interval (HH:MM)');
  otherTabWrites(theirChange());
  await user.tab(); // on to the interval's box, still empty of what will be typed
  const custom = within(dialog()).getByRole('textbox', { name: 'Delay: custom interval (HH:MM)', hidden: true });
  expect(custom).toHaveFocus();
  expect(delay).toHaveValue('custom');
  expect(nameBox()).toHaveValue('Welcome on creation');
  act(() => custom.blur()); // a click on the page's background
  await vi.waitFor(() => expect(nameBox()).toHaveValue('Renamed in the other tab'));
});

/** The other tab's draft of the bot as stored text: `change` on top of the bot as saved. */
const draftText = (change: Partial<BotForm>) =>
  JSON.stringify({ form: { ...formFromBot(db.bot('welcome')!), ...change }, baseVersion: db.bot('welcome')!.version, savedAt: '2026-03-05T11:59:00Z' });

test('a draft the other tab writes again before this tab has shown its first one is followed, not written over', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  const first = draftText({ name: 'Renamed' });
  const latest = draftText({ name: 'Renamed in the other tab' });
  act(() => {
    localStorage.setItem(KEY, first);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: null, newValue: first }));
    // Before this tab renders the first draft (and its effects run), the other tab types on.
    localStorage.setItem(KEY, latest);
  });
  expect(localStorage.getItem(KEY)).toBe(latest);
  await vi.waitFor(() => expect(nameBox()).toHaveValue('Renamed in the other tab'));
  expect(localStorage.getItem(KEY)).toBe(latest);
});

test('a draft the other tab saves or discards before this tab has shown it is not brought back', async () => {
  open();
  await screen.findByDisplayValue('Welcome on creation');
  const theirs = draftText({ name: 'Renamed in the other tab' });
  act(() => {
    localStorage.setItem(KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: null, newValue: theirs }));
    localStorage.removeItem(KEY); // saved or discarded there, before this tab's effects ran
  });
  expect(localStorage.getItem(KEY)).toBeNull();
  await vi.waitFor(() => expect(nameBox()).toHaveValue('Welcome on creation'));
  expect(localStorage.getItem(KEY)).toBeNull();
});

test('a draft loaded from another tab, made on a version saved since, sits on that version once it arrives here', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  // The other tab saved version 2 (turned off), then renamed it and kept the draft.
  const bot = db.bot('welcome')!;
  db.replace({ ...bot, enabled: false, version: bot.version + 1 });
  const form = { ...formFromBot(db.bot('welcome')!), name: 'Renamed in the other tab' };
  const text = JSON.stringify({ form, baseVersion: 2, base: formFromBot(db.bot('welcome')!), savedAt: '2026-03-05T11:59:00Z' });
  localStorage.setItem(KEY, text);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: null, newValue: text })));
  expect(nameBox()).toHaveValue('Renamed in the other tab');
  act(() => void window.dispatchEvent(new Event(STORE_CHANGED_EVENT))); // this tab fetches version 2
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  expect(nameBox()).toHaveValue('Renamed in the other tab'); // the draft stays on screen
  expect(localStorage.getItem(KEY)).toBe(text);
  await user.click(within(dialog()).getByRole('button', { name: 'Discard draft', hidden: true }));
  expect(nameBox()).toHaveValue('Welcome on creation');
  expect(enabledSwitch()).not.toBeChecked(); // version 2, not version 1
  expect(within(dialog()).getByText('Draft discarded: the form shows “Welcome on creation” as saved (version 2).')).toBeInTheDocument();
});
