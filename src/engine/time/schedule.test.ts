import { describe, expect, it } from 'vitest';
import { benchSchedules } from './bench';
import { formatInstant, formatLocal, nextOccurrences, occurrences, parseInstant } from './index';
import type { ScheduleTrigger } from './index';
import { clearZoneCache, zoneOf } from './zone';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const at = parseInstant;
const list = (trigger: ScheduleTrigger, tz: string, from: string, until: string) =>
  occurrences(trigger, tz, at(from), at(until)).map(formatInstant);
const daily = (time: string): ScheduleTrigger => ({ type: 'recurring', every: 'day', time });

describe('recurring every day', () => {
  it('09:00 stays 09:00 local across the spring change (the UTC instant moves by an hour)', () => {
    expect(list(daily('09:00'), NY, '2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-06T14:00:00Z',
      '2026-03-07T14:00:00Z',
      '2026-03-08T13:00:00Z',
      '2026-03-09T13:00:00Z',
    ]);
  });

  it('09:00 stays 09:00 local across the autumn change', () => {
    expect(list(daily('09:00'), NY, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-31T13:00:00Z',
      '2026-11-01T14:00:00Z',
      '2026-11-02T14:00:00Z',
    ]);
  });

  it('02:30 on the spring-forward day runs at 03:00 EDT, and the next day is back at 02:30', () => {
    expect(list(daily('02:30'), NY, '2026-03-07T00:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      '2026-03-07T07:30:00Z', // 02:30 EST
      '2026-03-08T07:00:00Z', // 03:00 EDT: the first minute after the gap
      '2026-03-09T06:30:00Z', // 02:30 EDT
    ]);
  });

  it('01:30 on the fall-back day runs once, at its first occurrence', () => {
    expect(list(daily('01:30'), NY, '2026-10-31T00:00:00Z', '2026-11-02T12:00:00Z')).toEqual([
      '2026-10-31T05:30:00Z', // EDT
      '2026-11-01T05:30:00Z', // first 01:30 (EDT); not again at 06:30Z
      '2026-11-02T06:30:00Z', // EST
    ]);
  });

  it('02:30 on the fall-back day is not repeated (only 01:00–01:59 repeats)', () => {
    expect(list(daily('02:30'), NY, '2026-11-01T00:00:00Z', '2026-11-01T23:00:00Z')).toEqual(['2026-11-01T07:30:00Z']);
  });

  it('00:30 on a day whose midnight was skipped (Sao Paulo 2018) runs at 01:00', () => {
    expect(list(daily('00:30'), 'America/Sao_Paulo', '2018-11-03T00:00:00Z', '2018-11-05T12:00:00Z')).toEqual([
      '2018-11-03T03:30:00Z',
      '2018-11-04T03:00:00Z',
      '2018-11-05T02:30:00Z',
    ]);
  });

  it('a day skipped whole (Samoa, 30 December 2011) runs at the first minute after it, then the next day as usual', () => {
    const daily: ScheduleTrigger = { type: 'recurring', every: 'day', time: '00:01' };
    const found = occurrences(daily, 'Pacific/Apia', parseInstant('2011-12-29T00:00:00Z'), parseInstant('2011-12-31T00:00:00Z'));
    // 29 Dec 00:01 at UTC−10; 30 Dec never happened: its run comes at 31 Dec 00:00 (UTC+14); then 31 Dec 00:01.
    expect(found.map(formatInstant)).toEqual(['2011-12-29T10:01:00Z', '2011-12-30T10:00:00Z', '2011-12-30T10:01:00Z']);
  });

  it('both bounds are inclusive', () => {
    const trigger = daily('09:00');
    expect(list(trigger, NY, '2026-06-01T13:00:00Z', '2026-06-01T13:00:00Z')).toEqual(['2026-06-01T13:00:00Z']);
    expect(list(trigger, NY, '2026-06-01T13:00:00Z', '2026-06-02T13:00:00Z')).toEqual(['2026-06-01T13:00:00Z', '2026-06-02T13:00:00Z']);
    expect(list(trigger, NY, '2026-06-01T13:00:00.001Z', '2026-06-02T12:59:59.999Z')).toEqual([]);
  });

  it('an empty or reversed span has no occurrences', () => {
    expect(list(daily('09:00'), NY, '2026-06-02T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([]);
  });
});

describe('recurring every week', () => {
  it('runs on the chosen weekday (3 = Wednesday) at the local time', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'week', weekday: 3, time: '10:00' };
    const found = occurrences(trigger, LONDON, at('2026-06-01T00:00:00Z'), at('2026-06-30T23:59:00Z'));
    expect(found.map((ms) => formatLocal(ms, LONDON))).toEqual([
      'Wed 3 Jun 2026, 10:00 BST',
      'Wed 10 Jun 2026, 10:00 BST',
      'Wed 17 Jun 2026, 10:00 BST',
      'Wed 24 Jun 2026, 10:00 BST',
    ]);
  });

  it('Sunday (7) across the spring change keeps its local time', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'week', weekday: 7, time: '09:00' };
    expect(list(trigger, NY, '2026-03-01T00:00:00Z', '2026-03-15T23:00:00Z')).toEqual([
      '2026-03-01T14:00:00Z',
      '2026-03-08T13:00:00Z',
      '2026-03-15T13:00:00Z',
    ]);
  });
});

