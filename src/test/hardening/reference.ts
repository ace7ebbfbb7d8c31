// Small, obviously-correct references for the rule invariants, independent of the engine's own
// time helpers: local weekday and minute come from Intl.DateTimeFormat in the zone.
import type { ActiveHours } from '../../domain';

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  return f;
}

/** Weekday (1 = Monday) and minute of the day of an instant, on the wall clock of a zone. */
export function wallClock(instant: string, timeZone: string): { weekday: number; minute: number } {
  const parts = formatIn(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAYS[get('weekday')];
  if (weekday === undefined) throw new Error(`No weekday for ${instant} in ${timeZone}`);
  return { weekday, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** R17 read literally: inside some range; `to` exclusive; a range with to ≤ from ends the next day. */
export function insideActiveHours(instant: string, hours: ActiveHours, accountZone: string): boolean {
  const { weekday, minute } = wallClock(instant, hours.timezone ?? accountZone);
  return hours.ranges.some((r) => {
    const from = minutesOf(r.from);
    const to = minutesOf(r.to);
    if (from < to) return weekday === r.weekday && minute >= from && minute < to;
    const nextDay = (r.weekday % 7) + 1;
    return (weekday === r.weekday && minute >= from) || (weekday === nextDay && minute < to);
  });
}
