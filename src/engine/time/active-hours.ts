// Active hours (R17) compiled once into a minute-of-week bitmap in their own zone.
import { rangeIntervals, WEEKDAY_NAMES } from '../../domain';
import type { ActiveHours } from '../../domain';
import { MS_PER_DAY, MS_PER_MINUTE, pad2 } from './civil';
import { localMsAt, zoneOf } from './zone';

const MINUTES_PER_WEEK = 7 * 1440;
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export type CompiledActiveHours = {
  /** The zone the ranges are read in: activeHours.timezone, else the account's. */
  readonly timezone: string;
  /** Whether the instant falls inside a range (`to` exclusive). Cheap and allocation-free. */
  contains(ms: number): boolean;
  /** The local wall time for explanations: "Tue 17:00 (America/New_York)"; with `seconds`, "Tue 17:00:30" when they are not zero. */
  describe(ms: number, seconds?: boolean): string;
  /**
   * Why an instant outside the ranges is outside, from that local day's ranges: "Tue 17:01 is after
   * 17:00", "Tue 17:00 is when the hours end, and 17:00 itself is not included", "Thu 10:00 is after
   * 09:00; the hours start again at 18:00" (not "between 09:00 and 18:00": with overnight hours
   * that read as inside them), "Mon 07:30 is before 09:00", "Sun 20:01: no active hours on Sunday",
   * each followed by the zone.
   */
  explainOutside(ms: number): string;
};

const clock = (minute: number): string => `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;

/** By weekday (0 = Monday): the day's open stretches as [from, to) minute pairs, read off the week's flags. */
function stretchesByDay(open: Uint8Array): number[][] {
  const days: number[][] = [];
  for (let day = 0; day < 7; day++) {
    const base = day * 1440;
    const pairs: number[] = [];
    for (let m = 0; m < 1440; m++) {
      if (open[base + m] === 1 && (m === 0 || open[base + m - 1] === 0)) pairs.push(m);
      if (open[base + m] === 1 && (m === 1439 || open[base + m + 1] === 0)) pairs.push(m + 1);
    }
    days.push(pairs);
  }
  return days;
}

/**
 * The sentence of explainOutside() for minute `mow` of the week, outside every range, from that local
 * day's open stretches (overnight ranges included on the day they run into).
 */
function outsideSentence(stretches: readonly (readonly number[])[], mow: number, timezone: string): string {
  const day = Math.floor(mow / 1440);
  const minute = mow - day * 1440;
  const pairs = stretches[day]!;
  let end = -1; // where the last stretch before the minute ends (exclusive)
  let start = -1; // where the next stretch after it starts
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i + 1]! <= minute) end = pairs[i + 1]!;
    else if (start < 0 && pairs[i]! > minute) start = pairs[i]!;
  }
  const when = `${WEEKDAY_SHORT[day]} ${clock(minute)}`;
  // Midnight just after a range ending at 24:00 (or typed 00:00): the end of the day before, not "no
  // active hours". "Midnight", not "24:00": the admin may have typed either.
  const before = stretches[(day + 6) % 7]!;
  if (minute === 0 && before[before.length - 1] === 1440) {
    const then = start < 0 ? `; there are no active hours on ${WEEKDAY_NAMES[day]}` : `; they start again at ${clock(start)}`;
    return `${when} is when ${WEEKDAY_NAMES[(day + 6) % 7]}'s hours end, and midnight itself is not included${then} (${timezone})`;
  }
  // The very minute a range ends is outside it (R17: `to` is exclusive): "after 18:00" would be
  // wrong there, so that minute says so.
  const why =
    end < 0 && start < 0
      ? `: no active hours on ${WEEKDAY_NAMES[day]}`
      : end < 0
        ? ` is before ${clock(start)}`
        : end === minute
          ? ` is when the hours end, and ${clock(end)} itself is not included${start < 0 ? '' : `; they start again at ${clock(start)}`}`
          : start < 0
            ? ` is after ${clock(end)}`
            : ` is after ${clock(end)}; the hours start again at ${clock(start)}`;
  return `${when}${why} (${timezone})`;
}

/** Minute of the local week, 0 = Monday 00:00 … 10079 = Sunday 23:59. */
function minuteOfWeek(local: number): number {
  const days = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE);
  return (((days + 3) % 7) + 7) % 7 * 1440 + minute;
}

/**
 * Compiles active hours. Ranges are per weekday; `to` is exclusive; a range whose `to` is earlier
 * than its `from` runs past midnight into the next day (Sunday into Monday); "24:00" ends the day.
 * `null` (no active hours) is always active.
 */
export function compileActiveHours(activeHours: ActiveHours | null, accountTz: string): CompiledActiveHours {
  const timezone = activeHours?.timezone ?? accountTz;
  const zone = zoneOf(timezone);
  const describe = (ms: number, seconds = false): string => {
    const mow = minuteOfWeek(localMsAt(zone, ms));
    // Seconds only when asked for and not zero: "Mon 10:41:40" (zones are whole minutes apart).
    const sec = seconds ? Math.floor((((ms % 60_000) + 60_000) % 60_000) / 1000) : 0;
    return `${WEEKDAY_SHORT[Math.floor(mow / 1440)]} ${clock(mow % 1440)}${sec ? `:${String(sec).padStart(2, '0')}` : ''} (${timezone})`;
  };
  if (activeHours === null) return { timezone, contains: () => true, describe, explainOutside: describe };
  const open = new Uint8Array(MINUTES_PER_WEEK);
  for (const range of activeHours.ranges) {
    for (const [start, end] of rangeIntervals(range)) open.fill(1, start, end);
  }
  let stretches: number[][] | null = null; // made on the first explanation
  return {
    timezone,
    contains: (ms: number) => open[minuteOfWeek(localMsAt(zone, ms))] === 1,
    describe,
    explainOutside: (ms: number) => outsideSentence((stretches ??= stretchesByDay(open)), minuteOfWeek(localMsAt(zone, ms)), timezone),
  };
}
