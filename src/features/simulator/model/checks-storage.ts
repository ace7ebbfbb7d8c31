// The scenario kept with a bot in localStorage, under "salesbot-studio:checks:<botId>" (a new bot's
// under "salesbot-studio:new-checks:<tab>", see newBotChecksKey): its
// events and leads (what the admin composed or loaded, so that a reload loses none of it) and, when it
// has them, its expectations, the regression checks re-run on every edit of that bot.
import { NEW_BOT_SCENARIO_PREFIX } from '../../../lib/new-bot-scenario';
import { pageStorage, storageIsMemoryOnly } from '../../../lib/page-storage';
import { isTabSlot, tabSlot } from '../../../lib/tab-slot';
import type * as z from 'zod';
import { Bot, Expectations, Instant, Lead, SimEvent } from '../../../domain';
import { DRAFT_ID } from './build-scenario';
import { EMPTY_WORKBENCH, type Workbench } from './types';

export const CHECKS_PREFIX = 'salesbot-studio:checks:';
/** Larger scenarios (e.g. generated traffic) are not stored. */
export const MAX_STORED_CHECKS_BYTES = 2 * 1024 * 1024;

/** One place names it (src/lib/new-bot-scenario.ts): the app reads a new bot's scenario there too. */
const NEW_CHECKS_PREFIX = NEW_BOT_SCENARIO_PREFIX;

/**
 * Where the scenario of the new bot being created in the tab `slot` is kept (src/lib/tab-slot.ts);
 * '': the place all tabs shared before each had its own (what an earlier version kept there is
 * offered with that tab's draft).
 */
export const newBotChecksKey = (slot: string) => (slot === '' ? `${CHECKS_PREFIX}${DRAFT_ID}` : `${NEW_CHECKS_PREFIX}${slot}`);

/** Where a bot's scenario is kept; DRAFT_ID: the new bot this tab is creating. */
export const checksKey = (botId: string) => (botId === DRAFT_ID ? newBotChecksKey(tabSlot()) : `${CHECKS_PREFIX}${botId}`);

type Stored = {
  v: 1;
  name: string;
  description?: string;
  leads: Workbench['leads'];
  events: Workbench['events'];
  start?: string;
  until?: string;
  /** Absent for a scenario without expectations (events composed by hand). */
  expect?: NonNullable<Workbench['expect']>;
  mainBotRef: string | null;
  otherBots: Workbench['otherBots'];
  /** "Include the account's other bots" ticked (absent: not). The bots themselves are the account's, read afresh. */
  includeAccountBots?: true;
};

export type SaveOutcome = 'saved' | 'removed' | 'too-large' | 'unavailable';

/** The load demo bots generated traffic brings (ids "load-1"…): they go with that traffic. */
export const isLoadDemoBot = (b: { id: string }): boolean => b.id.startsWith('load-');

/**
 * Nothing worth keeping: no expectation, no event and no lead (the panel's starting scenario;
 * worker-held traffic is never kept). The "include the account's other bots" choice alone is not
 * kept either: a stored copy would make a closed tab's new bot look as if it had events to offer.
 */
export function isEmpty(wb: Workbench): boolean {
  return !wb.expect && wb.events.length === 0 && wb.leads.length === 0;
}

/**
 * Keeps the workbench with the bot: its scenario, and its expectations when it has them. An empty
 * workbench removes what was kept. With worker-held traffic (generated or imported in bulk, too
 * large to keep) the rest is kept: the events, leads and expectations composed here, and the file's
 * other bots, but not the load demo bots that came with generated traffic. When the scenario cannot
 * be kept (too large, or the browser refuses), the copy kept before is removed, so that a reload does
 * not bring back an older scenario as if it were the last one; the outcome says why, for the panel.
 */
