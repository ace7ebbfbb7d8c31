// Active hours in words, for summaries: "Mon–Fri 09:00–18:00 (America/New_York)". Pure.
import { clockToMinutes, isClock, WEEKDAY_NAMES, type ActiveHours } from '../../../domain';

export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_LONG = WEEKDAY_NAMES;

/**
 * Ranges of one weekday in words, earliest first: "09:00–12:00, 13:00–18:00"; a whole day is "all
 * day"; an overnight range "18:00–09:00 next day".
 */
function dayWords(ranges: readonly { from: string; to: string }[]): string {
  return [...ranges]
    .sort((a, b) => clockToMinutes(a.from) - clockToMinutes(b.from))
    // An overnight range (`to` before `from`) ends the next morning: said, or "Mon 18:00–09:00" read
    // as "before 9 and after 18 on Monday", and Monday's own early hours looked covered.
    // One that ends at 00:00 ends at midnight: "20:00–24:00", not "20:00–00:00 next day".
    .map((r) =>
      !isClock(r.from) || !isClock(r.to, true)
        ? 'a range to fix'
        : r.from === '00:00' && r.to === '24:00'
        ? 'all day'
        : r.to === '00:00' && r.from !== '00:00'
          ? `${r.from}–24:00`
          : clockToMinutes(r.to) < clockToMinutes(r.from)
            ? `${r.from}–${r.to} next day`
            : `${r.from}–${r.to}`,
    )
    .join(', ');
}

/**
 * "Always active" for null; otherwise each run of consecutive weekdays with the same ranges, then
 * the zone the ranges are read in: "Mon–Fri 09:00–18:00; Sat 10:00–14:00 (Europe/Berlin)".
 */
export function describeActiveHours(value: ActiveHours | null, accountTz: string): string {
  if (value === null) return 'Always active';
  const tz = value.timezone ?? accountTz;
  if (value.ranges.length === 0) return `Never active: no time ranges (${tz})`;
  const perDay = WEEKDAY_SHORT.map((_, i) => dayWords(value.ranges.filter((r) => r.weekday === i + 1)));
  const runs: { first: number; last: number; words: string }[] = [];
  perDay.forEach((words, day) => {
    if (words === '') return;
    const run = runs[runs.length - 1];
    if (run && run.last === day - 1 && run.words === words) run.last = day;
    else runs.push({ first: day, last: day, words });
  });
  const parts = runs.map(({ first, last, words }) => {
    const days = first === last ? WEEKDAY_SHORT[first] : `${WEEKDAY_SHORT[first]}–${WEEKDAY_SHORT[last]}`;
    return `${days} ${words}`;
  });
  return `${parts.join('; ')} (${tz})`;
}
