// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { holdNext } from '../../../../mocks/test/api';
import { apiUrl } from '../../../lib/api-client';
import type { ComponentProps } from 'react';
import type { Bot } from '../../../domain';
import { installFakeLocks, removeFakeLocks } from '../../../test/fake-locks';
import { BotList, type DraftNote, type ListDrafts } from './bot-list';

// The words come from the trigger-setup feature in the app; here a stand-in names each trigger's type.
const summarize = (bot: Bot) => ({ lines: bot.triggers.slice(0, 20).map((t) => t.type), more: Math.max(0, bot.triggers.length - 20) });

function renderList(props: Partial<ComponentProps<typeof BotList>> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onOpen = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <BotList onOpen={onOpen} summarize={summarize} {...props} />
    </QueryClientProvider>,
  );
  return { onOpen, user: userEvent.setup(), client };
}

// Drafts as the app finds them in localStorage: here a table by bot id ('new' for a new bot); a draft
// whose bot is not in the list is an orphan.
function draftsOf(table: Record<string, DraftNote>): ListDrafts & { table: Record<string, DraftNote> } {
  return {
    table,
    of: (botId) => table[botId ?? 'new'] ?? null,
    orphans: (known) =>
      Object.entries(table)
        .filter(([id]) => id !== 'new' && !id.startsWith('tab:') && !known.includes(id))
        .map(([botId, note]) => ({ botId, ...note })),
    // Other tabs' new bots: 'tab:<slot>'.
    others: () =>
      Object.entries(table)
        .filter(([id]) => id.startsWith('tab:'))
        .map(([id, note]) => ({ slot: id.slice(4), ...note })),
    continueOther(slot) {
      if (table.new || !table[`tab:${slot}`]) return false;
      table.new = table[`tab:${slot}`]!;
      delete table[`tab:${slot}`];
      return true;
    },
    discardOther(slot) {
      delete table[`tab:${slot}`];
    },
    adopt(botId) {
      if (table.new || !table[botId]) return false;
      table.new = table[botId]!;
      delete table[botId];
      return true;
    },
    discard(botId) {
      delete table[botId];
    },
  };
}

const manyTriggers: Bot = {
  id: 'many',
  name: 'Many triggers',
  version: 1,
  enabled: false,
  triggers: Array.from({ length: 23 }, () => ({ type: 'call_received' as const })),
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
};

