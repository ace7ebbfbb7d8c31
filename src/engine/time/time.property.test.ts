// Property tests: offsets against Intl read directly, R11 wall-time rules, and schedule invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLocal, occurrences, toLocal } from './index';
import type { ScheduleTrigger } from './index';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe', // 30-minute DST
  'America/Sao_Paulo', // DST until 2019, changes at midnight
  'Asia/Kolkata', // +05:30
  'Australia/Sydney', // southern hemisphere
  'America/Santiago',
  'America/Havana', // changes at midnight
  'Pacific/Chatham', // +12:45 / +13:45
  'Pacific/Apia', // skipped 30 December 2011
  'Asia/Tehran',
  'Africa/Casablanca', // two changes a year around Ramadan
  'Africa/Cairo',
  'Antarctica/Troll', // two-hour DST
] as const;

const MINUTE = 60_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SLOW = 60_000; // property tests call Intl directly as their oracle: slow on a busy machine
const DAY = 86_400_000;

/** Local wall time read straight from Intl (the oracle), as a comparable number of minutes. */
const oracles = new Map<string, Intl.DateTimeFormat>();
function oracleWall(ms: number, tz: string): { key: number; weekday: number } {
  let format = oracles.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    oracles.set(tz, format);
  }
  let [year, month, day, hour, minute, weekday] = [0, 0, 0, 0, 0, 0];
  for (const p of format.formatToParts(ms)) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value);
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'weekday') weekday = WEEKDAYS.indexOf(p.value) + 1;
  }
  return { key: (Date.UTC(year, month - 1, day) / DAY) * 1440 + hour * 60 + minute, weekday };
}

