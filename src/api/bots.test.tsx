// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';
import { newBot } from '../../mocks/test/api';
import type { Bot } from '../domain';
import { apiUrl } from '../lib/api-client';
import { botQueryOptions, botsQueryOptions, createBot, createOrFindAfterTimeout, useBot, useBots, useCreateBot, useDeleteBot, useUpdateBot } from './bots';
import { ApiError, ApiTimeout, REQUEST_TIMEOUT_MS, apiRequest, conflictCurrent, isConflictError } from '../lib/api-client';
import { Bot as BotSchema } from '../domain';
import * as z from 'zod';
import { renderWithClient } from './test-utils';

function BotNames() {
  const bots = useBots();
  if (bots.isPending) return <p role="status">Loading bots…</p>;
  if (bots.isError) return <p role="alert">{bots.error.message}</p>;
  return (
    <ul aria-label="Bots">
      {bots.data.map((b) => (
        <li key={b.id}>
          {b.name} v{b.version}
        </li>
      ))}
    </ul>
  );
}

function OneBot({ id }: { id: string }) {
  const bot = useBot(id);
  if (bot.isPending) return <p role="status">Loading…</p>;
  if (bot.isError) return <p role="alert">{bot.error.message}</p>;
  return <p>{bot.data.name}</p>;
}

describe('useBots', () => {
  test('shows loading, then the seeded bots', async () => {
    renderWithClient(<BotNames />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading bots…');
    expect(await screen.findByText('Welcome on creation v1')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
  });

  test('a malformed answer becomes a readable error, not a crash', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.json([{ id: 'x', name: 42 }])));
    renderWithClient(<BotNames />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server sent data in an unexpected format.');
  });

  test('an answer that is not JSON becomes a readable error', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => new HttpResponse('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })));
    renderWithClient(<BotNames />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not JSON/);
  });

  test('a network failure becomes a readable error', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => HttpResponse.error()));
    renderWithClient(<BotNames />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached. Check the connection and try again.');
  });
});

describe('useBot', () => {
  test('shows one bot, and the server message for an unknown id', async () => {
    renderWithClient(
      <>
        <OneBot id="vip" />
        <OneBot id="ghost" />
      </>,
    );
    expect(await screen.findByText('VIP welcome')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(/does not exist/);
  });
});

function Rename({ id }: { id: string }) {
  const bot = useBot(id);
  const update = useUpdateBot();
  const [base, setBase] = useState<Bot | null>(null);
  if (!bot.data) return null;
  const current = conflictCurrent(update.error);
  return (
    <div>
      <button type="button" onClick={() => update.mutate({ ...(base ?? bot.data), name: 'Renamed' })}>
        Rename
      </button>
      <button type="button" onClick={() => setBase(bot.data)}>
        Keep this version
      </button>
      {update.isSuccess && <p>Saved as version {update.data.version}</p>}
      {update.isError && <p role="alert">{update.error.message}</p>}
      {current && <p>Their version: {current.version}</p>}
    </div>
  );
}

describe('useUpdateBot', () => {
  test('saves, sets the bot cache from the answer and refreshes the list', async () => {
    const { client } = renderWithClient(
      <>
        <Rename id="welcome" />
        <BotNames />
      </>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Saved as version 2')).toBeInTheDocument();
    expect(await screen.findByText('Renamed v2')).toBeInTheDocument();
    expect(client.getQueryData(botsQueryOptions().queryKey)?.find((b) => b.id === 'welcome')?.version).toBe(2);
    // The bot's own entry holds the answer too: an editor reopened within its fresh time starts from it.
    expect(client.getQueryData(botQueryOptions('welcome').queryKey)).toMatchObject({ name: 'Renamed', version: 2 });
    expect(db.bot('welcome')?.name).toBe('Renamed');
  });

  test('a conflict is an ApiError 409 whose body.current is the stored Bot', async () => {
    renderWithClient(<Rename id="welcome" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep this version' }));
    // Another admin saves version 2 with other words.
    db.replace({ ...db.bot('welcome')!, name: 'Their name', version: 2 });
    // Saving from version 1 is stale.
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Another admin saved this bot/);
    expect(screen.getByText('Their version: 2')).toBeInTheDocument();
  });

  test('a conflict with a stored bot that already holds exactly this save counts as saved (the retry of a save whose answer never came)', async () => {
    const { client } = renderWithClient(<Rename id="welcome" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep this version' }));
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Saved as version 2')).toBeInTheDocument();
    // The same save again from version 1: the server has it already.
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(client.getMutationCache().getAll().at(-1)?.state.status).toBe('success'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Saved as version 2')).toBeInTheDocument();
    expect(db.bot('welcome')?.version).toBe(2);
  });

  test('a request the server never answers is given up with a readable timeout, and the caller can still abort one', async () => {
    server.use(http.get(apiUrl('/api/bots'), () => new Promise<never>(() => {})));
    const schema = z.array(BotSchema);
    const timedOut = apiRequest(schema, '/api/bots', { timeoutMs: 50 });
    await expect(timedOut).rejects.toBeInstanceOf(ApiTimeout);
    await expect(timedOut).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/^The server did not answer within/) });
    expect(new ApiTimeout(REQUEST_TIMEOUT_MS).message).toBe('The server did not answer within 30 seconds. Check the connection and try again.');
    const controller = new AbortController();
    const aborted = apiRequest(schema, '/api/bots', { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('an answer whose body never finishes arriving is given up too', async () => {
    server.use(
      http.get(apiUrl('/api/bots'), () => new HttpResponse(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('[')) }), { headers: { 'Content-Type': 'application/json' } })),
    );
    await expect(apiRequest(z.array(BotSchema), '/api/bots', { timeoutMs: 50 })).rejects.toBeInstanceOf(ApiTimeout);
  });

  test('a 409 whose current bot is malformed is still a 409, with a readable message', async () => {
    server.use(http.put(apiUrl('/api/bots/:id'), () => HttpResponse.json({ message: 'Conflict', current: { id: 1 } }, { status: 409 })));
    renderWithClient(<Rename id="welcome" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/unexpected format/);
  });
});

describe('useCreateBot and useDeleteBot', () => {
  function CreateThenDelete() {
    const create = useCreateBot();
    const remove = useDeleteBot();
    return (
      <div>
        <button
          type="button"
          onClick={() =>
            create.mutate({
              name: 'Fresh bot',
              enabled: false,
              triggers: [{ type: 'call_received' }],
              conditions: [],
              activeHours: null,
              keepUnanswered: false,
            })
          }
        >
          Create
        </button>
        {create.data && (
          <button type="button" onClick={() => remove.mutate(create.data.id)}>
            Delete {create.data.id}
          </button>
        )}
        {create.isError && <p role="alert">{create.error.message}</p>}
        {remove.isSuccess && <p>Deleted</p>}
      </div>
    );
  }

  /** The create/delete buttons beside the bot list, once the seeded list is shown. */
  async function renderWithList() {
    renderWithClient(
      <>
        <CreateThenDelete />
        <BotNames />
      </>,
    );
    await screen.findByText('Welcome on creation v1');
  }

  test('a created bot appears in the list and disappears once deleted', async () => {
    await renderWithList();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Fresh bot v1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Delete bot-/ }));
    await screen.findByText('Deleted');
    await waitFor(() => expect(screen.queryByText('Fresh bot v1')).not.toBeInTheDocument());
  });

  test('a save is done when the server answers, not when the list has been fetched again', async () => {
    await renderWithList();
    // From now on the list never answers: the created bot still shows (from the save's answer) and
    // the mutation is over (its Delete button appears).
    server.use(http.get(apiUrl('/api/bots'), () => new Promise<never>(() => {})));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('button', { name: /^Delete bot-/ })).toBeInTheDocument();
    expect(screen.getByText('Fresh bot v1')).toBeInTheDocument();
  });

  test('a failed save shows the server sentence', async () => {
    db.updateSettings({ failNextSave: '500' });
    renderWithClient(<CreateThenDelete />);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server had a problem and nothing was saved. Try again in a moment.');
  });
});

