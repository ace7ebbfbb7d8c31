// Active hours (R17) compiled once into a minute-of-week bitmap in their own zone.
import { rangeIntervals } from '../../domain';
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
  /** The local wall time for explanations: "Tue 17:00 (America/New_York)". */
  describe(ms: number): string;
};

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
  const describe = (ms: number): string => {
    const mow = minuteOfWeek(localMsAt(zone, ms));
    const minute = mow % 1440;
    return `${WEEKDAY_SHORT[Math.floor(mow / 1440)]} ${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)} (${timezone})`;
  };
  if (activeHours === null) return { timezone, contains: () => true, describe };
  const open = new Uint8Array(MINUTES_PER_WEEK);
  for (const range of activeHours.ranges) {
    for (const [start, end] of rangeIntervals(range)) open.fill(1, start, end);
  }
  return {
    timezone,
    contains: (ms: number) => open[minuteOfWeek(localMsAt(zone, ms))] === 1,
    describe,
  };
}
