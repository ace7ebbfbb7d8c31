// Text formats for time values (SPEC §1). Pure string checks: no Date.now, no host time zone.

const LOCAL_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by `count` ASCII digits at `at`, or -1 when one of them is not a digit 0-9. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - 48; // NaN past the end
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const LETTER_T = 84;
const LETTER_Z = 90;

/**
 * "2026-06-01T13:00:00Z" or with an offset; the calendar date must exist. The form is
 * /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/ with hours 0-23,
 * minutes and seconds 0-59 and offsets up to 23:59, read character by character (no match array, no
 * Number calls) because it runs once per event of a scenario file; time-formats.test.ts holds it to
 * that regular expression.
 */
export function isInstant(value: string): boolean {
  const n = value.length;
  if (n < 17 || n > 35) return false; // "YYYY-MM-DDTHH:MMZ" .. "YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM"
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  const h = digitsAt(value, 11, 2);
  const mi = digitsAt(value, 14, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0) return false;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH || value.charCodeAt(10) !== LETTER_T) return false;
  if (value.charCodeAt(13) !== COLON) return false;
  let i = 16;
  let s = 0;
  if (value.charCodeAt(i) === COLON) {
    s = digitsAt(value, 17, 2);
    if (s < 0) return false;
    i = 19;
    if (value.charCodeAt(i) === DOT) {
      let j = 20;
      while (j < 29) {
        const c = value.charCodeAt(j) - 48;
        if (!(c >= 0 && c <= 9)) break;
        j++;
      }
      if (j === 20) return false; // at least one digit
      i = j;
    }
  }
  const zone = value.charCodeAt(i);
  if (zone === LETTER_Z) {
    if (i + 1 !== n) return false;
  } else if (zone === PLUS || zone === DASH) {
    if (i + 6 !== n || value.charCodeAt(i + 3) !== COLON) return false;
    const oh = digitsAt(value, i + 1, 2);
    const om = digitsAt(value, i + 4, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return false;
  } else {
    return false;
  }
  return isRealDate(y, mo, d) && h <= 23 && mi <= 59 && s <= 59;
}

const DAY_MS = 86_400_000;

/**
 * Milliseconds since 1970 for an instant text, exactly as Date.parse gives them (NaN when it gives NaN).
 * The usual "YYYY-MM-DDTHH:MM:SSZ" with a real date and time is computed here without Date.parse's
 * general parser; every other text goes to Date.parse (time-formats.test.ts compares the two).
 */
export function instantMs(value: string): number {
  if (value.length !== 20 || value.charCodeAt(19) !== LETTER_Z) return Date.parse(value);
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  const h = digitsAt(value, 11, 2);
  const mi = digitsAt(value, 14, 2);
  const s = digitsAt(value, 17, 2);
  if (
    y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 ||
    value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH || value.charCodeAt(10) !== LETTER_T ||
    value.charCodeAt(13) !== COLON || value.charCodeAt(16) !== COLON
  ) {
    return Date.parse(value);
  }
  // Days from 1970-01-01 to the civil date (proleptic Gregorian; years 0000-9999).
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * DAY_MS + h * 3_600_000 + mi * 60_000 + s * 1000;
}

/** "2026-12-31T09:00": a wall-clock date-time, local to a time zone. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATETIME_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m;
  return isRealDate(Number(y), Number(mo), Number(d)) && Number(h) <= 23 && Number(mi) <= 59;
}

/**
 * A local date-time ("2027-02-15T09:30") as the date and time boxes that edit it hold it. Half-filled
 * values keep both parts as they are ("2027-02-15T", "T09:30", "2027-02-15T25:00"), so that neither
 * box loses the other's text; `joinLocalDateTime` puts them back ("" when both are empty).
 */
export function splitLocalDateTime(value: string): { date: string; time: string } {
  const t = value.indexOf('T');
  return t < 0 ? { date: value, time: '' } : { date: value.slice(0, t), time: value.slice(t + 1) };
}
export const joinLocalDateTime = (date: string, time: string): string => (date === '' && time === '' ? '' : `${date}T${time}`);

/** "2026-06-01": a calendar date. */
export function isDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "HH:MM", 00:00..23:59; "24:00" only when allowEndOfDay. */
export function isClock(value: string, allowEndOfDay = false): boolean {
  const m = CLOCK_RE.exec(value);
  if (!m) return false;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (allowEndOfDay && h === 24 && mi === 0) return true;
  return h <= 23 && mi <= 59;
}

/** Minutes since local midnight for "HH:MM" ("24:00" → 1440). */
export function clockToMinutes(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** What isTimeZone answered, by name. */
const zoneAnswers = new Map<string, boolean>();

/** An IANA time zone name that this runtime knows. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  // Building a formatter costs about 57 µs: each name is asked once (the engine asks per bot and run).
  const known = zoneAnswers.get(value);
  if (known !== undefined) return known;
  let answer: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    answer = true;
  } catch {
    answer = false;
  }
  if (zoneAnswers.size >= 1000) zoneAnswers.clear(); // names typed at random do not pile up
  zoneAnswers.set(value, answer);
  return answer;
}

/** Weekday names, Monday (1 in SPEC's formats) first: for messages, summaries and editors alike. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** Month names, January (1) first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
