// @vitest-environment jsdom
// "Find a bot" above the list, and what the app asks of the list: the focus on a bot just created,
// and being told when the admin starts something (the page's status line is then out of date).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createRef, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { botsQueryOptions } from '../../../api';
import { apiUrl } from '../../../lib/api-client';
import type { Bot } from '../../../domain';
import { BotList, type BotListHandle } from './bot-list';
import { namedBot } from '../../../test/bots';

const summarize = (bot: Bot) => ({ lines: bot.triggers.map((t) => t.type), more: 0 });

const bot = namedBot;

/** Serves `list` as GET /api/bots (changed in place by a test, then fetched again). */
function serve(list: Bot[]) {
  server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json(list)));
  return list;
}

function renderList(props: Partial<ComponentProps<typeof BotList>> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onOpen = vi.fn();
  const handle = createRef<BotListHandle>();
  render(
    <QueryClientProvider client={client}>
      <BotList ref={handle} onOpen={onOpen} summarize={summarize} {...props} />
    </QueryClientProvider>,
  );
  return { onOpen, handle, client, user: userEvent.setup() };
}

const names = () =>
  within(screen.getByRole('region', { name: 'Salesbots' }))
    .queryAllByRole('button')
    .filter((b) => b.classList.contains('bots-name'))
    .map((b) => b.textContent);

const searchStatus = () => screen.getByRole('search').querySelector('[role="status"]');

