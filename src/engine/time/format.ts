// Readable local times for people: "Mon 1 Jun 2026, 09:00 EDT".
import { MS_PER_DAY, MS_PER_MINUTE, civilFromDays, pad2, weekdayOfDays } from './civil';
import { localMsAt, zoneOf } from './zone';
import { WEEKDAY_SHORT } from './active-hours';

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ABBREVIATION_RE = /^[A-Z]{2,5}$/;

const nameFormats = new Map<string, readonly Intl.DateTimeFormat[]>();

function zoneNameFormats(tz: string): readonly Intl.DateTimeFormat[] {
  let formats = nameFormats.get(tz);
  if (formats === undefined) {
    // en-US knows the North American abbreviations (EDT, PST), en-GB the European ones (BST, CEST).
    formats = ['en-US', 'en-GB'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: 'short' }));
    nameFormats.set(tz, formats);
  }
  return formats;
}

/** "UTC+05:30", "UTC-03:00", "UTC" for an offset in ms. */
export function formatOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'UTC';
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE);
  return `UTC${offsetMs < 0 ? '-' : '+'}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** The zone's abbreviation at an instant when one is in common use (EDT, BST, CET, UTC), else its offset ("UTC+05:30"). */
export function zoneLabel(ms: number, tz: string): string {
  for (const format of zoneNameFormats(tz)) {
    const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
    if (name !== undefined && ABBREVIATION_RE.test(name)) return name;
  }
  return formatOffset(zoneOf(tz).offsetAt(ms));
}

/** "Mon 1 Jun 2026, 09:00" (":40" seconds added when asked for and not zero), without the zone. */
function localDateTime(ms: number, tz: string, seconds: boolean): string {
  const local = localMsAt(zoneOf(tz), ms);
  const days = Math.floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  const minute = Math.floor(inDay / MS_PER_MINUTE);
  const second = Math.floor((inDay - minute * MS_PER_MINUTE) / 1000);
  const { year, month, day } = civilFromDays(days);
  const time = `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}${seconds && second !== 0 ? `:${pad2(second)}` : ''}`;
  return `${WEEKDAY_SHORT[weekdayOfDays(days) - 1]} ${day} ${MONTH_SHORT[month - 1]} ${year}, ${time}`;
}

/**
 * A local date and time for the UI: "Mon 1 Jun 2026, 09:00 EDT". The zone is shown by its
 * abbreviation when one is in common use, otherwise by its UTC offset ("Thu 4 Jun 2026, 09:00 UTC+05:30").
 * `seconds`: an instant off the whole minute shows them ("09:41:40").
 */
export function formatLocal(ms: number, tz: string, seconds = false): string {
  return `${localDateTime(ms, tz, seconds)} ${zoneLabel(ms, tz)}`;
}

/**
 * A local date and time for a skip sentence: "Mon 1 Jun 2026, 09:00 (America/New_York)", the zone
 * named as the engine's other sentences name it ("Mon 09:00 (America/New_York)").
 */
export function formatLocalDate(ms: number, tz: string, seconds = false): string {
  return `${localDateTime(ms, tz, seconds)} (${tz})`;
}
