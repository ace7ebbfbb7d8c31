// Small wording helpers shared by the summaries and the editors.
import { isLocalDateTime, MONTH_NAMES, stageLabels, type Account, type EntityType } from '../../../domain';

export const ENTITY_LABELS: Record<EntityType, string> = {
  lead: 'lead',
  contact: 'contact',
  company: 'company',
  product: 'product',
};

export { MONTH_NAMES, WEEKDAY_NAMES } from '../../../domain';

/** "Qualified", "Qualified or Won", "Incoming leads, Qualified or Won". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

// Shared with the simulator's results (src/lib): one wording of delays everywhere.
export { cooldownWords, delayWords, durationWords } from '../../../lib/duration-words';

/** Stage names, with the pipeline when the account has several. */
export function stageNames(account: Account, stageIds: readonly string[]): string[] {
  const labels = stageLabels(account);
  return stageIds.map((id) => labels.get(id) ?? 'an unknown stage');
}

export function channelsWords(account: Account, channelIds: readonly string[]): string {
  if (channelIds.length === 0) return 'any channel';
  return orList(channelIds.map((id) => account.channels.find((c) => c.id === id)?.name ?? 'an unknown channel'));
}

export function nameOf<T extends { id: string }>(items: readonly T[], id: string, name: (item: T) => string, unknown: string): string {
  const item = items.find((i) => i.id === id);
  return item ? name(item) : unknown;
}

/**
 * "2026-12-31T09:00" → "31 December 2026 at 09:00" (wall time, no zone maths). A value the boxes hold
 * while a part is missing or wrong ("2027-02-15T", "2027-02-15T25:00") is not said as a date.
 */
export function localDateTimeWords(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(at);
  if (at === '' || at === 'T') return 'a date not set yet';
  if (!m || !isLocalDateTime(at)) return 'a date and time to fix';
  const month = MONTH_NAMES[Number(m[2]) - 1];
  if (!month) return 'a date not set yet';
  return `${Number(m[3])} ${month} ${m[1]} at ${m[4]}`;
}
