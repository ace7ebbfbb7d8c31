// Instants ↔ local wall times in a named zone.
import { MS_PER_DAY, MS_PER_MINUTE, civilFromDays, dayKeyOf, daysFromCivil, weekdayOfDays } from './civil';
import { instantOfLocal, localMsAt, zoneOf } from './zone';

export type LocalTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay: number;
  /** "2026-06-01" */
  dayKey: string;
};

/** The local wall time of an instant in an IANA zone. */
export function toLocal(ms: number, tz: string): LocalTime {
  const local = localMsAt(zoneOf(tz), ms);
  const days = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE);
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    weekday: weekdayOfDays(days),
    minuteOfDay,
    dayKey: dayKeyOf(year, month, day),
  };
}

/**
 * The local calendar day of an instant as a number (days since 1970-01-01 in that zone's calendar).
 * Allocation-free: for per-event checks such as "first message of the local day".
 */
export function localDayNumber(ms: number, tz: string): number {
  return Math.floor(localMsAt(zoneOf(tz), ms) / MS_PER_DAY);
}

/**
 * The instant of a local wall time (R11). A time skipped by a daylight-saving jump gives the first
 * valid minute after the gap (02:30 on 2026-03-08 in America/New_York → 03:00 EDT = 07:00Z); a
 * repeated time gives its first occurrence (the earlier instant).
 */
export function fromLocal(tz: string, year: number, month: number, day: number, hour: number, minute: number): number {
  return instantOfLocal(zoneOf(tz), daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE);
}

/** The zone's offset from UTC at an instant, in ms (negative west of Greenwich). */
export function utcOffsetAt(ms: number, tz: string): number {
  return zoneOf(tz).offsetAt(ms);
}

/**
 * Every instant that shows a local wall time, earliest first: one as a rule, two for a time repeated
 * when the clocks go back, none for a time skipped when they go forward. For inputs that must say
 * which one they took (fromLocal picks by R11).
 */
export function wallTimeInstants(tz: string, year: number, month: number, day: number, hour: number, minute: number): number[] {
  const zone = zoneOf(tz);
  const local = daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  const out: number[] = [];
  // Offsets a day either side bracket every instant that could show this wall time (as instantOfLocal).
  for (const offset of [zone.offsetAt(local - MS_PER_DAY), zone.offsetAt(local + MS_PER_DAY)]) {
    const at = local - offset;
    if (zone.offsetAt(at) === offset && !out.includes(at)) out.push(at);
  }
  return out.sort((a, b) => a - b);
}
