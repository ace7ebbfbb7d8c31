// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { ApiError, REQUEST_TIMEOUT_MS, apiUrl } from '../../../lib/api-client';
import type { ComponentProps } from 'react';
import type { Bot } from '../../../domain';
import { BotList, type DraftNote, type ListDrafts } from './bot-list';
import { toggleFailure } from './enabled-toggle';

const summarize = (bot: Bot) => ({ lines: bot.triggers.map((t) => t.type), more: 0 });

function renderList(props: Partial<ComponentProps<typeof BotList>> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: 0 } } });
  const onEnabledChanged = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <BotList onOpen={vi.fn()} summarize={summarize} onEnabledChanged={onEnabledChanged} {...props} />
    </QueryClientProvider>,
  );
  return { onEnabledChanged, user: userEvent.setup() };
}

const switchOf = (name: string) => screen.findByRole('switch', { name: `Bot on: ${name}` });
const rowOf = (name: string) => screen.getByRole('button', { name }).closest('li')!;

/** Holds every PUT until `answer()` is called; counts them. */
function holdPuts() {
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const sent = { count: 0 };
  server.use(
    http.put(apiUrl('/api/bots/:id'), async () => {
      sent.count++;
      await answered;
      return undefined; // on to the mocked API's own handler
    }),
  );
  return { answer, sent };
}

