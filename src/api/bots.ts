import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod';
import { Bot } from '../domain';
import { ApiError, ApiTimeout, apiRequest, isConflictError, rethrowWithParsedConflict } from '../lib/api-client';
import { canonical } from '../lib/canonical-json';

/** What a new bot is made of: the server assigns its id and version 1. */
export type NewBot = Omit<Bot, 'id' | 'version'>;

const botPath = (id: string) => `/api/bots/${encodeURIComponent(id)}`;

export const getBots = (): Promise<Bot[]> => apiRequest(z.array(Bot), '/api/bots');
export const getBot = (id: string): Promise<Bot> => apiRequest(Bot, botPath(id));

export const createBot = (bot: NewBot, timeoutMs?: number): Promise<Bot> => apiRequest(Bot, '/api/bots', { method: 'POST', json: bot, timeoutMs });

/** How long the look for a bot whose creation timed out may take: the admin has already waited. */
const FIND_AFTER_TIMEOUT_MS = 10_000;

/**
 * Creates `bot`; when the answer never comes (a timeout), the server may have stored it all the same,
 * and a Retry made a second bot. So the list is asked for once: a bot in it with exactly this content
 * and an id not in `known` (the ids listed before) is the one created, and counts as the answer.
 * Without `known` (no list was loaded) nothing can be told apart, and the timeout stands.
 */
export async function createOrFindAfterTimeout(bot: NewBot, known: ReadonlySet<string> | null, timeoutMs?: number): Promise<Bot> {
  try {
    return await createBot(bot, timeoutMs);
  } catch (error) {
    if (!(error instanceof ApiTimeout) || known === null) throw error;
    const list = await apiRequest(z.array(Bot), '/api/bots', { timeoutMs: timeoutMs ?? FIND_AFTER_TIMEOUT_MS }).catch(() => null);
    const wanted = content(bot);
    const made = list?.find((b) => !known.has(b.id) && content(b) === wanted);
    if (made) return made;
    throw error;
  }
}

/** Saves over the stored bot; `bot.version` must be the stored one, else an ApiError 409 whose `body.current` is the stored Bot. */
export const updateBot = (bot: Bot): Promise<Bot> =>
  apiRequest(Bot, botPath(bot.id), { method: 'PUT', json: bot }).catch(rethrowWithParsedConflict);

export const deleteBot = async (id: string): Promise<void> => {
  await apiRequest(z.null(), botPath(id), { method: 'DELETE' });
};

export const botsQueryOptions = () => queryOptions({ queryKey: ['bots', 'list'], queryFn: getBots });

export const botQueryOptions = (id: string) => queryOptions({ queryKey: ['bots', 'detail', id], queryFn: () => getBot(id) });

export const useBots = () => useQuery(botsQueryOptions());

/** A bot's id and name, as listed. */
export type BotName = { id: string; name: string };
const namesOfBots = (bots: readonly Bot[]): BotName[] => bots.map((b) => ({ id: b.id, name: b.name }));
/**
 * The listed bots' ids and names only: a refetch that changes something else (a bot switched off, a
 * trigger edited in another tab) leaves the result as it was (React Query shares it), so a component
 * that needs only names (the open bot's subject, the same-name hint) does not render again.
 */
export const useBotNames = () => useQuery({ ...botsQueryOptions(), select: namesOfBots });

export const useBot = (id: string) => useQuery(botQueryOptions(id));

/**
 * After a save: the bot's own entry and its row in the list hold what the server answered; the list
 * is fetched again in the background. Not awaited: the save is done when the server answered, and
 * waiting for the list kept the dialog at "Saving…" (3 s more on slow latency), with the draft not
 * yet cleared, so a reload then offered the saved bot again as unsaved.
 */
function afterSave(queryClient: QueryClient, bot: Bot): void {
  queryClient.setQueryData(botQueryOptions(bot.id).queryKey, bot);
  queryClient.setQueryData(botsQueryOptions().queryKey, (list) =>
    list && (list.some((b) => b.id === bot.id) ? list.map((b) => (b.id === bot.id ? bot : b)) : [...list, bot]),
  );
  void queryClient.invalidateQueries({ queryKey: botsQueryOptions().queryKey });
}

export const useCreateBot = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bot: NewBot) => {
      const listed = queryClient.getQueryData(botsQueryOptions().queryKey);
      return createOrFindAfterTimeout(bot, listed ? new Set(listed.map((b) => b.id)) : null);
    },
    onSuccess: (bot) => afterSave(queryClient, bot),
  });
};

/** PUT with the version; a conflict is an ApiError with status 409 (see `isConflictError`, `conflictCurrent`). */
export const useUpdateBot = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOrAlreadySaved, onSuccess: (bot) => afterSave(queryClient, bot) });
};

/** A bot without what the server gives it (its id and version): what a save or a creation asks to store. */
const content = (bot: NewBot | Bot) => {
  const { id: _id, version: _version, ...rest } = bot as Bot;
  return canonical(rest);
};

/**
 * A conflict whose stored bot already holds exactly what is being saved counts as saved: typically
 * the Retry of a save whose answer never came (a timeout) although the server stored it, which
 * otherwise reported the admin's own save as "someone else saved this bot".
 */
const updateOrAlreadySaved = (bot: Bot): Promise<Bot> =>
  updateBot(bot).catch((error: unknown) => {
    if (isConflictError(error) && content(error.body.current) === content(bot)) return error.body.current;
    throw error;
  });

/** A bot someone else deleted first (404): what the user asked for is done, so it counts as deleted. */
const deleteOrGone = (id: string): Promise<void> =>
  deleteBot(id).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return;
    throw error;
  });

export const useDeleteBot = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrGone,
    // Refused (e.g. someone saved a newer version): the list is fetched again to show what is there now.
    onError: () => void queryClient.invalidateQueries({ queryKey: botsQueryOptions().queryKey }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: botQueryOptions(id).queryKey });
      queryClient.setQueryData(botsQueryOptions().queryKey, (list) => list?.filter((b) => b.id !== id));
      void queryClient.invalidateQueries({ queryKey: botsQueryOptions().queryKey }); // in the background, as after a save
    },
  });
};