describe('recurring every month', () => {
  it('day 31 falls on the last day of shorter months and comes back to the 31st (no drift)', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'month', dayOfMonth: 31, time: '09:00' };
    const found = occurrences(trigger, NY, at('2026-01-01T00:00:00Z'), at('2026-08-01T00:00:00Z'));
    expect(found.map((ms) => formatLocal(ms, NY))).toEqual([
      'Sat 31 Jan 2026, 09:00 EST',
      'Sat 28 Feb 2026, 09:00 EST',
      'Tue 31 Mar 2026, 09:00 EDT',
      'Thu 30 Apr 2026, 09:00 EDT',
      'Sun 31 May 2026, 09:00 EDT',
      'Tue 30 Jun 2026, 09:00 EDT',
      'Fri 31 Jul 2026, 09:00 EDT',
    ]);
  });

  it('day 31 in a leap February is the 29th', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'month', dayOfMonth: 31, time: '09:00' };
    expect(list(trigger, NY, '2028-02-01T00:00:00Z', '2028-03-01T00:00:00Z')).toEqual(['2028-02-29T14:00:00Z']);
  });

  it('day 30 in February is its last day, and the 30th again in March', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'month', dayOfMonth: 30, time: '23:59' };
    expect(list(trigger, 'UTC', '2027-02-01T00:00:00Z', '2027-03-31T00:00:00Z')).toEqual(['2027-02-28T23:59:00Z', '2027-03-30T23:59:00Z']);
  });
});

describe('recurring every year', () => {
  it('29 February runs on 28 February in other years and on the 29th in leap years', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'year', month: 2, dayOfMonth: 29, time: '09:00' };
    expect(list(trigger, LONDON, '2027-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toEqual([
      '2027-02-28T09:00:00Z',
      '2028-02-29T09:00:00Z',
      '2029-02-28T09:00:00Z',
    ]);
  });

  it('2100 is not a leap year: 29 February → 28 February', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'year', month: 2, dayOfMonth: 29, time: '09:00' };
    expect(list(trigger, 'UTC', '2100-01-01T00:00:00Z', '2100-12-31T00:00:00Z')).toEqual(['2100-02-28T09:00:00Z']);
  });

  it('a yearly time in the spring gap runs at the end of the gap', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'year', month: 3, dayOfMonth: 8, time: '02:15' };
    expect(list(trigger, NY, '2026-01-01T00:00:00Z', '2027-12-31T00:00:00Z')).toEqual([
      '2026-03-08T07:00:00Z', // 2026-03-08 is the change day
      '2027-03-08T07:15:00Z', // 2027's change is on 14 March: 02:15 EST (-05:00)
    ]);
  });
});

