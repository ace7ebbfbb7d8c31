// Occurrences of scheduled triggers (R11). Every occurrence is computed from the rule — a local
// calendar date plus the rule's wall time, then converted once — never by stepping from the
// previous fire, so month ends and daylight-saving shifts never drift.
import { assertNever, clockToMinutes, daysInMonth } from '../../domain';
import type { TriggerOf } from '../../domain';
import { MS_PER_DAY, MS_PER_MINUTE, civilFromDays, daysFromCivil, weekdayOfDays } from './civil';
import { instantOfLocal, localMsAt, zoneOf } from './zone';
import type { Zone } from './zone';

export type ScheduleTrigger = TriggerOf<'on_date'> | TriggerOf<'recurring'>;

const ON_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * How far back (in local days) the walk starts before `fromMs`: a rule date's occurrence can land
 * later than its own date only by the length of a daylight-saving gap (at most a day, e.g. Samoa 2011).
 */
const LOOKBACK_DAYS = 2;

/** Calls `visit` with each occurrence ≥ fromMs, strictly increasing, until it returns false. */
function walk(trigger: ScheduleTrigger, zone: Zone, fromMs: number, visit: (ms: number) => boolean): void {
  if (trigger.type === 'on_date') {
    const m = ON_DATE_RE.exec(trigger.at);
    if (!m) return;
    const wall = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) * MS_PER_DAY + (Number(m[4]) * 60 + Number(m[5])) * MS_PER_MINUTE;
    const ms = instantOfLocal(zone, wall);
    if (ms >= fromMs) visit(ms);
    return;
  }
  const timeMs = clockToMinutes(trigger.time) * MS_PER_MINUTE;
  const startDay = Math.floor(localMsAt(zone, fromMs) / MS_PER_DAY) - LOOKBACK_DAYS;
  let last = -Infinity;
  // One occurrence on local day `day`; false when the walk should stop.
  const emit = (day: number): boolean => {
    const ms = instantOfLocal(zone, day * MS_PER_DAY + timeMs);
    if (ms < fromMs || ms <= last) return true;
    last = ms;
    return visit(ms);
  };
  switch (trigger.every) {
    case 'day': {
      for (let day = startDay; ; day++) if (!emit(day)) return;
    }
    case 'week': {
      const weekday = trigger.weekday ?? 1;
      const first = startDay + ((weekday - weekdayOfDays(startDay) + 7) % 7);
      for (let day = first; ; day += 7) if (!emit(day)) return;
    }
    case 'month': {
      const dayOfMonth = trigger.dayOfMonth ?? 1;
      const start = civilFromDays(startDay);
      for (let year = start.year, month = start.month; ; month === 12 ? ((month = 1), year++) : month++) {
        if (!emit(daysFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month))))) return;
      }
    }
    case 'year': {
      const dayOfMonth = trigger.dayOfMonth ?? 1;
      const month = trigger.month ?? 1;
      for (let year = civilFromDays(startDay).year; ; year++) {
        if (!emit(daysFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month))))) return;
      }
    }
    default:
      assertNever(trigger.every);
  }
}

/**
 * Every occurrence of an on_date or recurring trigger in [fromMs, untilMs] (both inclusive), sorted.
 * Wall times are local to `tz`. Month day 31 in a shorter month → that month's last day; 29 February
 * in other years → 28 February; a time in a daylight-saving gap → the first minute after the gap; a
 * repeated time → its first occurrence.
 */
export function occurrences(trigger: ScheduleTrigger, tz: string, fromMs: number, untilMs: number): number[] {
  const out: number[] = [];
  if (!(fromMs <= untilMs)) return out;
  walk(trigger, zoneOf(tz), fromMs, (ms) => {
    if (ms > untilMs) return false;
    out.push(ms);
    return true;
  });
  return out;
}

/** The next `n` occurrences at or after `afterMs` (fewer for an on_date trigger), sorted. */
export function nextOccurrences(trigger: ScheduleTrigger, tz: string, afterMs: number, n: number): number[] {
  const out: number[] = [];
  if (!(n >= 1)) return out;
  walk(trigger, zoneOf(tz), afterMs, (ms) => {
    out.push(ms);
    return out.length < n;
  });
  return out;
}
