// Switching a bot on or off from the list: the same PUT (with the version) as the dialog's Save,
// with only `enabled` changed. One switch per bot at a time; a failure is kept per bot, in words
// for the list, until that bot's switch is pressed again (or Retry).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, ApiTimeout, botQueryOptions, botsQueryOptions, conflictCurrent, useUpdateBot } from '../../../api';
import type { Bot } from '../../../domain';

/** Why a switch did not take: `retry` when sending the same change again may work; `gone` when the bot was deleted elsewhere. */
export type ToggleFailure = { wanted: boolean; message: string; retry: boolean; gone: boolean };

const onOff = (on: boolean) => (on ? 'on' : 'off');
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** How many of a 422's problems the list spells out; the dialog shows them all beside their fields. */
const LISTED_PROBLEMS = 3;

/** A failed switch in words for the list: what was not done, why, and what to do. */
export function toggleFailure(error: unknown, bot: Pick<Bot, 'name'>, wanted: boolean): ToggleFailure {
  const notDone = `“${bot.name}” was not switched ${onOff(wanted)}`;
  const current = conflictCurrent(error);
  if (current) {
    // Someone saved the bot first: their change stands, and the list says where the switch is now.
    const now = current.enabled === wanted ? `it is already ${onOff(wanted)}` : `it is still ${onOff(current.enabled)}`;
    const again = current.enabled === wanted ? '' : ` Switch it again if you still want it ${onOff(wanted)}.`;
    return { wanted, message: `${notDone}: someone changed it elsewhere just now (it is now version ${current.version}), and ${now}.${again}`, retry: false, gone: false };
  }
  if (!(error instanceof ApiError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { wanted, message: `${notDone}: ${lowerFirst(message)}`, retry: true, gone: false };
  }
  if (error.status === 404) {
    return { wanted, message: `${notDone}: it no longer exists; someone may have deleted it.`, retry: false, gone: true };
  }
  if (error.status === 422 && error.errors.length > 0) {
    // The bot as stored does not pass the checks now (a tag trigger after a downgrade from
    // Enterprise): sending it again would be refused the same way; the dialog shows where.
    const listed = error.errors.slice(0, LISTED_PROBLEMS).map((e) => e.message);
    const more = error.errors.length - listed.length;
    return {
      wanted,
      message: `${notDone}: the server refuses to save it as it is. ${listed.join(' ')}${more > 0 ? ` (and ${more} more)` : ''} Open it to fix this first.`,
      retry: false,
      gone: false,
    };
  }
  // Network failures, 5xx and 507 (storage full; its message says to free some space) changed
  // nothing stored: the same change may go through later. Other refusals would be refused again.
  return { wanted, message: `${notDone}: ${lowerFirst(error.message)}`, retry: error.status === 0 || error.status >= 500, gone: false };
}

export type EnabledToggles = {
  /** The state being saved, by bot id: what the switch shows until the server answers. */
  pending: ReadonlyMap<string, boolean>;
  /** The last failure of each bot's switch, by bot id (with the bot as it was then). */
  failures: ReadonlyMap<string, ToggleFailure & { bot: Bot }>;
  /** Saves `bot` (as the list holds it) switched to `wanted`; refused (false) while that bot's switch is saving. */
  toggle(bot: Bot, wanted?: boolean): boolean;
};

/** `onChanged`: after a bot is saved switched on or off, with the bot as stored now. */
/** `nameOf`: how the list names the bot in words (with its id where another bot shares its name); never saved. */
export function useEnabledToggles(
  onChanged?: (bot: Bot) => void,
  onFailed?: (bot: Bot, failure: ToggleFailure) => void,
  nameOf: (bot: Bot) => string = (bot) => bot.name,
): EnabledToggles {
  const updateBot = useUpdateBot();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  // Read at the press: a second press before React renders the first must not send a second PUT.
  const busy = useRef(new Set<string>());
  const [failures, setFailures] = useState<ReadonlyMap<string, ToggleFailure & { bot: Bot }>>(new Map());
  const callbacks = useRef({ onChanged, onFailed, nameOf });
  useEffect(() => {
    callbacks.current = { onChanged, onFailed, nameOf };
  });
  const { mutateAsync } = updateBot;

  const toggle = useCallback(
    (bot: Bot, wanted = !bot.enabled) => {
      if (busy.current.has(bot.id)) return false;
      const without = <T,>(map: ReadonlyMap<string, T>) => {
        const next = new Map(map);
        next.delete(bot.id);
        return next;
      };
      // A new press answers this bot's last failure, and the notes about bots deleted elsewhere.
      setFailures((map) => new Map([...map].filter(([id, f]) => id !== bot.id && !f.gone)));
      if (bot.enabled === wanted) return true; // already so (a Retry after the list caught up)
      busy.current.add(bot.id);
      setPending((map) => new Map(map).set(bot.id, wanted));
      mutateAsync({ ...bot, enabled: wanted })
        .then(
          // useUpdateBot has put the stored bot in the list before this runs: the switch does not flicker back.
          (saved) => callbacks.current.onChanged?.(saved),
          (error: unknown) => {
            const failure = toggleFailure(error, { name: callbacks.current.nameOf(bot) }, wanted);
            setFailures((map) => new Map(map).set(bot.id, { ...failure, bot }));
            // What changed elsewhere (a conflict, a deletion, a refusal) is fetched again; a failure
            // that changed nothing stored (network, 5xx, 507) leaves the list as it is. A timeout may
            // have been stored all the same: fetched again too, so that the switch shows what is.
            if (failure.gone) {
              // Gone, as after a deletion here: out of the list at once (its draft, if any, is then offered as a new bot).
              queryClient.setQueryData(botsQueryOptions().queryKey, (list) => list?.filter((b) => b.id !== bot.id));
              queryClient.removeQueries({ queryKey: botQueryOptions(bot.id).queryKey });
            }
            if (!failure.retry || error instanceof ApiTimeout) {
              void queryClient.invalidateQueries({ queryKey: botsQueryOptions().queryKey });
              void queryClient.invalidateQueries({ queryKey: botQueryOptions(bot.id).queryKey });
            }
            callbacks.current.onFailed?.(bot, failure);
          },
        )
        .finally(() => {
          busy.current.delete(bot.id);
          setPending(without);
        });
      return true;
    },
    [mutateAsync, queryClient],
  );

  return { pending, failures, toggle };
}
