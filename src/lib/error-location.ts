// Where a bot's validation error sits, in words a sales admin reads ("Condition 1 (Tags)") rather
// than the validator's path ("conditions.0.tagIds"): for the editor's notice after Save and for the
// simulator's list of what stops a replay.
import { WEEKDAY_NAMES } from '../domain';

const CONDITION_NAMES: ReadonlyMap<string, string> = new Map([
  ['tags', 'Tags'],
  ['not_tags', 'Does not have tags'],
  ['stages', 'Lead stage'],
  ['responsible', 'Responsible user'],
  ['sale', 'Sale'],
  ['source', 'Source'],
  ['utm', 'UTM'],
]);

/** The kind of the draft's condition `n`, read safely: the draft may be anything a form or a file held. */
function conditionType(bot: unknown, n: number): string {
  const list = typeof bot === 'object' && bot !== null ? (bot as { conditions?: unknown }).conditions : undefined;
  const condition: unknown = Array.isArray(list) ? list[n] : undefined;
  const type = typeof condition === 'object' && condition !== null ? (condition as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : '';
}


/** The draft's active-hours ranges, read safely, or [] when it holds none. */
function hoursRanges(bot: unknown): unknown[] {
  const hours = typeof bot === 'object' && bot !== null ? (bot as { activeHours?: unknown }).activeHours : undefined;
  const ranges = typeof hours === 'object' && hours !== null ? (hours as { ranges?: unknown }).ranges : undefined;
  return Array.isArray(ranges) ? ranges : [];
}

/** A range's weekday (1 = Monday .. 7), or 0 when it has none the editor can show. */
function weekdayOf(range: unknown): number {
  const weekday = typeof range === 'object' && range !== null ? (range as { weekday?: unknown }).weekday : undefined;
  return typeof weekday === 'number' && Number.isInteger(weekday) && weekday >= 1 && weekday <= 7 ? weekday : 0;
}

/**
 * Where range `n` sits as the active-hours editor lays it out: under its weekday, numbered among
 * that day's ranges in list order, and numbered only when the day has more than one ("Monday, range 2").
 */
function rangeLocation(bot: unknown, n: number): string {
  const ranges = hoursRanges(bot);
  const weekday = weekdayOf(ranges[n]);
  if (weekday === 0) return `Active hours, range ${n + 1}`;
  const sameDay = ranges.flatMap((r, i) => (weekdayOf(r) === weekday ? [i] : []));
  const day = WEEKDAY_NAMES[weekday - 1]!;
  return sameDay.length > 1 ? `Active hours, ${day}, range ${sameDay.indexOf(n) + 1}` : `Active hours, ${day}`;
}

/**
 * Where an error of a bot sits, in words ("Condition 1 (Tags)", "Active hours, Monday, range 2");
 * `bot`, the draft, names the condition's kind and the weekday of an active-hours range.
 */
export function locationOf(path: string, bot?: unknown): string {
  const [head, index, third] = path.split('.');
  const n = Number(index);
  switch (head) {
    case 'name':
      return 'Bot name';
    case 'triggers':
      return Number.isInteger(n) ? `Trigger ${n + 1}` : 'Triggers';
    case 'conditions': {
      if (!Number.isInteger(n)) return 'Conditions';
      const kind = CONDITION_NAMES.get(conditionType(bot, n));
      return kind ? `Condition ${n + 1} (${kind})` : `Condition ${n + 1}`;
    }
    case 'activeHours':
      return index === 'ranges' && third !== undefined && /^\d+$/.test(third) ? rangeLocation(bot, Number(third)) : 'Active hours';
    case 'keepUnanswered':
      return 'Message status';
    default:
      return 'Bot';
  }
}