describe('BotList', () => {
  it('shows each bot with its state and its trigger summaries, and opens it', async () => {
    const { onOpen, user } = renderList();
    expect(screen.getByRole('status')).toHaveTextContent('Loading bots…');
    const open = await screen.findByRole('button', { name: 'Qualified follow-up' });
    const item = open.closest('li')!;
    expect(within(item).getByText('Enabled')).toBeInTheDocument();
    expect(within(item).getByRole('list', { name: 'Triggers of Qualified follow-up' })).toHaveTextContent('lead_moved_to_stage');
    await user.click(open);
    expect(onOpen).toHaveBeenCalledWith('follow-up');
    await user.click(screen.getByRole('button', { name: 'New bot' }));
    expect(onOpen).toHaveBeenLastCalledWith(null);
  });

  it('says "Disabled" with the name of a disabled bot, before what it does', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json([manyTriggers]))); // a disabled bot
    renderList();
    const open = await screen.findByRole('button', { name: 'Many triggers' });
    expect(open).toHaveAccessibleDescription(/^Disabled call_received call_received/);
  });

  it('folds more than twenty triggers into +N', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json([manyTriggers])));
    renderList();
    const list = await screen.findByRole('list', { name: 'Triggers of Many triggers' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(21);
    expect(items.at(-1)).toHaveTextContent(/^\+3/);
    // Read as what it means, not as "+3".
    expect(screen.getByRole('button', { name: 'Many triggers' })).toHaveAccessibleDescription(/call_received and 3 more triggers$/);
    expect(screen.getByText('Disabled')).toBeInTheDocument();
  });

  it('says what went wrong when the bots cannot be loaded, and retries', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    const { user } = renderList();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the bots: The store is down.');
    expect(within(alert).queryByRole('button')).toBeNull(); // its words only: "Try again" comes after
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    // "Try again" went with the failure: the focus goes to the first bot, not to the page body.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Welcome on creation' })).toHaveFocus());
  });

  it('when the account cannot be loaded, says so, and its Try again takes the focus on to the first bot', async () => {
    server.use(http.get(apiUrl('/api/account'), () => HttpResponse.json({ message: 'The account store is down.' }, { status: 500 }), { once: true }));
    const { user } = renderList();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the account: The account store is down.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Welcome on creation' })).toHaveFocus());
  });

  it('when only the account cannot be loaded, still lists the bots (to open, switch off or delete), saying what they do waits for the account', async () => {
    server.use(http.get(apiUrl('/api/account'), () => HttpResponse.json({ message: 'The account store is down.' }, { status: 500 }), { once: true }));
    const summarizeSpy = vi.fn(summarize);
    const { user, onOpen } = renderList({ summarize: summarizeSpy });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the account: The account store is down.');
    const name = await screen.findByRole('button', { name: 'Welcome on creation' });
    expect(name).toHaveAccessibleDescription('What this bot does shows once the account loads.');
    // No summary was asked for without the account.
    expect(summarizeSpy).not.toHaveBeenCalled();
    expect(screen.queryByText('lead_created_in_stage')).toBeNull();
    const toggle = screen.getByRole('switch', { name: 'Bot on: Welcome on creation' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    await user.click(toggle);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Bot on: Welcome on creation' })).toHaveAttribute('aria-checked', 'false'));
    await waitFor(() => expect(db.bots().find((b) => b.name === 'Welcome on creation')?.enabled).toBe(false));
    await user.click(name);
    expect(onOpen).toHaveBeenCalledWith(expect.any(String));
    // Once the account comes, each bot says what it does again.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText('What this bot does shows once the account loads.')).toBeNull());
    expect(summarizeSpy).toHaveBeenCalled();
    expect(screen.getAllByText('lead_created_in_stage').length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when neither the bots nor the account load, one alert says both and one Try again fetches both', async () => {
    server.use(
      http.get(apiUrl('/api/bots'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }),
      http.get(apiUrl('/api/account'), () => HttpResponse.json({ message: 'The account store is down.' }, { status: 500 }), { once: true }),
    );
    const { user } = renderList();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not load the bots: The store is down. Could not load the account: The account store is down.'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Welcome on creation' })).toHaveFocus());
  });

  it('says politely, without an alert, that the account may be out of date when fetching it again fails, keeping the list', async () => {
    const { user, client } = renderList();
    await screen.findByRole('button', { name: 'Qualified follow-up' });
    server.use(http.get(apiUrl('/api/account'), () => HttpResponse.json({ message: 'The account store is down.' }, { status: 500 }), { once: true }));
    await client.invalidateQueries({ queryKey: ['account'] });
    const note = await screen.findByText(/may be out of date/);
    expect(note).toHaveTextContent('The account’s stages and users may be out of date: it could not be fetched again. The account store is down.');
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/may be out of date/)).toBeNull());
  });

  it('says that the list may be out of date when fetching it again fails, keeping it, and Try again fetches it', async () => {
    const { user, client } = renderList();
    await screen.findByRole('button', { name: 'Qualified follow-up' });
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    db.replace({ ...db.bot('follow-up')!, name: 'Renamed meanwhile', version: 2 });
    await client.invalidateQueries({ queryKey: ['bots'] }); // in the background, as after a save

    const note = await screen.findByText(/The list may be out of date/);
    expect(note).toHaveTextContent('The list may be out of date: it could not be fetched again. The store is down.');
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/Could not load the bots/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument(); // still shown
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Renamed meanwhile' })).toBeInTheDocument();
    expect(screen.queryByText(/The list may be out of date/)).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Welcome on creation' })).toHaveFocus());
  });

  it('moves the focus on, and has it said, when a bot deleted elsewhere takes the focused row (its switch, its delete confirmation)', async () => {
    const onDeletedElsewhere = vi.fn();
    const { user, client } = renderList({ onDeletedElsewhere });
    const deletedElsewhere = async (id: string) => {
      db.remove(id);
      await client.invalidateQueries({ queryKey: ['bots'] });
    };
    const toggle = await screen.findByRole('switch', { name: 'Bot on: Qualified follow-up' });
    act(() => toggle.focus());
    await deletedElsewhere('follow-up');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Qualified follow-up' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Won discount 10%' })).toHaveFocus());
    expect(onDeletedElsewhere).toHaveBeenCalledTimes(1);
    expect(onDeletedElsewhere).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'follow-up', name: 'Qualified follow-up' }));

    // Its delete confirmation open: it goes too, and that is said.
    await user.click(screen.getByRole('button', { name: 'Delete Won discount 10%' }));
    expect(within(screen.getByRole('group', { name: 'Delete Won discount 10%?' })).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await deletedElsewhere('discount');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Delete Won discount 10%?' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Meeting reminder' })).toHaveFocus());
    expect(onDeletedElsewhere).toHaveBeenCalledTimes(2);
    expect(onDeletedElsewhere).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'discount' }));

    // A bot deleted elsewhere away from the focus leaves quietly, the focus where it was.
    await deletedElsewhere('welcome');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Welcome on creation' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Meeting reminder' })).toHaveFocus();
    expect(onDeletedElsewhere).toHaveBeenCalledTimes(2);
  });

  it('deletes a bot only after confirmation', async () => {
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Delete Qualified follow-up' }));
    const confirm = screen.getByRole('group', { name: 'Delete Qualified follow-up?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Qualified follow-up' }));
    await user.click(within(screen.getByRole('group', { name: 'Delete Qualified follow-up?' })).getByRole('button', { name: 'Delete bot' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Qualified follow-up' })).not.toBeInTheDocument());
  });

  it('tells bots of one name apart by their ids, in every control of their rows (others keep their names alone)', async () => {
    const vip = (id: string, name: string): Bot => ({ ...manyTriggers, id, name, enabled: true, triggers: [{ type: 'call_received' }] });
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json([vip('vip', 'VIP welcome'), vip('vip-2', ' vip Welcome '), vip('other', 'Other')])));
    const { user } = renderList();
    // Shown too, beside the name: a sighted admin cannot tell them apart either.
    const first = await screen.findByRole('button', { name: 'VIP welcome (vip)' });
    expect(first).toHaveTextContent('VIP welcome (vip)');
    expect(screen.getByRole('button', { name: 'vip Welcome (vip-2)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Bot on: VIP welcome (vip)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Bot on: vip Welcome (vip-2)' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Triggers of vip Welcome (vip-2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete vip Welcome (vip-2)' }));
    const confirm = screen.getByRole('group', { name: 'Delete vip Welcome (vip-2)?' });
    expect(confirm).toHaveTextContent('Delete “vip Welcome (vip-2)”? This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Delete VIP welcome (vip)' })).toBeInTheDocument();
    // A name no other bot has stays as it is.
    expect(screen.getByRole('button', { name: 'Other' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Bot on: Other' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Other' })).toBeInTheDocument();
  });

  it('closes the delete confirmation on Escape, as "Keep it" does, the focus back on Delete', async () => {
    const { user } = renderList();
    const del = await screen.findByRole('button', { name: 'Delete Qualified follow-up' });
    await user.click(del);
    expect(within(screen.getByRole('group', { name: 'Delete Qualified follow-up?' })).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Delete Qualified follow-up?' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Qualified follow-up' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
  });

  it('says a bot has unsaved changes, on its card and in its description', async () => {
    renderList({ drafts: draftsOf({ 'follow-up': { name: 'Follow-up v2' } }) });
    const open = await screen.findByRole('button', { name: 'Qualified follow-up' });
    expect(within(open.closest('li')!).getByText('Unsaved changes')).toBeInTheDocument();
    expect(open).toHaveAccessibleDescription(/^Unsaved changes/);
    const other = screen.getByRole('button', { name: 'Welcome on creation' });
    expect(within(other.closest('li')!).queryByText('Unsaved changes')).not.toBeInTheDocument();
    expect(other).not.toHaveAccessibleDescription(/Unsaved changes/);
    expect(screen.queryByRole('group', { name: /unsaved new bot/ })).not.toBeInTheDocument();
  });

  it('offers to continue an unsaved new bot, by its name', async () => {
    const { onOpen, user } = renderList({ drafts: draftsOf({ new: { name: 'Spring promo' } }) });
    const note = await screen.findByRole('group', { name: 'You have an unsaved new bot “Spring promo”.' });
    await user.click(within(note).getByRole('button', { name: 'Continue editing' }));
    expect(onOpen).toHaveBeenCalledWith(null);
  });

  it('offers the draft of a bot deleted elsewhere as a new bot, or to discard it', async () => {
    const drafts = draftsOf({ gone: { name: 'Old promo' }, 'gone-too': { name: '' } });
    const { onOpen, user } = renderList({ drafts });
    const note = await screen.findByRole('group', { name: 'Unsaved changes to a bot that has been deleted, “Old promo”: keep them as a new bot, or discard them.' });
    const other = screen.getByRole('group', { name: 'Unsaved changes to a bot that has been deleted: keep them as a new bot, or discard them.' });
    // The drafts of bots still in the list are not orphans.
    expect(screen.getAllByRole('group', { name: /bot that has been deleted/ })).toHaveLength(2);
    await user.click(within(note).getByRole('button', { name: 'Keep as a new bot' }));
    expect(onOpen).toHaveBeenCalledWith(null);
    expect(drafts.table).toEqual({ new: { name: 'Old promo' }, 'gone-too': { name: '' } });
    // A second one cannot take the new bot's place while the first is there.
    await user.click(within(other).getByRole('button', { name: 'Keep as a new bot' }));
    expect(within(other).getByRole('alert')).toHaveTextContent('You already have an unsaved new bot in this tab: save or discard it first.');
    expect(onOpen).toHaveBeenCalledTimes(1);
    await user.click(within(other).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('group', { name: /bot that has been deleted/ })).not.toBeInTheDocument();
    expect(drafts.table).toEqual({ new: { name: 'Old promo' } });
    expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus();
  });

  it('offers the new bots of other tabs (or of tabs since closed): continue one here, or discard it', async () => {
    const drafts = draftsOf({ 'tab:a1': { name: 'Spring promo' }, 'tab:b2': { name: '' } });
    const { onOpen, user } = renderList({ drafts });
    const first = await screen.findByRole('group', { name: 'An unsaved new bot “Spring promo”, from another tab or an earlier visit: continue it here, or discard it.' });
    const second = screen.getByRole('group', { name: 'An unsaved new bot, from another tab or an earlier visit: continue it here, or discard it.' });
    await user.click(within(first).getByRole('button', { name: 'Continue it here' }));
    expect(onOpen).toHaveBeenCalledWith(null);
    expect(drafts.table).toEqual({ new: { name: 'Spring promo' }, 'tab:b2': { name: '' } });
    // This tab has a new bot now: the second cannot take its place.
    await user.click(within(second).getByRole('button', { name: 'Continue it here' }));
    expect(within(second).getByRole('alert')).toHaveTextContent('You already have an unsaved new bot in this tab: save or discard it first.');
    expect(onOpen).toHaveBeenCalledTimes(1);
    await user.click(within(second).getByRole('button', { name: 'Discard' }));
    expect(drafts.table).toEqual({ new: { name: 'Spring promo' } });
    expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus();
  });

  it('tells apart offers of new bots left under one name by when each was last changed (the account’s time zone, not the browser’s), and its buttons say which', async () => {
    const offer = 'An unsaved new bot “Broken bot”, from another tab or an earlier visit: continue it here, or discard it.';
    const drafts = draftsOf({
      'tab:a1': { name: 'Broken bot', savedAt: '2026-06-01T13:05:00.000Z' },
      // Two in one minute: said to the second (a time on the whole minute goes without).
      'tab:b2': { name: 'Broken bot', savedAt: '2026-06-01T14:20:00.000Z' },
      'tab:c3': { name: 'Broken bot', savedAt: '2026-06-01T14:20:30.000Z' },
    });
    const { onOpen, user } = renderList({ drafts });
    // The tests' browser is in Pacific/Chatham; the account (New York) says which clock.
    const first = await screen.findByRole('group', { name: `${offer} Last changed Mon 1 Jun 2026, 09:05 EDT.` });
    const second = screen.getByRole('group', { name: `${offer} Last changed Mon 1 Jun 2026, 10:20 EDT.` });
    const third = screen.getByRole('group', { name: `${offer} Last changed Mon 1 Jun 2026, 10:20:30 EDT.` });
    expect(within(first).getByText(`${offer} Last changed Mon 1 Jun 2026, 09:05 EDT.`)).toBeVisible();
    // The buttons keep their words; each is described by its offer's, so that none is like another.
    for (const group of [first, second, third]) {
      const words = within(group).getByText(/^An unsaved new bot/).textContent!;
      expect(within(group).getByRole('button', { name: 'Continue it here' })).toHaveAccessibleDescription(words);
      expect(within(group).getByRole('button', { name: 'Discard' })).toHaveAccessibleDescription(words);
    }
    const descriptions = screen.getAllByRole('button', { name: 'Discard' }).map((b) => b.getAttribute('aria-describedby'));
    expect(new Set(descriptions).size).toBe(3);
    await user.click(within(third).getByRole('button', { name: 'Continue it here' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(null));
    expect(Object.keys(drafts.table).sort()).toEqual(['new', 'tab:a1', 'tab:b2']);
  });

  it('numbers offers still alike (no time known), and says when a deleted bot’s draft was last changed', async () => {
    const drafts: ListDrafts = {
      ...draftsOf({ gone: { name: 'Old promo', savedAt: '2026-01-15T17:30:00.000Z' } }),
      others: () => ['cccccccccccccccc', 'dddddddddddddddd'].map((slot) => ({ slot, name: '', eventsOnly: true })),
    };
    renderList({ drafts });
    const events = 'Simulator events for an unsaved new bot, from another tab or an earlier visit: continue it here, or discard them.';
    const one = await screen.findByRole('group', { name: `${events} Number 1 of 2 alike.` });
    const two = screen.getByRole('group', { name: `${events} Number 2 of 2 alike.` });
    expect(within(one).getByRole('button', { name: 'Discard' })).toHaveAccessibleDescription(`${events} Number 1 of 2 alike.`);
    expect(within(two).getByRole('button', { name: 'Continue it here' })).toHaveAccessibleDescription(`${events} Number 2 of 2 alike.`);
    // Winter: EST. (Orphans are found once the bots have come.)
    expect(
      await screen.findByRole('group', { name: 'Unsaved changes to a bot that has been deleted, “Old promo”: keep them as a new bot, or discard them. Last changed Thu 15 Jan 2026, 12:30 EST.' }),
    ).toBeInTheDocument();
  });

  it('keeps an offer without a time on the page while one with a time waits for the account’s zone', async () => {
    const release = holdNext('get', '/api/account');
    const base = draftsOf({ gone: { name: 'Old promo', savedAt: '2026-01-15T17:30:00.000Z' } });
    let botsKnown = false;
    const drafts: ListDrafts = {
      ...base,
      orphans: (known) => {
        if (known.length > 0) botsKnown = true;
        return base.orphans(known);
      },
      others: () => [{ slot: 'cccccccccccccccc', name: '', eventsOnly: true }],
    };
    renderList({ drafts });
    const events = 'Simulator events for an unsaved new bot, from another tab or an earlier visit: continue it here, or discard them.';
    // The bots have come (so the deleted bot's draft is known, with its time), the account not yet.
    await waitFor(() => expect(botsKnown).toBe(true));
    expect(screen.getByRole('group', { name: events })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Old promo/ })).toBeNull(); // its time is not known yet
    release();
    expect(await screen.findByRole('group', { name: /Old promo.*Last changed Thu 15 Jan 2026, 12:30 EST\.$/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: events })).toBeInTheDocument();
  });

  it('offers the simulator events of another tab’s new bot whose form never changed (no draft): continue it here, or discard them', async () => {
    const events = new Set(['cccccccccccccccc']);
    const discarded: string[] = [];
    const drafts: ListDrafts = {
      ...draftsOf({}),
      others: () => [...events].map((slot) => ({ slot, name: '', eventsOnly: true })),
      continueOther: (slot) => events.delete(slot),
      // Resolves later (the simulator's code loads first): the offer goes once it has.
      discardOther: async (slot) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        events.delete(slot);
        discarded.push(slot);
      },
    };
    const { onOpen, user } = renderList({ drafts });
    const text = 'Simulator events for an unsaved new bot, from another tab or an earlier visit: continue it here, or discard them.';
    const offered = await screen.findByRole('group', { name: text });
    await user.click(within(offered).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: text })).not.toBeInTheDocument());
    expect(discarded).toEqual(['cccccccccccccccc']);
    expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus();
    // Another tab's, written since: its storage event renders the list again.
    events.add('dddddddddddddddd');
    act(() => void window.dispatchEvent(new StorageEvent('storage')));
    await user.click(within(await screen.findByRole('group', { name: text })).getByRole('button', { name: 'Continue it here' }));
    await waitFor(() => expect(onOpen).toHaveBeenLastCalledWith(null));
    expect(events.size).toBe(0);
  });

  describe('the new bot of a tab still open (each page holds a Web Lock named after its slot)', () => {
    afterEach(() => removeFakeLocks());
    const OPEN = 'aaaaaaaaaaaaaaaa';
    const CLOSED = 'bbbbbbbbbbbbbbbb';
    const openNote = 'An unsaved new bot “Spring promo” is being created in another tab that is still open: finish or discard it there, or close that tab to continue it here.';

    it('is pointed at, with nothing to take it from that tab (its events would go from under it); a closed tab’s is offered', async () => {
      const locks = installFakeLocks();
      locks.openTab(OPEN);
      const drafts = draftsOf({ [`tab:${OPEN}`]: { name: 'Spring promo' }, [`tab:${CLOSED}`]: { name: 'Autumn promo' } });
      renderList({ drafts });
      const note = await screen.findByText(openNote);
      expect(note.closest('.bots-draft-note')!.querySelectorAll('button')).toHaveLength(0);
      expect(screen.queryByRole('group', { name: /“Spring promo”/ })).not.toBeInTheDocument();
      const closed = screen.getByRole('group', { name: 'An unsaved new bot “Autumn promo”, from another tab or an earlier visit: continue it here, or discard it.' });
      expect(within(closed).getByRole('button', { name: 'Discard' })).toBeInTheDocument();
      expect(screen.getAllByRole('button', { name: 'Discard' })).toHaveLength(1);
      expect(screen.getAllByRole('button', { name: 'Continue it here' })).toHaveLength(1);
    });

    it('says so of simulator events alone being composed in another open tab, with nothing to take them', async () => {
      installFakeLocks().openTab(OPEN);
      renderList({ drafts: { ...draftsOf({}), others: () => [{ slot: OPEN, name: '', eventsOnly: true }] } });
      const note = await screen.findByText(
        'Simulator events for an unsaved new bot are being composed in another tab that is still open: go on with them there, or close that tab to continue them here.',
      );
      expect(note.closest('.bots-draft-note')!.querySelectorAll('button')).toHaveLength(0);
      expect(screen.queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
    });

    it('is offered once its tab has closed and this page gets the focus back', async () => {
      const locks = installFakeLocks();
      locks.openTab(OPEN);
      const drafts = draftsOf({ [`tab:${OPEN}`]: { name: 'Spring promo' } });
      const { onOpen, user } = renderList({ drafts });
      await screen.findByText(openNote);
      locks.closeTab(OPEN);
      window.dispatchEvent(new Event('focus'));
      const offered = await screen.findByRole('group', { name: 'An unsaved new bot “Spring promo”, from another tab or an earlier visit: continue it here, or discard it.' });
      await user.click(within(offered).getByRole('button', { name: 'Continue it here' }));
      await waitFor(() => expect(onOpen).toHaveBeenCalledWith(null));
      expect(drafts.table).toEqual({ new: { name: 'Spring promo' } });
    });

    it('is neither discarded nor continued when its tab opened again meanwhile (restored): the words say why, and have the focus', async () => {
      const locks = installFakeLocks();
      const drafts = draftsOf({ [`tab:${OPEN}`]: { name: 'Spring promo' } });
      const { onOpen, user } = renderList({ drafts });
      const offered = await screen.findByRole('group', { name: /^An unsaved new bot “Spring promo”, from another tab/ });
      locks.openTab(OPEN); // no event tells this page
      await user.click(within(offered).getByRole('button', { name: 'Discard' }));
      await waitFor(() => expect(screen.getByText(openNote)).toHaveFocus());
      expect(drafts.table).toEqual({ [`tab:${OPEN}`]: { name: 'Spring promo' } });
      // Closed, then opened again once more: "Continue it here" does not take it either.
      locks.closeTab(OPEN);
      window.dispatchEvent(new Event('focus'));
      const again = await screen.findByRole('button', { name: 'Continue it here' });
      locks.openTab(OPEN);
      await user.click(again);
      await waitFor(() => expect(screen.getByText(openNote)).toHaveFocus());
      expect(onOpen).not.toHaveBeenCalled();
    });

    it('keeps the focus on the page when the offer the admin is in loses its buttons (its tab found open on coming back)', async () => {
      const locks = installFakeLocks();
      const drafts = draftsOf({ [`tab:${OPEN}`]: { name: 'Spring promo' } });
      renderList({ drafts });
      const offered = await screen.findByRole('group', { name: /^An unsaved new bot “Spring promo”, from another tab/ });
      within(offered).getByRole('button', { name: 'Discard' }).focus();
      locks.openTab(OPEN);
      window.dispatchEvent(new Event('focus'));
      await waitFor(() => expect(screen.getByText(openNote)).toHaveFocus());
    });
  });

  it('offers a draft it cannot read to download as it was kept, or to discard, naming its bot', async () => {
    const copies = [
      { key: 'k1', botId: 'follow-up', text: '{"form":{"triggers":7}}' },
      { key: 'k2', botId: null, text: 'not JSON' },
    ];
    const discarded: string[] = [];
    const drafts = { ...draftsOf({}), unreadable: () => copies.filter((c) => !discarded.includes(c.key)), discardUnreadable: (key: string) => discarded.push(key) };
    const { user } = renderList({ drafts });
    const named = await screen.findByRole('group', {
      name: 'A draft of “Qualified follow-up” kept in this browser could not be read (it may come from another version of the studio): download it to keep what it holds, or discard it.',
    });
    const created = vi.fn((_blob: Blob) => 'blob:copy');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoke });
    await user.click(within(named).getByRole('button', { name: 'Download it' }));
    expect(await created.mock.calls[0]![0].text()).toBe('{"form":{"triggers":7}}');
    const other = screen.getByRole('group', { name: /^A draft of a new bot kept in this browser could not be read/ });
    await user.click(within(other).getByRole('button', { name: 'Discard' }));
    expect(discarded).toEqual(['k2']);
    expect(screen.queryByRole('group', { name: /^A draft of a new bot/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus();
  });

  it('mentions an unsaved new bot without a name plainly', async () => {
    renderList({ drafts: draftsOf({ new: { name: '' } }) });
    expect(await screen.findByRole('group', { name: 'You have an unsaved new bot.' })).toBeInTheDocument();
  });

  it('shows each bot’s conditions and active hours in words, as part of its description', async () => {
    const withRules = (bot: Bot) => ({ ...summarize(bot), rules: bot.id === 'follow-up' ? ['Conditions: Tags: VIP', 'Active hours: Mon–Fri 09:00–17:00'] : [] });
    renderList({ summarize: withRules });
    const open = await screen.findByRole('button', { name: 'Qualified follow-up' });
    expect(within(open.closest('li')!).getByText('Conditions: Tags: VIP')).toBeInTheDocument();
    expect(open).toHaveAccessibleDescription(/Conditions: Tags: VIP Active hours: Mon–Fri 09:00–17:00$/);
    expect(screen.getByRole('button', { name: 'Welcome on creation' })).not.toHaveAccessibleDescription(/Conditions/);
  });

  it("shows what keeps a bot from starting first in its description", async () => {
    const warn = (bot: Bot) => ({ ...summarize(bot), warnings: bot.id === 'follow-up' ? ['No bot starts on the Base plan.'] : [] });
    renderList({ summarize: warn });
    const open = await screen.findByRole('button', { name: 'Qualified follow-up' });
    expect(within(open.closest('li')!).getByText('No bot starts on the Base plan.')).toBeInTheDocument();
    expect(open).toHaveAccessibleDescription("No bot starts on the Base plan. lead_moved_to_stage");
    expect(screen.getByRole('button', { name: 'Welcome on creation' })).not.toHaveAccessibleDescription(/Base plan/);
  });

  it('says once, above the bots, that none starts on the Base plan (SPEC R8)', async () => {
    db.updateSettings({ plan: 'base' });
    renderList();
    expect(await screen.findByText(/^Your account is on the Base plan: no bot starts\./)).toBeInTheDocument();
  });

  it('says nothing about the plan where bots start', async () => {
    db.updateSettings({ plan: 'advanced' });
    renderList();
    await screen.findByRole('button', { name: 'Qualified follow-up' });
    expect(screen.queryByText(/Base plan/)).toBeNull();
  });

  it('forgets what was kept for a bot once it is deleted, and only then', async () => {
    const onDeleted = vi.fn();
    const { user } = renderList({ onDeleted, drafts: draftsOf({ 'follow-up': { name: 'x' } }) });
    const remove = async () => {
      await user.click(await screen.findByRole('button', { name: 'Delete Qualified follow-up' }));
      const confirm = screen.getByRole('group', { name: 'Delete Qualified follow-up?' });
      expect(confirm).toHaveTextContent('Its unsaved changes are discarded too.');
      await user.click(within(confirm).getByRole('button', { name: 'Delete bot' }));
    };
    server.use(http.delete(apiUrl('/api/bots/:id'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    await remove();
    expect(await screen.findByRole('alert')).toHaveTextContent('The bot was not deleted');
    expect(onDeleted).not.toHaveBeenCalled();
    // The confirmation is gone: the focus is back on the bot's Delete button, not on the page body.
    expect(screen.getByRole('button', { name: 'Delete Qualified follow-up' })).toHaveFocus();
    await remove();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Qualified follow-up' })).not.toBeInTheDocument());
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: 'follow-up', name: 'Qualified follow-up' }));
  });

  it('counts a bot someone else deleted first as deleted, and words a conflict for the list', async () => {
    const onDeleted = vi.fn();
    const { user, client } = renderList({ onDeleted });
    const remove = async (name: string) => {
      await user.click(await screen.findByRole('button', { name: `Delete ${name}` }));
      await user.click(within(screen.getByRole('group', { name: `Delete ${name}?` })).getByRole('button', { name: 'Delete bot' }));
    };
    // Another admin saved it just now: the server's 409 speaks of loading or overwriting.
    db.updateSettings({ failNextSave: '409' });
    await remove('Qualified follow-up');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The bot was not deleted: someone saved a newer version of it just now. The list shows it again; delete it again if you still want to.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/overwrite/i);
    // "The list shows it again": fetched again, with the newer version.
    const newer = db.bot('follow-up')!.version;
    await waitFor(() => expect(client.getQueryData<Bot[]>(['bots', 'list'])?.find((b) => b.id === 'follow-up')?.version).toBe(newer));
    // Another admin deleted it already: it leaves the list as if this deletion did it.
    db.remove('follow-up');
    await remove('Qualified follow-up');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Qualified follow-up' })).not.toBeInTheDocument());
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: 'follow-up' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says that the browser storage is full when a deletion cannot be stored, not "try again in a moment"', async () => {
    // The mocked server keeps its data in localStorage, and the browser refuses to write it.
    db.persistTo(localStorage);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const { user } = renderList();
      await user.click(await screen.findByRole('button', { name: 'Delete Qualified follow-up' }));
      await user.click(within(screen.getByRole('group', { name: 'Delete Qualified follow-up?' })).getByRole('button', { name: 'Delete bot' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^The bot was not deleted: this browser’s storage for this site is full, .* could not record the deletion; nothing was changed\./);
      expect(alert).not.toHaveTextContent('in a moment');
      expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toBeInTheDocument();
    } finally {
      vi.restoreAllMocks();
      db.persistTo(null);
      localStorage.clear();
    }
  });

  it('keeps the focus on "Delete bot" while a slow deletion runs, and sends it once', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let deletes = 0;
    server.use(
      http.delete(apiUrl('/api/bots/:id'), async () => {
        deletes++;
        await answered;
        return HttpResponse.json({ message: 'The store is down.' }, { status: 500 });
      }),
    );
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Delete Qualified follow-up' }));
    const confirm = screen.getByRole('button', { name: 'Delete bot' });
    await user.click(confirm);
    const pending = await screen.findByRole('button', { name: 'Deleting…' });
    expect(pending).toHaveFocus();
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    // Said in a status, and "Keep it" cannot hide a deletion already sent.
    expect(within(screen.getByRole('group', { name: 'Delete Qualified follow-up?' })).getByRole('status')).toHaveTextContent('Deleting “Qualified follow-up”…');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('group', { name: 'Delete Qualified follow-up?' })).toBeInTheDocument();
    await user.click(pending);
    answer();
    const alert = await screen.findByRole('alert');
    // In the bot's own row, beside the Delete button the focus returns to; in words about deleting.
    expect(alert).toHaveTextContent('The bot was not deleted: the server had a problem. Try again in a moment.');
    expect(alert.closest('li')).toContainElement(screen.getByRole('button', { name: 'Delete Qualified follow-up' }));
    expect(deletes).toBe(1);
    expect(screen.getByRole('button', { name: 'Delete Qualified follow-up' })).toHaveFocus();
  });

  it('moves the focus on once a confirmation is answered: back to Delete, to the next bot, to the previous, to New bot', async () => {
    const two: Bot[] = [
      { ...manyTriggers, id: 'a', name: 'First bot', triggers: [{ type: 'call_received' }] },
      { ...manyTriggers, id: 'b', name: 'Second bot', triggers: [{ type: 'call_received' }] },
      { ...manyTriggers, id: 'c', name: 'Third bot', triggers: [{ type: 'call_received' }] },
    ];
    let stored = two;
    server.use(
      http.get(apiUrl('/api/bots'), () => HttpResponse.json(stored)),
      http.delete(apiUrl('/api/bots/:id'), ({ params }) => {
        stored = stored.filter((b) => b.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderList();
    const remove = async (name: string) => {
      await user.click(await screen.findByRole('button', { name: `Delete ${name}` }));
      await user.click(within(screen.getByRole('group', { name: `Delete ${name}?` })).getByRole('button', { name: 'Delete bot' }));
      await waitFor(() => expect(screen.queryByRole('button', { name })).not.toBeInTheDocument());
    };

    await user.click(await screen.findByRole('button', { name: 'Delete Second bot' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Delete Second bot' })).toHaveFocus();

    await remove('Second bot');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Third bot' })).toHaveFocus());
    await remove('Third bot');
    await waitFor(() => expect(screen.getByRole('button', { name: 'First bot' })).toHaveFocus());
    await remove('First bot');
    await waitFor(() => expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus());
  });
});
