// @vitest-environment jsdom
// What a screen reader hears from the "Trigger setup" dialog's live regions: on opening a bot, the
// dialog's name (the focus moves into it) and at most one status that matters; and from any live
// region, words only, never the names of the buttons beside them.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { apiUrl } from '../../../lib/api-client';
import { SETTLE_MS, SLOW_WAIT_MS } from '../../../lib/use-settled';
import { controlsIn, listenToLiveRegions, liveRegions, wordsOf } from '../../../test/live-regions';
import { writeDraft } from '../lib/draft-storage';
import { TriggerSetupDialog } from './trigger-setup-dialog';

afterEach(() => localStorage.clear());

const NOW = () => Date.parse('2026-03-05T12:00:00Z');

function renderDialog(botId: string | null = 'welcome') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (open: boolean) => (
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId={botId} open={open} onClose={vi.fn()} now={NOW} />
    </QueryClientProvider>
  );
  const view = render(ui(true));
  return { ...view, user: userEvent.setup(), reopen: () => (view.rerender(ui(false)), view.rerender(ui(true))) };
}

const dialog = () => screen.getByRole('dialog', { name: 'Trigger setup', hidden: true });
/** Lets a delayed announcement come, if one is due. */
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
/** Live regions in the page that hold a control, with what they hold. */
const regionsWithControls = () =>
  liveRegions(document.body)
    .filter((r) => controlsIn(r).length > 0)
    .map((r) => `${wordsOf(r)} [${controlsIn(r).join(', ')}]`);

const DRAFT = {
  form: { name: 'Draft from before', enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false },
  baseVersion: 1,
  savedAt: '2026-03-05T11:00:00Z',
};

describe('opening a bot', () => {
  it('says nothing besides the dialog itself when the bot comes at once, the first time or again', async () => {
    const heard = listenToLiveRegions(document.body);
    const { reopen } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    await pause(SLOW_WAIT_MS + 200);
    // Not "Loading the bot…", "Opening the bot…", "No changes".
    expect(heard.said()).toEqual([]);
    reopen(); // the bot is in the cache now: its editors come right after the dialog paints
    await screen.findByDisplayValue('Welcome on creation');
    await pause(SLOW_WAIT_MS + 200);
    expect(heard.said()).toEqual([]);
    heard.stop();
  });

  it('says that the bot is loading when that takes a while, once, and nothing when it has come', async () => {
    server.use(
      http.get(apiUrl('/api/bots/:id'), async () => {
        await delay(SLOW_WAIT_MS + 800); // then on to the mocked API's own answer
      }),
    );
    const heard = listenToLiveRegions(document.body);
    renderDialog();
    await pause(SLOW_WAIT_MS / 2);
    expect(heard.said()).toEqual([]);
    await waitFor(() => expect(heard.said()).toEqual(['Loading the bot…']), { timeout: SLOW_WAIT_MS });
    await screen.findByDisplayValue('Welcome on creation');
    await pause(SLOW_WAIT_MS + 200);
    expect(heard.said()).toEqual([]);
    heard.stop();
  });

  it('says that a draft was restored, in words only, once the dialog has been named', async () => {
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify(DRAFT));
    const heard = listenToLiveRegions(document.body);
    renderDialog();
    await screen.findByDisplayValue('Draft from before');
    expect(heard.said()).toEqual([]);
    await pause(SETTLE_MS + 200);
    // Not with "Discard draft" and "Keep it", nor "Unsaved changes" beside it.
    expect(heard.said()).toEqual(['Your unsaved changes to this bot were restored (from Thu 5 Mar 2026, 06:00 EST).']);
    expect(regionsWithControls()).toEqual([]);
    // The notice still shows it, with its buttons.
    expect(within(dialog()).getByText(/were restored/, { selector: 'p:not([role])' })).toBeVisible();
    expect(within(dialog()).getByRole('button', { name: 'Discard draft', hidden: true })).toBeVisible();
    heard.stop();
  });

  it('says of a new bot\'s draft that the new bot was restored, not "changes to this bot"', async () => {
    writeDraft(null, { ...DRAFT, form: { ...DRAFT.form, triggers: [{ type: 'call_received' as const }] }, baseVersion: 0 });
    const heard = listenToLiveRegions(document.body);
    renderDialog(null);
    await screen.findByDisplayValue('Draft from before');
    await pause(SETTLE_MS + 200);
    expect(heard.said()).toEqual(['Your unsaved new bot was restored (from Thu 5 Mar 2026, 06:00 EST).']);
    heard.stop();
  });

  it('says that the draft was discarded, and what the form shows now: the focus on the name says nothing of it', async () => {
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify(DRAFT));
    const { user } = renderDialog();
    await screen.findByDisplayValue('Draft from before');
    const heard = listenToLiveRegions(document.body);
    await user.click(within(dialog()).getByRole('button', { name: 'Discard draft', hidden: true }));
    await waitFor(() => expect(heard.said()).toContain('Draft discarded: the form shows “Welcome on creation” as saved (version 1).'));
    heard.stop();
  });

  it('does not say the restored draft once the notice was answered', async () => {
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify(DRAFT));
    const heard = listenToLiveRegions(document.body);
    const { user } = renderDialog();
    await screen.findByDisplayValue('Draft from before');
    await user.click(within(dialog()).getByRole('button', { name: 'Keep it', hidden: true }));
    await pause(SETTLE_MS + 200);
    expect(heard.said()).toEqual([]);
    heard.stop();
  });
});

