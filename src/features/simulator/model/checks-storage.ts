// The scenario kept with a bot in localStorage, under "salesbot-studio:checks:<botId|draft>": its
// events and leads (what the admin composed or loaded, so that a reload loses none of it) and, when it
// has them, its expectations, the regression checks re-run on every edit of that bot.
import { validateScenario, type Account } from '../../../domain';
import { workbenchOf } from './build-scenario';
import type { Workbench } from './types';

export const CHECKS_PREFIX = 'salesbot-studio:checks:';
/** Larger scenarios (e.g. generated traffic) are not stored. */
export const MAX_STORED_CHECKS_BYTES = 2 * 1024 * 1024;

export const checksKey = (botId: string) => `${CHECKS_PREFIX}${botId}`;

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
};

/** True when the workbench is too large to keep in localStorage. */
export function checksTooLarge(wb: Workbench): boolean {
  return JSON.stringify([wb.leads, wb.events, wb.otherBots, wb.expect]).length > MAX_STORED_CHECKS_BYTES;
}

export type SaveOutcome = 'saved' | 'removed' | 'too-large' | 'unavailable';

/** Nothing worth keeping: no expectation, no event and no lead (the panel's starting scenario). */
function isEmpty(wb: Workbench): boolean {
  return !wb.expect && wb.events.length === 0 && wb.leads.length === 0;
}

/**
 * Keeps the workbench with the bot: its scenario, and its expectations when it has them. An empty
 * workbench removes what was kept, and so does one with worker-held traffic (too large to keep;
 * the panel says so and offers to export it).
 */
export function saveChecks(storage: Storage | undefined, botId: string, wb: Workbench): SaveOutcome {
  if (!storage) return 'unavailable';
  try {
    if (isEmpty(wb) || wb.bulk) return removeChecks(storage, botId);
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
      otherBots: wb.otherBots,
    };
    const text = JSON.stringify(stored);
    if (text.length > MAX_STORED_CHECKS_BYTES) return 'too-large';
    storage.setItem(checksKey(botId), text);
    return 'saved';
  } catch {
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

/** The checks kept with a bot, validated against today's account; null when none (or no longer valid). */
export function loadChecks(storage: Storage | undefined, botId: string, account: Account): Workbench | null {
  if (!storage) return null;
  let raw: unknown;
  try {
    const text = storage.getItem(checksKey(botId));
    if (text === null) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return null;
  const r = raw as Partial<Stored>;
  const checked = validateScenario({
    name: r.name,
    ...(r.description !== undefined ? { description: r.description } : {}),
    account,
    leads: r.leads,
    bots: r.otherBots,
    events: r.events,
    ...(r.start !== undefined ? { start: r.start } : {}),
    ...(r.until !== undefined ? { until: r.until } : {}),
    ...(r.expect !== undefined ? { expect: r.expect } : {}),
  });
  if (!checked.ok) return null;
  const s = checked.value;
  return workbenchOf(s, typeof r.mainBotRef === 'string' ? r.mainBotRef : null, s.bots);
}