test('a refused bot rejects with an ApiError 422 carrying the error paths', async () => {
  const error = await createBot({
    name: 'No tags',
    enabled: true,
    triggers: [{ type: 'call_received' }],
    conditions: [{ type: 'tags', mode: 'or', tagIds: [] }],
    activeHours: null,
    keepUnanswered: false,
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 422, errors: [{ path: 'conditions.0.tagIds' }] });
  expect(isConflictError(error)).toBe(false);
});

describe('createOrFindAfterTimeout', () => {
  const hangAfter = (store: boolean) =>
    server.use(
      http.post(apiUrl('/api/bots'), async ({ request }) => {
        const body = (await request.json()) as Omit<Bot, 'id' | 'version'>;
        if (store) db.create({ ...body, id: db.nextBotId(), version: 1 });
        return new Promise<never>(() => {}); // the answer never comes
      }),
    );
  const known = () => new Set(db.bots().map((b) => b.id));

  test('a creation whose answer never came but which the server stored counts as created: the new bot in the list is the answer', async () => {
    hangAfter(true);
    const before = known();
    const made = await createOrFindAfterTimeout(newBot({ name: 'Made once' }), before, 50);
    expect(made).toMatchObject({ name: 'Made once', version: 1 });
    expect(before.has(made.id)).toBe(false);
    expect(db.bots().filter((b) => b.name === 'Made once')).toHaveLength(1);
  });

  test('when the server did not store it, or no list was known before, the timeout stands', async () => {
    hangAfter(false);
    await expect(createOrFindAfterTimeout(newBot({ name: 'Never made' }), known(), 50)).rejects.toBeInstanceOf(ApiTimeout);
    hangAfter(true);
    await expect(createOrFindAfterTimeout(newBot({ name: 'Unknown list' }), null, 50)).rejects.toBeInstanceOf(ApiTimeout);
  });

  test('a bot alike that was listed before is not taken for the one created', async () => {
    const existing = await createBot(newBot({ name: 'Twin' }));
    hangAfter(false);
    await expect(createOrFindAfterTimeout(newBot({ name: 'Twin' }), known(), 50)).rejects.toBeInstanceOf(ApiTimeout);
    expect(db.bots().filter((b) => b.name === 'Twin').map((b) => b.id)).toEqual([existing.id]);
  });
});