describe('while editing', () => {
  it('says a removed condition, words only; adding one says nothing (its editor takes the focus)', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const heard = listenToLiveRegions(document.body);
    await user.click(within(dialog()).getByRole('button', { name: 'Add condition', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Tags', hidden: true }));
    // Not "Unsaved changes": the footer shows it.
    expect(heard.said()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'or', hidden: true }));
    expect(heard.said()).toEqual(['Tags are now combined with and: The lead must have all of the selected tags.']);
    expect(regionsWithControls()).toEqual([]);
    await user.keyboard('{Escape}');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove condition', hidden: true }));
    expect(heard.said()).toEqual(['Removed condition 1: Tags: none selected.']);
    expect(regionsWithControls()).toEqual([]);
    expect(within(dialog()).getByText('No changes')).toBeVisible();
    heard.stop();
  });

  it('in the trigger picker, says how many triggers match, words only', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const heard = listenToLiveRegions(document.body);
    await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
    await user.type(await screen.findByRole('combobox', { name: 'Search triggers', hidden: true }), 'call');
    await pause(SETTLE_MS + 200);
    expect(regionsWithControls()).toEqual([]);
    await user.keyboard('{Enter}');
    expect(heard.said()).toEqual(['1 trigger matches.', 'Added trigger 2: When a call is received.']);
    heard.stop();
  });

  it('from the footer, says what must be heard (a draft not kept, a Close that waits for the save), not "Unsaved changes"', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    const heard = listenToLiveRegions(document.body);
    await user.type(name, '!');
    expect(heard.said()).toEqual([]);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await user.type(name, '?');
    } finally {
      full.mockRestore();
    }
    expect(heard.said()).toEqual(['Unsaved changes, not kept if you leave: this browser’s storage is full or blocked']);
    await user.type(name, '.');
    expect(heard.said()).toEqual([]);
    // Close while the save runs: it waits, and says so.
    let release = () => {};
    server.use(http.put(apiUrl('/api/bots/:id'), () => new Promise<undefined>((resolve) => (release = () => resolve(undefined))), { once: true }));
    await user.click(within(dialog()).getByRole('button', { name: 'Save', hidden: true }));
    await user.click(within(dialog()).getByRole('button', { name: 'Close', hidden: true }));
    expect(heard.said()).toEqual(['Saving the bot…', 'Saving… wait for it to finish before closing.']);
    release();
    heard.stop();
  });
});

describe('notices hold their words in the alert, and their buttons beside it', () => {
  it('after a failed save, a conflict, and a deleted bot', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, ' (mine)');
    const save = within(dialog()).getByRole('button', { name: 'Save', hidden: true });
    const alert = within(dialog()).getByRole('alert', { hidden: true });

    db.updateSettings({ failNextSave: '500' });
    await user.click(save);
    await waitFor(() => expect(alert).toHaveTextContent('The bot was not saved.'));
    expect(alert).toHaveTextContent('Your changes are still here: retry when you are ready.');
    expect(regionsWithControls()).toEqual([]);
    expect(within(dialog()).getByRole('button', { name: 'Retry', hidden: true })).toBeVisible();

    db.updateSettings({ failNextSave: '409' });
    await user.click(save);
    await waitFor(() => expect(alert).toHaveTextContent('Someone else saved this bot while you were editing'));
    expect(regionsWithControls()).toEqual([]);
    expect(within(dialog()).getByRole('button', { name: 'Reload theirs', hidden: true })).toBeVisible();
    expect(within(dialog()).getByRole('button', { name: 'Overwrite', hidden: true })).toBeVisible();
    // Said once: the visible copy of the alert's words is hidden from assistive technology.
    const said = within(dialog()).getAllByText(/Someone else saved this bot while you were editing/);
    expect(said.filter((el) => el.closest('[aria-hidden="true"]') === null)).toHaveLength(1);

    db.remove('welcome');
    await user.click(save);
    await waitFor(() => expect(alert).toHaveTextContent('Someone deleted this bot while you were editing.'));
    expect(regionsWithControls()).toEqual([]);
    expect(within(dialog()).getByRole('button', { name: 'Create as a new bot', hidden: true })).toBeVisible();
  });

  it('when the bot could not be loaded', async () => {
    server.use(http.get(apiUrl('/api/bots/:id'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    renderDialog();
    await within(dialog()).findByRole('button', { name: 'Try again', hidden: true });
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent('Could not load the bot: The store is down.');
    expect(regionsWithControls()).toEqual([]);
  });
});
