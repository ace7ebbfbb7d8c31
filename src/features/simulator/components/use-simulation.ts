// The panel's runs: debounced automatic re-runs after edits, latest wins, off the main thread.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Account, Bot, ValidationError } from '../../../domain';
import { baseScenario, retargetExpectations, simulatedBot, type BaseScenario } from '../model/build-scenario';
import type { Workbench } from '../model/types';
import type { EngineClient } from '../worker/client';
import { retainClient, sharedClient } from './session';
import type { RunReply } from '../worker/protocol';

export const RERUN_DEBOUNCE_MS = 150;

const NONE: readonly Bot[] = [];

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; last: Finished | null }
  | { status: 'done'; last: Finished }
  | { status: 'invalid'; errors: ValidationError[]; last: Finished | null; base: BaseScenario }
  /**
   * The engine stopped (its worker failed) before this run answered: nothing in the scenario is at
   * fault, and the next run starts a new engine. `base` and `bot`: what the run was asked to replay.
   */
  | { status: 'stopped'; message: string; last: Finished | null; base: BaseScenario; bot: Bot };

/** `base`: the events and world it replayed, to tell a run of the current scenario from an earlier one's. */
export type Finished = Omit<Extract<RunReply, { ok: true }>, 'ok' | 'runId'> & { botId: string; bot: Bot; base: BaseScenario };

/** The panel's engine (shared across remounts); its worker starts on first use and stops a while after the last panel closed. */
export function useEngineClient(): EngineClient {
  const [client] = useState(sharedClient);
  useEffect(() => retainClient(), []);
  return client;
}

/** A stable reference for a value that changes only when `key` does. */
function useStableBy<T>(value: T, key: string): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  return useMemo(() => value, [key]);
}

/** A stable reference for a value that changes only when its JSON changes. */
function useStableJson<T>(value: T): T {
  return useStableBy(value, JSON.stringify(value) ?? 'undefined');
}

/** Everything about a bot that a run depends on: all but its name (the engine never reads it). */
export const runKey = (bot: Bot | null): string => (bot ? JSON.stringify({ ...bot, name: '' }) : 'null');

export function useSimulation(args: {
  client: EngineClient;
  account: Account;
  workbench: Workbench;
  validation: { ok: true; value: Bot } | { ok: false; errors: ValidationError[] };
  saved: Bot | null;
  /** The account's other saved bots that run beside the draft (none unless the admin includes them). */
  accountBots?: readonly Bot[];
}) {
  const { client, account, workbench, saved } = args;
  // Memoized by the panel: the host's query keeps the list's reference while its content is the same.
  const accountBots = args.accountBots ?? NONE;
  const bot = useStableJson(simulatedBot(args.validation, saved));
  // The bot as runs get it: typing its name re-runs nothing (at 100,000 events a run is tens of ms
  // of worker time per keystroke). The panel shows the name from `bot`, which follows every edit.
  const runBot = useStableBy(bot, runKey(bot));
  // The expectations are checked in the worker, for the bot as it is simulated.
  const expect = useStableJson(bot ? retargetExpectations(workbench.expect, workbench.mainBotRef, bot.id) : undefined);
  const savedStable = useStableJson(saved);
  const base: BaseScenario = useMemo(
    () => baseScenario(account, workbench, accountBots),
    // The base changes only with what it is made of (the bulk count invalidates it too).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [account, workbench.leads, workbench.events, workbench.start, workbench.until, workbench.otherBots, workbench.bulk, accountBots],
  );
  const [state, setState] = useState<RunState>({ status: 'idle' });

  const runNow = useCallback(async () => {
    const bot = runBot;
    if (!client || !bot) return;
    setState((s) => ({ status: 'running', last: s.status === 'idle' ? null : s.last }));
    const reply = await client.run(base, bot, savedStable, expect);
    if (!reply) return; // a newer run superseded this one
    if (!reply.ok) {
      const last = (s: RunState) => (s.status === 'idle' ? null : s.last);
      if ('fatal' in reply) setState((s) => ({ status: 'stopped', message: reply.fatal, last: last(s), base, bot }));
      else setState((s) => ({ status: 'invalid', errors: reply.errors, last: last(s), base }));
      return;
    }
    const { ok: _ok, runId: _runId, ...finished } = reply;
    setState({ status: 'done', last: { ...finished, botId: bot.id, bot, base } });
  }, [client, runBot, base, savedStable, expect]);

  // Automatic re-runs after edits of the draft or the events, debounced.
  useEffect(() => {
    if (!client || !runBot) return;
    const t = setTimeout(() => void runNow(), RERUN_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [client, runBot, runNow]);

  return { bot, base, state, runNow };
}
