// Text formats for time values (SPEC §1). Pure string checks: no Date.now, no host time zone.

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** "2026-06-01T13:00:00Z" or with an offset; the calendar date must exist. */
export function isInstant(value: string): boolean {
  const m = INSTANT_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , zone] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  if (zone && zone !== 'Z') {
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if ((oh ?? 0) > 23 || (om ?? 0) > 59) return false;
  }
  return true;
}

/** "2026-12-31T09:00": a wall-clock date-time, local to a time zone. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATETIME_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m;
  return isRealDate(Number(y), Number(mo), Number(d)) && Number(h) <= 23 && Number(mi) <= 59;
}

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

/** An IANA time zone name that this runtime knows. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