describe('Find a bot', () => {
  it('finds bots by name, whatever the letter case, accents and spaces around, and says how many match once typing pauses', async () => {
    serve([bot('a', 'Café promo'), bot('b', 'Welcome'), bot('c', 'CAFE follow-up'), bot('d', 'Caféteria')]);
    const { user } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    expect(names()).toEqual(['Café promo', 'Welcome', 'CAFE follow-up', 'Caféteria']);
    await user.type(box, '  cafe ');
    expect(names()).toEqual(['Café promo', 'CAFE follow-up', 'Caféteria']);
    expect(box).toHaveAccessibleDescription('3 of 4 bots match “cafe”.');
    // Not at each key: the status stays empty while typing, and says the count once it pauses.
    expect(searchStatus()).toHaveTextContent(/^$/);
    await waitFor(() => expect(searchStatus()).toHaveTextContent('3 of 4 bots match “cafe”.'));
    await user.clear(box);
    await user.type(box, 'CAFETERIA');
    expect(names()).toEqual(['Caféteria']);
    expect(box).toHaveAccessibleDescription('1 of 4 bots matches “CAFETERIA”.');
  });

  it('says when no bot matches, and "Clear the search" brings every bot back, with the focus in the empty box', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { user } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'zebra');
    expect(names()).toEqual([]);
    expect(screen.getByText('No bot matches “zebra”.')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription('No bot matches “zebra”.');
    await waitFor(() => expect(searchStatus()).toHaveTextContent('No bot matches “zebra”.'));
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(names()).toEqual(['Welcome', 'Follow-up']);
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
    await waitFor(() => expect(searchStatus()).toHaveTextContent('Search cleared: all 2 bots listed.'));
  });

  it('empties the box on Escape, and only a box with text takes the Escape', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { user } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'wel');
    expect(names()).toEqual(['Welcome']);
    const seen: boolean[] = [];
    const listen = (e: KeyboardEvent) => seen.push(e.defaultPrevented);
    document.addEventListener('keydown', listen);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(names()).toEqual(['Welcome', 'Follow-up']);
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', listen);
    expect(seen).toEqual([true, false]);
  });

  it('keeps the search when the list is fetched again, applying it to the bots that came', async () => {
    const list = serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { user, client } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'wel');
    list.push(bot('c', 'Welcome back'), bot('d', 'Reminder'));
    await act(() => client.invalidateQueries({ queryKey: botsQueryOptions().queryKey }));
    await waitFor(() => expect(names()).toEqual(['Welcome', 'Welcome back']));
    expect(box).toHaveValue('wel');
    expect(box).toHaveAccessibleDescription('2 of 4 bots match “wel”.');
  });

  it('shows no search box while there is no bot', async () => {
    serve([]);
    renderList();
    expect(await screen.findByText('No bots yet. Create one with “New bot”.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('keeps a bot opened from the list in view when its new name no longer matches, saying why, until the search changes', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { user, client, onOpen } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'wel');
    await user.click(screen.getByRole('button', { name: 'Welcome' }));
    expect(onOpen).toHaveBeenCalledWith('a');
    // Saved under another name in the dialog: the list holds what the server answered.
    act(() => client.setQueryData(botsQueryOptions().queryKey, [bot('a', 'Hello'), bot('b', 'Follow-up')]));
    await waitFor(() => expect(names()).toEqual(['Hello']));
    const note = 'Shown because you just worked on it: its name does not match “wel”.';
    expect(screen.getByText(/^Shown because you just worked on it/)).toHaveTextContent(note);
    expect(screen.getByRole('button', { name: 'Hello' })).toHaveAccessibleDescription(`call_received ${note}`);
    // It is not counted as a match.
    expect(box).toHaveAccessibleDescription('No bot matches “wel”.');
    await user.type(box, 'c');
    expect(names()).toEqual([]);
  });

  it('moves the focus on after a deletion to the next bot the search shows, not to one it hides', async () => {
    const list = serve([bot('a', 'Alpha one'), bot('b', 'Beta'), bot('c', 'Alpha two')]);
    server.use(
      http.delete(apiUrl('/api/bots/:id'), ({ params }) => {
        list.splice(
          list.findIndex((b) => b.id === params.id),
          1,
        );
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderList();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a bot' }), 'alpha');
    await user.click(screen.getByRole('button', { name: 'Delete Alpha one' }));
    await user.click(screen.getByRole('button', { name: 'Delete bot' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Alpha two' })).toHaveFocus());
  });
  it('moves the focus to the next bot the search shows when a bot deleted elsewhere takes the focused row', async () => {
    const list = serve([bot('a', 'Alpha one'), bot('b', 'Beta'), bot('c', 'Alpha two')]);
    const onDeletedElsewhere = vi.fn();
    const { user, client } = renderList({ onDeletedElsewhere });
    await user.type(await screen.findByRole('searchbox', { name: 'Find a bot' }), 'alpha');
    act(() => screen.getByRole('switch', { name: 'Bot on: Alpha one' }).focus());
    list.splice(0, 1);
    await act(() => client.invalidateQueries({ queryKey: botsQueryOptions().queryKey }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Alpha two' })).toHaveFocus());
    expect(onDeletedElsewhere).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('empties the hidden status, quietly, once the list changes under the search and its count no longer holds', async () => {
    const { user, client } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'meeting');
    await waitFor(() => expect(searchStatus()).toHaveTextContent('1 of 7 bots matches “meeting”.'));
    // Fetched again unchanged: the count still holds, and stays.
    await act(() => client.invalidateQueries({ queryKey: botsQueryOptions().queryKey }));
    expect(searchStatus()).toHaveTextContent('1 of 7 bots matches “meeting”.');
    await user.click(screen.getByRole('button', { name: 'Delete Meeting reminder' }));
    await user.click(screen.getByRole('button', { name: 'Delete bot' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription('No bot matches “meeting”.'));
    expect(searchStatus()).toHaveTextContent(/^$/);
    // "Search cleared: all 6 bots listed." holds a count too.
    await user.clear(box);
    await waitFor(() => expect(searchStatus()).toHaveTextContent('Search cleared: all 6 bots listed.'));
    await user.click(screen.getByRole('button', { name: 'Delete VIP welcome' }));
    await user.click(screen.getByRole('button', { name: 'Delete bot' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'VIP welcome' })).toBeNull());
    expect(searchStatus()).toHaveTextContent(/^$/);
  });

  it('starts with the search the app kept (the list rendered again after "Try again"), quietly, and gives the app each change', async () => {
    serve([bot('a', 'Café promo'), bot('b', 'Welcome'), bot('c', 'CAFE follow-up')]);
    const keep = vi.fn();
    const { user } = renderList({ search: { text: 'cafe', keep } });
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    expect(box).toHaveValue('cafe');
    expect(names()).toEqual(['Café promo', 'CAFE follow-up']);
    expect(box).toHaveAccessibleDescription('2 of 3 bots match “cafe”.');
    expect(searchStatus()).toHaveTextContent(/^$/); // nothing changed: nothing said
    await user.type(box, ' p');
    expect(keep).toHaveBeenLastCalledWith('cafe p');
    await user.keyboard('{Escape}');
    expect(keep).toHaveBeenLastCalledWith('');
    expect(names()).toEqual(['Café promo', 'Welcome', 'CAFE follow-up']);
  });
});

describe('a failure in a row the search hides and shows again', () => {
  // A row shown again is rendered anew: an alert in it would be said again, at each search.
  const rowOf = (name: string) => screen.getByRole('button', { name }).closest('li')!;
  /** Searches "won" (the row goes), then empties the search (it comes back); its row then. */
  const hiddenAndShownAgain = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
    const box = screen.getByRole('searchbox', { name: 'Find a bot' });
    await user.type(box, 'won');
    expect(screen.queryByRole('button', { name })).toBeNull();
    await user.clear(box);
    return rowOf(name);
  };

  it('a failed switch is said once, when it happens; the row shown again shows it without an alert', async () => {
    db.updateSettings({ failNextSave: '500' });
    const { user } = renderList();
    const toggle = await screen.findByRole('switch', { name: 'Bot on: VIP welcome' });
    await user.click(toggle);
    const words = '“VIP welcome” was not switched off: the server had a problem and nothing was saved. Try again in a moment.';
    expect(await within(rowOf('VIP welcome')).findByRole('alert')).toHaveTextContent(words);
    const row = await hiddenAndShownAgain(user, 'VIP welcome');
    expect(within(row).getByText(words)).toBeVisible();
    expect(within(row).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('switch', { name: 'Bot on: VIP welcome' })).toHaveAccessibleDescription(words);
    expect(within(row).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // A new failure is said again.
    db.updateSettings({ failNextSave: '500' });
    await user.click(within(row).getByRole('button', { name: 'Retry' }));
    expect(await within(rowOf('VIP welcome')).findByRole('alert')).toHaveTextContent(words);
  });

  it('a failed deletion is said once, when it happens; the row shown again shows it without an alert', async () => {
    db.updateSettings({ failNextSave: '500' });
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Delete VIP welcome' }));
    await user.click(screen.getByRole('button', { name: 'Delete bot' }));
    const words = 'The bot was not deleted: the server had a problem. Try again in a moment.';
    expect(await within(rowOf('VIP welcome')).findByRole('alert')).toHaveTextContent(words);
    const row = await hiddenAndShownAgain(user, 'VIP welcome');
    expect(within(row).getByText(words)).toBeVisible();
    expect(within(row).queryByRole('alert')).toBeNull();
  });
});

describe('focusBot (a bot just created)', () => {
  it('puts the focus on the bot’s name at once when its row is there', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { handle } = renderList();
    await screen.findByRole('button', { name: 'Follow-up' });
    act(() => handle.current?.focusBot('b'));
    expect(screen.getByRole('button', { name: 'Follow-up' })).toHaveFocus();
  });

  it('waits for the bot to be listed while the focus stays put, and shows it though the search would hide it', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    const { handle, user, client } = renderList();
    await user.type(await screen.findByRole('searchbox', { name: 'Find a bot' }), 'wel');
    const newBot = screen.getByRole('button', { name: 'New bot' });
    act(() => newBot.focus());
    act(() => handle.current?.focusBot('new-1'));
    expect(newBot).toHaveFocus();
    act(() => client.setQueryData(botsQueryOptions().queryKey, (list: Bot[] | undefined) => [...(list ?? []), bot('new-1', 'Spring promo')]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Spring promo' })).toHaveFocus());
    expect(names()).toEqual(['Welcome', 'Spring promo']);
    expect(screen.getByRole('button', { name: 'Spring promo' })).toHaveAccessibleDescription(/its name does not match “wel”\.$/);
  });

  it('leaves the focus where the admin has put it meanwhile', async () => {
    serve([bot('a', 'Welcome')]);
    const { handle, client } = renderList();
    const box = await screen.findByRole('searchbox', { name: 'Find a bot' });
    act(() => screen.getByRole('button', { name: 'New bot' }).focus());
    act(() => handle.current?.focusBot('new-1'));
    act(() => box.focus());
    act(() => client.setQueryData(botsQueryOptions().queryKey, [bot('a', 'Welcome'), bot('new-1', 'Spring promo')]));
    await screen.findByRole('button', { name: 'Spring promo' });
    expect(box).toHaveFocus();
  });
});

describe('onActionStart (the page’s status line is out of date)', () => {
  it('is told when a switch or a Delete is pressed, not when a bot is only found or opened', async () => {
    serve([bot('a', 'Welcome'), bot('b', 'Follow-up')]);
    server.use(http.put(apiUrl('/api/bots/:id'), async ({ request }) => HttpResponse.json({ ...((await request.json()) as Bot), version: 2 })));
    const onActionStart = vi.fn();
    const { user } = renderList({ onActionStart });
    await user.type(await screen.findByRole('searchbox', { name: 'Find a bot' }), 'wel');
    await user.click(screen.getByRole('button', { name: 'Welcome' }));
    expect(onActionStart).not.toHaveBeenCalled();
    await user.click(screen.getByRole('switch', { name: 'Bot on: Welcome' }));
    expect(onActionStart).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Delete Welcome' }));
    expect(onActionStart).toHaveBeenCalledTimes(2);
  });
});