export function saveChecks(storage: Storage | undefined, botId: string, wb: Workbench): SaveOutcome {
  if (!storage) return isEmpty(wb) ? 'removed' : 'unavailable';
  try {
    if (isEmpty(wb)) return removeChecks(storage, botId);
    const stored: Stored = {
      v: 1,
      name: wb.name,
      ...(wb.description ? { description: wb.description } : {}),
      leads: wb.leads,
      events: wb.events,
      ...(wb.start ? { start: wb.start } : {}),
      ...(wb.until ? { until: wb.until } : {}),
      ...(wb.expect ? { expect: wb.expect } : {}),
      mainBotRef: wb.mainBotRef,
      otherBots: wb.bulk ? wb.otherBots.filter((b) => !isLoadDemoBot(b)) : wb.otherBots,
      ...(wb.includeAccountBots ? { includeAccountBots: true } : {}),
    };
    const text = JSON.stringify(stored);
    if (text.length > MAX_STORED_CHECKS_BYTES) return removeChecks(storage, botId) === 'removed' ? 'too-large' : 'unavailable';
    storage.setItem(checksKey(botId), text);
    return 'saved';
  } catch {
    // Full (or blocked since): the older copy goes, if the browser lets it, rather than come back stale.
    removeChecks(storage, botId);
    return 'unavailable';
  }
}

/** Forgets the scenario kept with a bot. */
export function removeChecks(storage: Storage | undefined, botId: string): SaveOutcome {
  if (!storage) return 'unavailable';
  try {
    storage.removeItem(checksKey(botId));
    return 'removed';
  } catch {
    return 'unavailable';
  }
}

/** Moves the scenario kept under `from` to `to` (a new bot's, once it is saved), unless `to` already has one. */
export function moveChecks(storage: Storage | undefined, from: string, to: string): SaveOutcome {
  if (!storage) return 'unavailable';
  try {
    const text = storage.getItem(checksKey(from));
    if (text === null) return 'removed';
    if (storage.getItem(checksKey(to)) === null) storage.setItem(checksKey(to), text);
    storage.removeItem(checksKey(from));
    return 'saved';
  } catch {
    return 'unavailable';
  }
}

/**
 * Moves the scenario of the new bot another tab was creating (its `slot`) to this tab's new bot, with
 * its draft ("Continue it here" in the bot list), unless this tab's new bot already has one.
 */
export function moveOtherNewBotChecks(storage: Storage | undefined, slot: string): void {
  if (!storage || (slot !== '' && !isTabSlot(slot)) || slot === tabSlot()) return;
  try {
    const text = storage.getItem(newBotChecksKey(slot));
    // This tab's new bot has a scenario: the other stays where it is (never removed unless moved).
    if (text === null || storage.getItem(checksKey(DRAFT_ID)) !== null) return;
    storage.setItem(checksKey(DRAFT_ID), text);
    storage.removeItem(newBotChecksKey(slot));
  } catch {
    // Full or blocked: it stays with the other tab's place.
  }
}

/** Forgets the scenario of the new bot another tab was creating (its draft was discarded). */
export function removeOtherNewBotChecks(storage: Storage | undefined, slot: string): void {
  if (!storage || (slot !== '' && !isTabSlot(slot)) || slot === tabSlot()) return;
  try {
    storage.removeItem(newBotChecksKey(slot));
  } catch {
    // blocked
  }
}

/**
 * Zod issues that break a rule of a value whose shape is right (an emptied id, a too-long address,
 * an instant that does not exist): what the admin typed, which the panel shows as a problem to fix.
 * Other issues (a wrong type, an unknown kind or key) mean the value cannot be read as that thing.
 */
const RULE_ISSUES: ReadonlySet<string> = new Set(['too_small', 'too_big', 'custom', 'invalid_format', 'not_multiple_of']);

/** `value` when it has the schema's shape, whatever rules it breaks (zod's own output when it passes); else undefined. */
function readAs<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.every((i) => RULE_ISSUES.has(i.code)) ? (value as T) : undefined;
}

/** The items of `list` that read as `schema`; `left` counts the others. */
function readList<T>(schema: z.ZodType<T>, list: unknown, left: { n: number }): T[] {
  if (!Array.isArray(list)) {
    if (list !== undefined) left.n += 1;
    return [];
  }
  const out: T[] = [];
  for (const item of list) {
    const read = readAs(schema, item);
    if (read === undefined) left.n += 1;
    else out.push(read);
  }
  return out;
}

