// ISO 8601 text ↔ ms since the epoch, and the values of date / date-time fields (R10).
import { daysInMonth } from '../../domain';
import { MS_PER_DAY, MS_PER_MINUTE, civilFromDays, daysFromCivil, pad2, pad4 } from './civil';
import { instantOfLocal, zoneOf } from './zone';

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Wall-clock ms since 1970-01-01T00:00 of the matched date-time groups, or NaN if a part is out of range. */
function wallMs(m: RegExpExecArray): number {
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE + second * 1000 + millis;
}

/** "2026-06-01T13:00:00Z" or with an offset ("…+05:30") → ms since the epoch; null when it is not one. */
export function tryParseInstant(s: string): number | null {
  const m = INSTANT_RE.exec(s);
  if (!m) return null;
  const wall = wallMs(m);
  if (Number.isNaN(wall)) return null;
  const zone = m[8]!;
  if (zone === 'Z') return wall;
  const sign = zone[0] === '-' ? -1 : 1;
  const oh = Number(zone.slice(1, 3));
  const om = Number(zone.slice(4, 6));
  if (oh > 23 || om > 59) return null;
  return wall - sign * (oh * 60 + om) * MS_PER_MINUTE;
}

/** An ISO 8601 instant (with Z or an offset) → ms since the epoch. Throws RangeError for anything else. */
export function parseInstant(s: string): number {
  const ms = tryParseInstant(s);
  if (ms === null) throw new RangeError(`Not a date and time with a time zone (like 2026-06-01T13:00:00Z): "${s}"`);
  return ms;
}

/** ms since the epoch → "2026-06-01T14:10:00Z" (UTC; milliseconds only when non-zero: "…:00.500Z"). */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${ms}`);
  const whole = Math.floor(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  const rest = whole - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  const minute = Math.floor(rest / MS_PER_MINUTE) % 60;
  const second = Math.floor(rest / 1000) % 60;
  const millis = rest % 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction}Z`;
}

/**
 * The instant a lead's date or date-time field stands for (R10), or null when it holds none.
 * - "2026-06-01" (a date): 00:00 local in `tz`.
 * - "2026-06-01T15:00Z" / "…+03:00" (with seconds and fractions too): that instant.
 * - "2026-06-01T15:00" or "2026-06-01T15:00:30" (no zone; a space instead of T is accepted): local in `tz`,
 *   a time inside a daylight-saving gap moving to the end of the gap as R11 says.
 * Both field types read both forms (a date field that received a full timestamp from an import keeps
 * its time; a date-time field holding a bare date means midnight). Numbers, null, blanks and anything
 * unparseable give null.
 */
export function dateFieldInstant(value: string | number | null, fieldType: 'date' | 'datetime', tz: string): number | null {
  void fieldType; // both types accept both forms, see above
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const date = DATE_RE.exec(text);
  if (date) {
    const wall = wallMs(date);
    return Number.isNaN(wall) ? null : instantOfLocal(zoneOf(tz), wall);
  }
  const instant = tryParseInstant(text);
  if (instant !== null) return instant;
  const local = LOCAL_RE.exec(text);
  if (local) {
    const wall = wallMs(local);
    return Number.isNaN(wall) ? null : instantOfLocal(zoneOf(tz), wall);
  }
  return null;
}