describe('on_date', () => {
  it('a date-time in the spring gap runs at the first minute after it', () => {
    expect(list({ type: 'on_date', at: '2026-03-08T02:30' }, NY, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-03-08T07:00:00Z',
    ]);
  });

  it('a repeated date-time runs once, at its first occurrence', () => {
    expect(list({ type: 'on_date', at: '2026-11-01T01:30' }, NY, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-11-01T05:30:00Z',
    ]);
  });

  it('counts at exactly the bounds and not outside them', () => {
    const trigger: ScheduleTrigger = { type: 'on_date', at: '2026-12-31T09:00' };
    expect(list(trigger, NY, '2026-12-31T14:00:00Z', '2026-12-31T14:00:00Z')).toEqual(['2026-12-31T14:00:00Z']);
    expect(list(trigger, NY, '2026-12-31T14:00:01Z', '2027-01-01T00:00:00Z')).toEqual([]);
    expect(list(trigger, NY, '2026-01-01T00:00:00Z', '2026-12-31T13:59:59Z')).toEqual([]);
  });
});

describe('nextOccurrences', () => {
  it('gives the next n, counting one exactly at the anchor', () => {
    const found = nextOccurrences(daily('09:00'), NY, at('2026-03-06T14:00:00Z'), 3).map(formatInstant);
    expect(found).toEqual(['2026-03-06T14:00:00Z', '2026-03-07T14:00:00Z', '2026-03-08T13:00:00Z']);
  });

  it('starts after the anchor when today’s time has passed', () => {
    const found = nextOccurrences(daily('09:00'), NY, at('2026-03-06T14:00:00.001Z'), 1).map(formatInstant);
    expect(found).toEqual(['2026-03-07T14:00:00Z']);
  });

  it('an on_date trigger has at most one, and none once it has passed', () => {
    const trigger: ScheduleTrigger = { type: 'on_date', at: '2026-12-31T09:00' };
    expect(nextOccurrences(trigger, NY, at('2026-06-01T00:00:00Z'), 5).map(formatInstant)).toEqual(['2026-12-31T14:00:00Z']);
    expect(nextOccurrences(trigger, NY, at('2027-01-01T00:00:00Z'), 5)).toEqual([]);
  });

  it('agrees with occurrences over the same span', () => {
    const trigger: ScheduleTrigger = { type: 'recurring', every: 'month', dayOfMonth: 31, time: '02:30' };
    const next = nextOccurrences(trigger, NY, at('2026-01-01T00:00:00Z'), 24);
    expect(occurrences(trigger, NY, at('2026-01-01T00:00:00Z'), next[23]!)).toEqual(next);
  });

  it('asking for none gives none', () => {
    expect(nextOccurrences(daily('09:00'), NY, at('2026-01-01T00:00:00Z'), 0)).toEqual([]);
  });
});

describe('cost', () => {
  // Intl is the slow part (about 1.5 µs a call): offsets are cached per zone, so 10,000 occurrences over
  // 27 years ask Intl about once per 14-day chunk plus a few times per DST change, and a repeat asks nothing.
  it('10,000 daily occurrences ask Intl less than once per 5 occurrences, and never again once cached', () => {
    clearZoneCache();
    const from = Date.UTC(2026, 0, 1);
    const found = occurrences(daily('02:30'), NY, from, from + 10_000 * 86_400_000);
    expect(found).toHaveLength(10_000);
    const zone = zoneOf(NY);
    expect(zone.probeCount).toBeLessThan(2_000);
    const cold = zone.probeCount;
    occurrences(daily('02:30'), NY, from, from + 10_000 * 86_400_000);
    expect(zone.probeCount).toBe(cold);
  });

  it('the benchmark entry produces 10,000 occurrences', () => {
    expect(benchSchedules(1).occurrences).toBe(10_000);
  });
});
