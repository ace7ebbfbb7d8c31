// Instants shown and typed as local date-times in the account's time zone (never the browser's).
import { formatInstant, formatLocal, fromLocal, toLocal } from '../../../engine/time';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-06-01T14:00:00Z" → "2026-06-01T10:00" in America/New_York (for an <input type="datetime-local">). */
export function instantToLocalInput(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const l = toLocal(ms, tz);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;
}

/** "2026-06-01T10:00" local to `tz` → "2026-06-01T14:00:00Z"; null when it is not a date-time. */
export function localInputToInstant(value: string, tz: string): string | null {
  const m = LOCAL_RE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  return formatInstant(fromLocal(tz, y, mo, d, h, mi));
}

/** "Mon 1 Jun 2026, 10:00 EDT" for an ISO instant. */
export function showInstant(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? formatLocal(ms, tz) : iso;
}
