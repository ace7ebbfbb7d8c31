// A fast path for the engine's hot loop: "YYYY-MM-DDTHH:MM:SSZ" (the canonical form, what most
// files hold) read with char codes and no allocation; anything else goes to the time module.
import { formatInstant, tryParseInstant } from './time';

const DAY_MS = 86_400_000;

function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * instantMs written into `out[i]`: the replay's pre-pass calls this for every event, and a double
 * returned from a call is boxed (a heap number per event), one stored into a Float64Array is not.
 */
export function instantMsInto(out: Float64Array, i: number, s: string): void {
  out[i] = instantMs(s);
}

/** ms since the epoch of an instant (validated text); NaN when it is none. */
export function instantMs(s: string): number {
  if (
    s.length === 20 &&
    s.charCodeAt(19) === 90 && // Z
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    const hi = digits2(s, 0);
    const lo = digits2(s, 2);
    const month = digits2(s, 5);
    const day = digits2(s, 8);
    const hour = digits2(s, 11);
    const minute = digits2(s, 14);
    const second = digits2(s, 17);
    if (hi >= 0 && lo >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
      const year = hi * 100 + lo;
      if (day <= daysIn(year, month)) return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
    }
  }
  return tryParseInstant(s) ?? Number.NaN;
}

// The date part of the last day formatted by instantText (char codes of "YYYY-MM-DD"): results are
// written in time order, so consecutive texts mostly share their day.
let textDay = Number.NaN;
let y1 = 0, y2 = 0, y3 = 0, y4 = 0, mo1 = 0, mo2 = 0, d1 = 0, d2 = 0;

/** Upper bound (exclusive) of the fast path: 10000-01-01T00:00:00Z. */
const MAX_FAST_MS = 253_402_300_800_000;

/**
 * ms → the same text as formatInstant, built as one flat string (no intermediate pieces: results
 * keep tens of thousands of these). Whole seconds in years 1970–9999; anything else goes to formatInstant.
 */
export function instantText(ms: number): string {
  if (!(ms >= 0 && ms < MAX_FAST_MS && ms % 1000 === 0)) return formatInstant(ms);
  const days = Math.floor(ms / DAY_MS);
  if (days !== textDay) {
    textDay = days;
    // civil from days (Howard Hinnant), as the time module does
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    y1 = 48 + Math.floor(year / 1000);
    y2 = 48 + (Math.floor(year / 100) % 10);
    y3 = 48 + (Math.floor(year / 10) % 10);
    y4 = 48 + (year % 10);
    mo1 = 48 + Math.floor(month / 10);
    mo2 = 48 + (month % 10);
    d1 = 48 + Math.floor(day / 10);
    d2 = 48 + (day % 10);
  }
  const secs = (ms - days * DAY_MS) / 1000;
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs / 60) % 60;
  const s = secs % 60;
  return String.fromCharCode(
    y1, y2, y3, y4, 45, mo1, mo2, 45, d1, d2, 84,
    48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(m / 10), 48 + (m % 10), 58, 48 + Math.floor(s / 10), 48 + (s % 10), 90,
  );
}
