// Instants shown and typed as local date-times in the account's time zone (never the browser's).
import { formatInstant, formatLocal, fromLocal, toLocal, utcOffsetAt, wallTimeInstants } from '../../../engine/time';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-06-01T14:00:00Z" → "2026-06-01T10:00" in America/New_York (LocalTimeInput splits it into its date and time boxes). */
export function instantToLocalInput(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const l = toLocal(ms, tz);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;
}

/** "2026-06-01T10:00" local to `tz` → "2026-06-01T14:00:00Z"; null when it is not a date-time (R11 readings, see readLocalInput). */
export function localInputToInstant(value: string, tz: string): string | null {
  return readLocalInput(value, tz)?.at ?? null;
}

const DAY_MS = 86_400_000;

/**
 * The years a typed date may be in. The browser's date box hands on every year as it is typed
 * ("2" of "2026" is the year 0002), and a replay from there took seconds a keystroke.
 */
export const YEARS = { min: 1900, max: 2200 } as const;

/** "YYYY-MM-DD" (or a longer date) whose year is outside YEARS; false for "" or no date. */
export const yearOutOfRange = (date: string): boolean => {
  const m = /^(\d+)-/.exec(date);
  return m !== null && (Number(m[1]) < YEARS.min || Number(m[1]) > YEARS.max);
};

/** "2026-06-01" → "2026-06-02": the date after a "YYYY-MM-DD" (24:00 of a day is 00:00 of this one); null for no such date. */
export function nextDate(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  const day = new Date(Date.UTC(2000, mo - 1, d));
  day.setUTCFullYear(y); // years before 100 are not read as 19xx
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  day.setUTCDate(d + 1);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** What is said at a date box holding such a year. */
export const YEAR_RANGE_TEXT = `Enter a year from ${YEARS.min} to ${YEARS.max}`;

/**
 * A typed local date-time read in `tz`, saying what the clocks did to it. `at` is the instant used.
 * For a time that happens twice (the clocks go back), `other` is its second reading and `at` the one
 * on the same clock as `near` (the value it replaces, when on the same day), else the first. For a
 * time that never happens (the clocks go forward), `gap` is true and `at` the first minute after the
 * jump. Null when it is not a date-time, or its year is outside YEARS.
 */
export function readLocalInput(value: string, tz: string, near?: string): { at: string; other: string | null; gap: boolean } | null {
  const m = LOCAL_RE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || y < YEARS.min || y > YEARS.max) return null;
  const instants = wallTimeInstants(tz, y, mo, d, h, mi);
  if (instants.length === 0) return { at: formatInstant(fromLocal(tz, y, mo, d, h, mi)), other: null, gap: true };
  const [first, second] = instants as [number, number | undefined];
  if (second === undefined) return { at: formatInstant(first), other: null, gap: false };
  // The time happens twice: keep the clock (EDT or EST) of the value it replaces when that is the
  // same day, so that moving an event within the repeated hour never jumps it an hour.
  const nearMs = near === undefined ? Number.NaN : Date.parse(near);
  const takeSecond = Math.abs(nearMs - first) < DAY_MS && utcOffsetAt(nearMs, tz) === utcOffsetAt(second, tz);
  return takeSecond
    ? { at: formatInstant(second), other: formatInstant(first), gap: false }
    : { at: formatInstant(first), other: formatInstant(second), gap: false };
}

/**
 * "Mon 1 Jun 2026, 10:00 EDT" for an ISO instant; its seconds where it has some ("10:09:59 EDT"):
 * an event at 10:09:59 showed as 10:09, beside a run at 10:10 that its 10-minute cooldown explained.
 */
export function showInstant(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? formatLocal(ms, tz, true) : iso;
}