describe('switching a bot on or off from the list', () => {
  it('names each switch after its bot, with none of the names the dialog keeps for itself (SPEC §10)', async () => {
    renderList();
    await switchOf('Welcome on creation');
    const switches = screen.getAllByRole('switch');
    expect(switches).toHaveLength(db.bots().length);
    for (const [i, bot] of db.bots().entries()) {
      const name = switches[i]!.getAttribute('aria-label')!;
      expect(name).toBe(`Bot on: ${bot.name}`);
      expect(switches[i]).toHaveAttribute('aria-checked', String(bot.enabled));
      for (const kept of ['Save', 'When this happens', 'Add condition', 'Run simulation', 'Trigger setup']) expect(name).not.toContain(kept);
    }
  });

  it('saves the bot switched off with its version, shows it busy meanwhile, sends one request for two presses, and says so', async () => {
    const before = db.bot('follow-up')!;
    const { answer, sent } = holdPuts();
    const { user, onEnabledChanged } = renderList();
    const toggle = await switchOf('Qualified follow-up');
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await user.click(toggle);
    // What is being saved shows at once; the switch is busy and refuses a second press.
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(toggle).toHaveAttribute('aria-busy', 'true');
    expect(toggle).toHaveAttribute('aria-disabled', 'true');
    expect(within(rowOf('Qualified follow-up')).getByText('Saving…')).toBeVisible();
    await user.click(toggle);
    await user.keyboard(' ');
    answer();
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-busy'));
    expect(sent.count).toBe(1);
    expect(db.bot('follow-up')).toMatchObject({ enabled: false, version: 2 });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(within(rowOf('Qualified follow-up')).getByText('Disabled')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toHaveAccessibleDescription(/^Disabled/);
    expect(onEnabledChanged).toHaveBeenCalledTimes(1);
    expect(onEnabledChanged).toHaveBeenCalledWith(expect.objectContaining({ id: 'follow-up', enabled: false, version: 2 }));
    expect(toggle).toHaveFocus();
    // Only `enabled` changed: the rest of the bot is as it was.
    expect(db.bot('follow-up')).toEqual({ ...before, enabled: false, version: 2 });
  });

  it('toggles from the keyboard, Space and Enter, the focus staying on the switch', async () => {
    const { user } = renderList();
    const toggle = await switchOf('Won discount 10%');
    toggle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(db.bot('discount')).toMatchObject({ enabled: false, version: 2 }));
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-busy'));
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(db.bot('discount')).toMatchObject({ enabled: true, version: 3 }));
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-busy'));
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(toggle).toHaveFocus();
  });

  it('goes back to the stored state when the server fails, says so in the row, and Retry saves it', async () => {
    db.updateSettings({ failNextSave: '500' });
    const { user, onEnabledChanged } = renderList();
    const toggle = await switchOf('Qualified follow-up');
    await user.click(toggle);
    const alert = await within(rowOf('Qualified follow-up')).findByRole('alert');
    expect(alert).toHaveTextContent('“Qualified follow-up” was not switched off: the server had a problem and nothing was saved. Try again in a moment.');
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(toggle).not.toHaveAttribute('aria-busy');
    expect(toggle).toHaveAccessibleDescription(/was not switched off/);
    expect(toggle).toHaveFocus();
    expect(db.bot('follow-up')).toMatchObject({ enabled: true, version: 1 });
    expect(onEnabledChanged).not.toHaveBeenCalled();

    expect(within(alert).queryByRole('button')).toBeNull(); // the alert holds the words only
    await user.click(within(rowOf('Qualified follow-up')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(db.bot('follow-up')).toMatchObject({ enabled: false, version: 2 }));
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-busy'));
    expect(within(rowOf('Qualified follow-up')).queryByRole('alert')).toBeNull();
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    // The Retry button went with its alert: the focus is back on the switch, not on the page.
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(onEnabledChanged).toHaveBeenCalledTimes(1);
  });

  it('says when the server cannot be reached, and offers Retry', async () => {
    db.updateSettings({ failNextSave: 'network' });
    const { user } = renderList();
    await user.click(await switchOf('Welcome on creation'));
    const alert = await within(rowOf('Welcome on creation')).findByRole('alert');
    expect(alert).toHaveTextContent('“Welcome on creation” was not switched off: the server could not be reached. Check the connection and try again.');
    expect(within(rowOf('Welcome on creation')).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await switchOf('Welcome on creation')).toHaveAttribute('aria-checked', 'true');
  });

  it('names a bot with its id in the failure, as in its switch, where another bot shares its name; the saved name stays as it was', async () => {
    db.create({ ...db.bot('welcome')!, id: 'welcome-2', version: 1 });
    db.updateSettings({ failNextSave: '500' });
    const { user } = renderList();
    await user.click(await switchOf('Welcome on creation (welcome-2)'));
    const row = (await switchOf('Welcome on creation (welcome-2)')).closest('li')!;
    expect(await within(row).findByRole('alert')).toHaveTextContent(/^“Welcome on creation \(welcome-2\)” was not switched off: /);
    await user.click(within(row).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(db.bot('welcome-2')).toMatchObject({ name: 'Welcome on creation', enabled: false }));
  });

  it('on a conflict, overwrites nothing: fetches the bot again and says it was changed elsewhere and where its switch is now', async () => {
    const { user, onEnabledChanged } = renderList();
    const toggle = await switchOf('Qualified follow-up');
    // Another admin renames it and switches it off meanwhile (the list still shows version 1, on).
    db.replace({ ...db.bot('follow-up')!, name: 'Qualified follow-up', enabled: false, keepUnanswered: true, version: 2 });
    await user.click(toggle);
    const alert = await within(rowOf('Qualified follow-up')).findByRole('alert');
    expect(alert).toHaveTextContent('“Qualified follow-up” was not switched off: someone changed it elsewhere just now (it is now version 2), and it is already off.');
    expect(within(alert).queryByRole('button')).toBeNull();
    // Their change stands, and the list shows it.
    expect(db.bot('follow-up')).toMatchObject({ enabled: false, keepUnanswered: true, version: 2 });
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    expect(onEnabledChanged).not.toHaveBeenCalled();
  });

  it('a switch whose answer never came but which the server stored shows what is stored once the request gives up', async () => {
    // The server stores the change, then never answers: the request gives up after its 30 s.
    server.use(
      http.put(apiUrl('/api/bots/:id'), async ({ request }) => {
        const body = (await request.json()) as Bot;
        db.replace({ ...body, version: body.version + 1 });
        return new Promise<never>(() => {});
      }),
    );
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      renderList();
      const toggle = await switchOf('Qualified follow-up');
      toggle.click();
      await waitFor(() => expect(db.bot('follow-up')?.enabled).toBe(false));
      await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
      expect(await within(rowOf('Qualified follow-up')).findByRole('alert')).toHaveTextContent(/did not answer within 30 seconds/);
      // Fetched again: the switch shows the stored state (off), not the one it had before.
      await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('on a conflict that left the bot as it was, says it is still on and to switch it again', async () => {
    db.updateSettings({ failNextSave: '409' }); // plays another admin saving first (version 2, still on)
    let lists = 0;
    server.use(
      http.get(apiUrl('/api/bots'), () => {
        lists++;
        return undefined;
      }),
    );
    const { user } = renderList();
    const toggle = await switchOf('Qualified follow-up');
    await user.click(toggle);
    const alert = await within(rowOf('Qualified follow-up')).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“Qualified follow-up” was not switched off: someone changed it elsewhere just now (it is now version 2), and it is still on. Switch it again if you still want it off.',
    );
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    // The list is fetched again; switching again then sends the version now stored, and the alert goes.
    await waitFor(() => expect(lists).toBe(2));
    await user.click(toggle);
    await waitFor(() => expect(db.bot('follow-up')).toMatchObject({ enabled: false, version: 3 }));
    expect(within(rowOf('Qualified follow-up')).queryByRole('alert')).toBeNull();
  });

  it('says what the server refuses (422) and offers no Retry that would fail the same way', async () => {
    db.updateSettings({ plan: 'advanced' }); // "VIP welcome" starts on a tag: Enterprise only (V5)
    const { user } = renderList();
    const toggle = await switchOf('VIP welcome');
    await user.click(toggle);
    const alert = await within(rowOf('VIP welcome')).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“VIP welcome” was not switched off: the server refuses to save it as it is. Tag triggers are only available on the Enterprise plan. Open it to fix this first.',
    );
    expect(within(rowOf('VIP welcome')).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(db.bot('vip')).toMatchObject({ enabled: true, version: 1 });
  });

  it('says that the browser storage is full (507) in the server’s words, with Retry', async () => {
    db.persistTo(localStorage);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const { user } = renderList();
      const toggle = await switchOf('Qualified follow-up');
      await user.click(toggle);
      const alert = await within(rowOf('Qualified follow-up')).findByRole('alert');
      expect(alert).toHaveTextContent(/^“Qualified follow-up” was not switched off: this browser’s storage for this site is full, .* could not store the bot; nothing was changed\./);
      expect(within(rowOf('Qualified follow-up')).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      expect(toggle).toHaveAttribute('aria-checked', 'true');
    } finally {
      vi.restoreAllMocks();
      db.persistTo(null);
      localStorage.clear();
    }
  });

  it('when the bot was deleted elsewhere, says so above the list, drops it and moves the focus to the next bot', async () => {
    const { user } = renderList();
    const toggle = await switchOf('Qualified follow-up');
    db.remove('follow-up');
    // The list is fetched again, but slowly (3 s latency): the bot leaves it at once all the same.
    server.use(http.get(apiUrl('/api/bots'), () => new Promise<never>(() => {})));
    await user.click(toggle);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“Qualified follow-up” was not switched off: it no longer exists; someone may have deleted it.');
    expect(alert.closest('li')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Qualified follow-up' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Won discount 10%' })).toHaveFocus());
  });

  it('leaves a bot’s draft alone: still marked, never discarded', async () => {
    const table: Record<string, DraftNote> = { 'follow-up': { name: 'Follow-up v2' } };
    const discard = vi.fn();
    const drafts: ListDrafts = { of: (id) => table[id ?? 'new'] ?? null, orphans: () => [], adopt: () => false, discard };
    const { user } = renderList({ drafts });
    const toggle = await switchOf('Qualified follow-up');
    await user.click(toggle);
    await waitFor(() => expect(db.bot('follow-up')).toMatchObject({ enabled: false }));
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-busy'));
    expect(within(rowOf('Qualified follow-up')).getByText('Unsaved changes')).toBeVisible();
    expect(discard).not.toHaveBeenCalled();
  });
});

describe('toggleFailure', () => {
  it('lists at most three of the server’s problems', () => {
    const errors = ['A.', 'B.', 'C.', 'D.', 'E.'].map((message, i) => ({ path: `triggers.${i}`, message }));
    const failure = toggleFailure(new ApiError('Not saved.', 422, null, errors), { name: 'X' }, true);
    expect(failure).toEqual({ wanted: true, message: '“X” was not switched on: the server refuses to save it as it is. A. B. C. (and 2 more) Open it to fix this first.', retry: false, gone: false });
  });
});
