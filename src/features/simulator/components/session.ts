// What the panel keeps across remounts within the page: the host dialog may remount its aside
// (e.g. when a bot is applied to the draft), and a scenario with generated traffic must survive it.
// Nothing here runs at import time; the worker starts on first use.
import { useSyncExternalStore } from 'react';
import { DRAFT_ID } from '../model/build-scenario';
import { browserStorage, checksKey, isEmpty, moveChecks, moveOtherNewBotChecks, removeChecks, removeOtherNewBotChecks, type SaveOutcome } from '../model/checks-storage';
import type { Workbench } from '../model/types';
import { withoutHeldTraffic } from '../model/engine-stopped';
import { createEngineClient, type EngineClient } from '../worker/client';

const workbenches = new Map<string, Workbench>();

export function rememberWorkbench(id: string, wb: Workbench): void {
  workbenches.set(id, wb);
}

export function recallWorkbench(id: string): Workbench | undefined {
  return workbenches.get(id);
}

export function forgetWorkbench(id: string): void {
  workbenches.delete(id);
}

/** Forgets every scenario of this page, as a reload does (tests start each case from a fresh page). */
export function forgetAllWorkbenches(): void {
  workbenches.clear();
  keptOutcomes.clear();
}

/**
 * A new bot was saved as `botId` (and its dialog closed): the scenario composed for it, kept under
 * the new bot's place, moves to the bot, in this page and in localStorage, unless the bot already
 * has one. The next new bot then starts empty, and the saved bot opens with its events.
 */
export function adoptNewBotScenario(botId: string): void {
  const wb = workbenches.get(DRAFT_ID);
  if (wb && !workbenches.has(botId)) workbenches.set(botId, wb);
  workbenches.delete(DRAFT_ID);
  moveChecks(browserStorage(), DRAFT_ID, botId);
}

/**
 * The draft of a bot deleted elsewhere became the new bot's ("Keep as a new bot"): the scenario kept
 * under the deleted bot's id moves to the new bot's place with it, in this page and in localStorage,
 * unless the new bot already has a scenario (then it stays where it was, harmless: no bot reuses the
 * id). The app waits for this before it opens the new bot, so that its panel finds the scenario.
 */
export function adoptDeletedBotScenario(botId: string): void {
  const storage = browserStorage();
  if (newBotHoldsScenario(storage)) return;
  const wb = workbenches.get(botId);
  if (wb) workbenches.set(DRAFT_ID, wb);
  else workbenches.delete(DRAFT_ID);
  workbenches.delete(botId);
  moveChecks(storage, botId, DRAFT_ID);
}

/** Whether this tab's new bot has a scenario, in this page or kept in localStorage. */
export function newBotHoldsScenario(storage: Storage | undefined = browserStorage()): boolean {
  const held = workbenches.get(DRAFT_ID);
  if (held !== undefined && (!isEmpty(held) || held.bulk !== null)) return true;
  try {
    return storage?.getItem(checksKey(DRAFT_ID)) != null;
  } catch {
    return false;
  }
}

/**
 * The new bot another tab was creating became this tab's ("Continue it here"): its scenario, kept
 * under that tab's place, comes with it. The app asks newBotHoldsScenario() first and refuses the
 * move when this tab's new bot has events of its own (they would hide the other tab's, which would
 * then be kept under a place nothing leads back to); this check only guards against a race.
 */
export function adoptOtherNewBotScenario(slot: string): void {
  const storage = browserStorage();
  if (newBotHoldsScenario(storage)) return;
  workbenches.delete(DRAFT_ID); // an empty one of this page would hide the kept one
  moveOtherNewBotChecks(storage, slot);
}

/** The new bot another tab was creating was discarded here: its scenario goes too. */
export function forgetOtherNewBotScenario(slot: string): void {
  removeOtherNewBotChecks(browserStorage(), slot);
}

/**
 * A new bot's changes were discarded (its dialog closed): the scenario composed for it goes too,
 * so the next new bot starts empty, as it does after a save.
 */
export function forgetNewBotScenario(): void {
  workbenches.delete(DRAFT_ID);
  removeChecks(browserStorage(), DRAFT_ID);
}

/** What the last keeping of each place's scenario in localStorage did, for the notes that say it. */
const keptOutcomes = new Map<string, SaveOutcome>();
const keptListeners = new Set<() => void>();

export function recordKept(id: string, outcome: SaveOutcome): void {
  if (keptOutcomes.get(id) === outcome) return;
  keptOutcomes.set(id, outcome);
  for (const l of keptListeners) l();
}

/** The last outcome of keeping `id`'s scenario (null before the first), re-rendering when it changes. */
export function useKeptOutcome(id: string): SaveOutcome | null {
  return useSyncExternalStore(
    (onChange) => {
      keptListeners.add(onChange);
      return () => keptListeners.delete(onChange);
    },
    () => keptOutcomes.get(id) ?? null,
  );
}

/** Stops the engine this long after the last panel closed (a reopened panel finds its traffic). */
export const IDLE_STOP_MS = 60_000;

type Shared = { client: EngineClient; users: number; timer: ReturnType<typeof setTimeout> | null };
let shared: Shared | null = null;

function startShared(): Shared {
  const client = createEngineClient();
  // An engine that stopped on its own took its traffic with it: no scenario of this page claims it
  // any more, also one whose panel is closed now (it would claim it when it opens again).
  client.onStop(() => {
    for (const [id, wb] of workbenches) workbenches.set(id, withoutHeldTraffic(wb));
  });
  return { client, users: 0, timer: null };
}

export function sharedClient(): EngineClient {
  shared ??= startShared();
  return shared.client;
}

export function retainClient(): () => void {
  const s = (shared ??= startShared());
  s.users += 1;
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  return () => {
    s.users -= 1;
    if (s.users > 0) return;
    s.timer = setTimeout(() => {
      if (s.users > 0) return;
      s.client.dispose();
      // The worker's traffic is gone with it, and the load demo bots that came with it, as when the
      // engine stops on its own (they replayed the composer's few events as 19 extra bots).
      for (const [id, wb] of workbenches) workbenches.set(id, withoutHeldTraffic(wb));
    }, IDLE_STOP_MS);
  };
}