/** Our local wall time as the same comparable number. */
function wallKey(ms: number, tz: string): number {
  const l = toLocal(ms, tz);
  return (Date.UTC(l.year, l.month - 1, l.day) / DAY) * 1440 + l.minuteOfDay;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const zone = fc.constantFrom(...ZONES);

describe('toLocal agrees with Intl read directly', () => {
  it('for any instant from 1970 to 2100 in zones with unusual rules', () => {
    fc.assert(
      fc.property(zone, fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (tz, ms) => {
        const expected = oracleWall(ms, tz);
        expect(wallKey(ms, tz)).toBe(expected.key);
        expect(toLocal(ms, tz).weekday).toBe(expected.weekday);
      }),
      { numRuns: 3000 },
    );
  });

  it('around every change from 2015 to 2030: each minute near it and every quarter hour for 3 hours either side', () => {
    const offsetOn = (ms: number, tz: string) => oracleWall(ms, tz).key - Math.floor(ms / MINUTE);
    const WEEK = 7 * DAY;
    let changes = 0;
    for (const tz of ZONES) {
      for (let ms = Date.UTC(2015, 0, 1); ms < Date.UTC(2030, 0, 1); ms += WEEK) {
        const before = offsetOn(ms, tz);
        if (offsetOn(ms + WEEK, tz) === before) continue;
        // Locate the change to the minute with the oracle, then compare around it.
        let lo = ms;
        let hi = ms + WEEK;
        while (hi - lo > MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
          if (offsetOn(mid, tz) === before) lo = mid;
          else hi = mid;
        }
        changes++;
        for (let m = hi - 10 * MINUTE; m <= hi + 10 * MINUTE; m += MINUTE) expect(wallKey(m, tz)).toBe(oracleWall(m, tz).key);
        for (let k = -12; k <= 12; k++) expect(wallKey(hi + k * 15 * MINUTE, tz)).toBe(oracleWall(hi + k * 15 * MINUTE, tz).key);
      }
    }
    expect(changes).toBeGreaterThan(200); // the walk did meet the changes it is about
  }, SLOW);
});

describe('fromLocal (R11)', () => {
  it('gives the wall time asked for at its first occurrence, or the first minute after a gap', () => {
    const wall = fc.record({
      year: fc.integer({ min: 1990, max: 2060 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      minuteOfDay: fc.integer({ min: 0, max: 1439 }),
    });
    fc.assert(
      fc.property(zone, wall, (tz, w) => {
        const day = Math.min(w.day, daysInMonth(w.year, w.month));
        const asked = (Date.UTC(w.year, w.month - 1, day) / DAY) * 1440 + w.minuteOfDay;
        const ms = fromLocal(tz, w.year, w.month, day, Math.floor(w.minuteOfDay / 60), w.minuteOfDay % 60);
        const got = oracleWall(ms, tz).key;
        if (got === asked) {
          // First occurrence: no earlier instant in the previous three hours showed this wall time.
          for (let back = 30; back <= 180; back += 30) expect(oracleWall(ms - back * MINUTE, tz).key).not.toBe(asked);
        } else {
          // A gap: the minute before jumped over the wall time asked for.
          expect(got).toBeGreaterThan(asked);
          expect(oracleWall(ms - MINUTE, tz).key).toBeLessThan(asked);
        }
      }),
      { numRuns: 2000 },
    );
  }, SLOW);
});

describe('occurrences', () => {
  const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const trigger: fc.Arbitrary<ScheduleTrigger> = fc.oneof(
    fc.record({ type: fc.constant('recurring' as const), every: fc.constant('day' as const), time }),
    fc.record({ type: fc.constant('recurring' as const), every: fc.constant('week' as const), time, weekday: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const) }),
    fc.record({ type: fc.constant('recurring' as const), every: fc.constant('month' as const), time, dayOfMonth: fc.integer({ min: 1, max: 31 }) }),
    fc
      .record({ month: fc.integer({ min: 1, max: 12 }), dayOfMonth: fc.integer({ min: 1, max: 31 }), time })
      .map(({ month, dayOfMonth, time: t }) => ({
        type: 'recurring' as const,
        every: 'year' as const,
        time: t,
        month,
        dayOfMonth: Math.min(dayOfMonth, daysInMonth(2024, month)),
      })),
  );
  const spanDays = { day: 400, week: 1200, month: 3000, year: 12000 } as const;

  /** Whether a local date (days since epoch) is one the rule runs on. */
  function onRuleDate(t: Extract<ScheduleTrigger, { type: 'recurring' }>, days: number): boolean {
    const d = new Date(days * DAY);
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    switch (t.every) {
      case 'day':
        return true;
      case 'week':
        return ((d.getUTCDay() + 6) % 7) + 1 === t.weekday;
      case 'month':
        return dd === Math.min(t.dayOfMonth!, daysInMonth(y, m));
      case 'year':
        return m === t.month && dd === Math.min(t.dayOfMonth!, daysInMonth(y, m));
      default:
        throw new Error('unknown rule');
    }
  }

  it('are strictly increasing, inside [from, until], on the rule’s dates at the rule’s time unless that time was skipped', () => {
    fc.assert(
      fc.property(zone, trigger, fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.double({ min: 0, max: 1, noNaN: true }), (tz, t, from, fraction) => {
        if (t.type !== 'recurring') return;
        const until = from + Math.floor(fraction * spanDays[t.every] * DAY);
        const found = occurrences(t, tz, from, until);
        const [hh, mm] = t.time.split(':').map(Number);
        const timeOfDay = hh! * 60 + mm!;
        const ruleDays: number[] = [];
        for (let i = 0; i < found.length; i++) {
          const ms = found[i]!;
          expect(ms).toBeGreaterThanOrEqual(from);
          expect(ms).toBeLessThanOrEqual(until);
          if (i > 0) expect(ms).toBeGreaterThan(found[i - 1]!);
          const got = oracleWall(ms, tz).key;
          const gotDays = Math.floor(got / 1440);
          if (got % 1440 === timeOfDay && onRuleDate(t, gotDays)) {
            ruleDays.push(gotDays);
            continue;
          }
          // Skipped by a gap: some rule date's wall time lies strictly between the minute before and this
          // one. Every day from the one before to this one counts: a gap may skip a whole day (Samoa, 30 Dec 2011).
          const before = oracleWall(ms - MINUTE, tz).key;
          const days: number[] = [];
          for (let d = Math.floor(before / 1440); d <= gotDays; d++) days.push(d);
          const candidates = days.filter((d) => onRuleDate(t, d)).map((d) => d * 1440 + timeOfDay);
          const skipped = candidates.find((w) => before < w && w < got);
          expect(skipped, `occurrence ${new Date(ms).toISOString()} in ${tz} is neither the rule's time nor after a gap`).toBeDefined();
          ruleDays.push(Math.floor(skipped! / 1440));
        }
        // No rule date is missed between the first and the last occurrence, except one whose wall time
        // was skipped by the same gap that the next occurrence ends (Samoa skipped all of 30 Dec 2011).
        for (let i = 1; i < ruleDays.length; i++) {
          let next = ruleDays[i - 1]! + 1;
          while (!onRuleDate(t, next)) next++;
          while (next < ruleDays[i]!) {
            const missed = next * 1440 + timeOfDay;
            expect(oracleWall(found[i]! - MINUTE, tz).key).toBeLessThan(missed);
            expect(oracleWall(found[i]!, tz).key).toBeGreaterThan(missed);
            next++;
            while (!onRuleDate(t, next)) next++;
          }
          expect(ruleDays[i]).toBe(next);
        }
      }),
      { numRuns: 300 },
    );
  }, SLOW);
});