/** Where a kept copy that could not be read (wholly or in part) is set aside, as it was, until the admin decides. */
export const UNREADABLE_PREFIX = 'salesbot-studio:checks-unreadable:';
/** DRAFT_ID: this tab's new bot (each tab its own, as newBotChecksKey). */
export const unreadableKey = (botId: string) => (botId === DRAFT_ID ? `${UNREADABLE_PREFIX}new:${tabSlot()}` : `${UNREADABLE_PREFIX}${botId}`);

/**
 * What the admin composed for a bot, as it was kept: events and leads that break a rule today (a lead
 * deleted before the event that names it, an emptied id) come back as they are, and the panel shows
 * their problems. Only what cannot be read at all (not JSON, not a kept scenario, an item of an
 * unknown kind) is left out; then the text as it was kept is copied under `unreadableKey`, where it
 * stays until the admin discards it, and `unreadable` says so. Null when nothing is kept.
 */
export function loadChecks(storage: Storage | undefined, botId: string): { workbench: Workbench; unreadable: boolean } | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(checksKey(botId));
  } catch {
    return null;
  }
  if (text === null) return null;
  // Copied, not moved: loading stays repeatable (React may call a state initializer twice), and the
  // panel's next save writes what it could read over the original, which waits here meanwhile.
  const setAside = (): void => {
    try {
      storage.setItem(unreadableKey(botId), text);
    } catch {
      // The browser's storage is full: the panel says that nothing is kept.
    }
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { v?: unknown }).v !== 1) {
    setAside();
    return { workbench: EMPTY_WORKBENCH, unreadable: true };
  }
  const r = raw as Record<keyof Stored, unknown>;
  const left = { n: 0 };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const instant = (key: 'start' | 'until') => {
    if (r[key] === undefined) return {};
    const v = readAs(Instant, r[key]);
    if (v === undefined) left.n += 1;
    return v === undefined ? {} : { [key]: v };
  };
  let expect: Expectations | undefined;
  if (r.expect !== undefined) {
    expect = readAs(Expectations, r.expect);
    if (expect === undefined) left.n += 1;
  }
  const name = str(r.name);
  if (name === undefined) left.n += 1;
  if (r.includeAccountBots !== undefined && typeof r.includeAccountBots !== 'boolean') left.n += 1;
  const description = str(r.description);
  const workbench: Workbench = {
    name: name ?? EMPTY_WORKBENCH.name,
    ...(description !== undefined ? { description } : {}),
    leads: readList(Lead, r.leads, left),
    events: readList(SimEvent, r.events, left),
    ...instant('start'),
    ...instant('until'),
    ...(expect !== undefined ? { expect } : {}),
    mainBotRef: str(r.mainBotRef) ?? null,
    otherBots: readList(Bot, r.otherBots, left),
    bulk: null,
    ...(r.includeAccountBots === true ? { includeAccountBots: true } : {}),
  };
  if (left.n > 0) setAside();
  return { workbench, unreadable: left.n > 0 };
}

/** The text of a kept copy set aside as unreadable, or null. */
export function unreadableChecks(storage: Storage | undefined, botId: string): string | null {
  try {
    return storage?.getItem(unreadableKey(botId)) ?? null;
  } catch {
    return null;
  }
}

/** Forgets a copy set aside as unreadable (the admin has seen it, and downloaded it or not). */
export function discardUnreadableChecks(storage: Storage | undefined, botId: string): void {
  try {
    storage?.removeItem(unreadableKey(botId));
  } catch {
    // nothing more to do: it stays, and the note with it
  }
}

/** This page's localStorage, or undefined when the browser refuses it (site data blocked: the getter throws). */
export function browserStorage(): Storage | undefined {
  // Site data blocked: the page runs on a storage kept in memory (src/lib/page-storage.ts), which a
  // reload loses, so the panel says the scenario is not kept rather than "kept with this bot".
  return storageIsMemoryOnly() ? undefined : pageStorage();
}
