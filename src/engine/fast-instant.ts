// A fast path for the engine's hot loop: "YYYY-MM-DDTHH:MM:SSZ" (the canonical form, what most
// files hold) read with char codes and no allocation; anything else goes to the time module.
import { civilFromDays, formatInstant, tryParseInstant } from './time';

const DAY_MS = 86_400_000;

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

/** Key (y * 10000 + m * 100 + d) and day number of the last date parsed: events come in time order. */
let parsedKey = -1;
let parsedDays = 0;

/** A digit's value from its char code; anything that is not a digit gives a value above 9 (unsigned). */
function dig(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) >>> 0;
}

/**
 * ms since the epoch of an instant (validated text), written into `out[i]`; NaN when it is none.
 * The replay's pre-pass calls this for every event: a double returned from a call that is not
 * inlined is boxed (a heap number per event), one stored into a Float64Array is not.
 */
export function instantMsInto(out: Float64Array, i: number, s: string): void {
  if (
    s.length === 20 &&
    s.charCodeAt(19) === 90 && // Z
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    const y0 = dig(s, 0), y1 = dig(s, 1), y2 = dig(s, 2), y3 = dig(s, 3);
    const m0 = dig(s, 5), m1 = dig(s, 6), d0 = dig(s, 8), d1 = dig(s, 9);
    const h0 = dig(s, 11), h1 = dig(s, 12), n0 = dig(s, 14), n1 = dig(s, 15), s0 = dig(s, 17), s1 = dig(s, 18);
    if (y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9 && h0 <= 9 && h1 <= 9 && n0 <= 9 && n1 <= 9 && s0 <= 9 && s1 <= 9) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      const hour = h0 * 10 + h1;
      const minute = n0 * 10 + n1;
      const second = s0 * 10 + s1;
      if (hour <= 23 && minute <= 59 && second <= 59) {
        const key = year * 10000 + month * 100 + day;
        if (key === parsedKey) {
          out[i] = parsedDays * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
          return;
        }
        if (month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) {
          parsedKey = key;
          parsedDays = daysFromCivil(year, month, day);
          out[i] = parsedDays * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000;
          return;
        }
      }
    }
  }
  out[i] = tryParseInstant(s) ?? Number.NaN;
}

const scratch = new Float64Array(1);

/** ms since the epoch of an instant (validated text); NaN when it is none. */
export function instantMs(s: string): number {
  instantMsInto(scratch, 0, s);
  return scratch[0]!;
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
    const { year, month, day } = civilFromDays(days); // once per day: results come in time order
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
