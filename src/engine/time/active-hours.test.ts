import { describe, expect, it } from 'vitest';
import type { ActiveHours } from '../../domain';
import { compileActiveHours, parseInstant } from './index';

const NY = 'America/New_York';
// 2026-06-01 is a Monday; New York is on EDT (-04:00) in June.
const hours = (ranges: ActiveHours['ranges'], timezone?: string): ActiveHours => (timezone ? { timezone, ranges } : { ranges });

describe('compileActiveHours (R17)', () => {
  it.each([
    ['2026-06-01T08:59:00-04:00', false, 'a minute before the start'],
    ['2026-06-01T09:00:00-04:00', true, 'the start is inside'],
    ['2026-06-01T16:59:59.999-04:00', true, 'the last instant before the end'],
    ['2026-06-01T17:00:00-04:00', false, '`to` is exclusive'],
    ['2026-06-02T10:00:00-04:00', false, 'another weekday'],
  ])('Mon 09:00–17:00: %s → %s (%s)', (instant, inside) => {
    const active = compileActiveHours(hours([{ weekday: 1, from: '09:00', to: '17:00' }]), NY);
    expect(active.contains(parseInstant(instant))).toBe(inside);
  });

  it.each([
    ['2026-06-05T21:59:00-04:00', false, 'Friday before the start'],
    ['2026-06-05T22:00:00-04:00', true, 'Friday night'],
    ['2026-06-05T23:59:00-04:00', true, 'Friday before midnight'],
    ['2026-06-06T00:00:00-04:00', true, 'past midnight into Saturday'],
    ['2026-06-06T05:59:00-04:00', true, 'Saturday early morning'],
    ['2026-06-06T06:00:00-04:00', false, 'Saturday at the end time'],
    ['2026-06-06T22:30:00-04:00', false, 'Saturday night is not Friday night'],
  ])('overnight Fri 22:00–06:00: %s → %s (%s)', (instant, inside) => {
    const active = compileActiveHours(hours([{ weekday: 5, from: '22:00', to: '06:00' }]), NY);
    expect(active.contains(parseInstant(instant))).toBe(inside);
  });

  it.each([
    ['2026-06-07T21:59:00-04:00', false],
    ['2026-06-07T22:00:00-04:00', true],
    ['2026-06-08T00:00:00-04:00', true],
    ['2026-06-08T01:59:00-04:00', true],
    ['2026-06-08T02:00:00-04:00', false],
    ['2026-06-01T01:00:00-04:00', true], // the previous Sunday's range, too: the week wraps
  ])('Sunday 22:00–02:00 wraps into Monday: %s → %s', (instant, inside) => {
    const active = compileActiveHours(hours([{ weekday: 7, from: '22:00', to: '02:00' }]), NY);
    expect(active.contains(parseInstant(instant))).toBe(inside);
  });

  it.each([
    ['2026-06-02T17:59:00-04:00', false],
    ['2026-06-02T18:00:00-04:00', true],
    ['2026-06-02T23:59:59-04:00', true],
    ['2026-06-03T00:00:00-04:00', false],
  ])('"24:00" is the end of the day (Tue 18:00–24:00): %s → %s', (instant, inside) => {
    const active = compileActiveHours(hours([{ weekday: 2, from: '18:00', to: '24:00' }]), NY);
    expect(active.contains(parseInstant(instant))).toBe(inside);
  });

  it('reads the ranges in their own time zone when given, else in the account’s', () => {
    const ranges: ActiveHours['ranges'] = [{ weekday: 1, from: '09:00', to: '17:00' }];
    const instant = parseInstant('2026-06-01T08:30:00Z'); // 09:30 in London, 04:30 in New York
    const own = compileActiveHours(hours(ranges, 'Europe/London'), NY);
    const account = compileActiveHours(hours(ranges), NY);
    expect(own.timezone).toBe('Europe/London');
    expect(own.contains(instant)).toBe(true);
    expect(account.timezone).toBe(NY);
    expect(account.contains(instant)).toBe(false);
    expect(compileActiveHours(hours(ranges), 'Europe/London').contains(instant)).toBe(true);
  });

  it('follows local wall time across daylight saving (09:00 in winter and in summer)', () => {
    const active = compileActiveHours(hours([{ weekday: 1, from: '09:00', to: '17:00' }]), NY);
    expect(active.contains(parseInstant('2026-01-05T14:00:00Z'))).toBe(true); // Mon 09:00 EST
    expect(active.contains(parseInstant('2026-01-05T13:59:00Z'))).toBe(false);
    expect(active.contains(parseInstant('2026-06-01T13:00:00Z'))).toBe(true); // Mon 09:00 EDT
    expect(active.contains(parseInstant('2026-06-01T12:59:00Z'))).toBe(false);
  });

  it('several ranges on several days', () => {
    const active = compileActiveHours(
      hours([
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '17:00' },
        { weekday: 3, from: '09:00', to: '17:00' },
      ]),
      NY,
    );
    expect(active.contains(parseInstant('2026-06-01T12:30:00-04:00'))).toBe(false); // lunch
    expect(active.contains(parseInstant('2026-06-01T13:00:00-04:00'))).toBe(true);
    expect(active.contains(parseInstant('2026-06-03T16:00:00-04:00'))).toBe(true);
    expect(active.contains(parseInstant('2026-06-02T10:00:00-04:00'))).toBe(false);
  });

  it('no active hours (null) is always active', () => {
    const always = compileActiveHours(null, NY);
    expect(always.contains(parseInstant('2026-06-07T03:00:00Z'))).toBe(true);
  });

  it('describes an instant by its local weekday, time and zone', () => {
    const active = compileActiveHours(hours([{ weekday: 1, from: '09:00', to: '17:00' }]), NY);
    expect(active.describe(parseInstant('2026-06-02T21:00:00Z'))).toBe('Tue 17:00 (America/New_York)');
    expect(active.describe(parseInstant('2026-06-08T03:59:00Z'))).toBe('Sun 23:59 (America/New_York)');
    const london = compileActiveHours(hours([{ weekday: 1, from: '09:00', to: '17:00' }], 'Europe/London'), NY);
    expect(london.describe(parseInstant('2026-06-02T21:00:00Z'))).toBe('Tue 22:00 (Europe/London)');
  });

  it('says why an instant is outside, from that local day\'s ranges', () => {
    const weekdays = [1, 2, 3, 4, 5] as const;
    const office = compileActiveHours(hours(weekdays.flatMap((weekday) => [
      { weekday, from: '09:00', to: '12:00' },
      { weekday, from: '13:00', to: '17:00' },
    ])), NY);
    // 2026-06-02 is a Tuesday; New York is UTC-4.
    // `to` is exclusive: the closing minute says so rather than "after 17:00".
    expect(office.explainOutside(parseInstant('2026-06-02T17:00:00-04:00'))).toBe('Tue 17:00 is when the hours end, and 17:00 itself is not included (America/New_York)');
    expect(office.explainOutside(parseInstant('2026-06-02T17:01:00-04:00'))).toBe('Tue 17:01 is after 17:00 (America/New_York)');
    expect(office.explainOutside(parseInstant('2026-06-02T12:00:00-04:00'))).toBe(
      'Tue 12:00 is when the hours end, and 12:00 itself is not included; they start again at 13:00 (America/New_York)',
    );
    expect(office.explainOutside(parseInstant('2026-06-02T07:30:00-04:00'))).toBe('Tue 07:30 is before 09:00 (America/New_York)');
    expect(office.explainOutside(parseInstant('2026-06-02T12:15:00-04:00'))).toBe('Tue 12:15 is after 12:00; the hours start again at 13:00 (America/New_York)');
    expect(office.explainOutside(parseInstant('2026-06-07T10:00:00-04:00'))).toBe('Sun 10:00: no active hours on Sunday (America/New_York)');
  });

  it('counts an overnight range on the day it runs into, and reads the hours in their own zone', () => {
    // Friday 22:00 to 06:00: Saturday is open until 06:00 only.
    const night = compileActiveHours(hours([{ weekday: 5, from: '22:00', to: '06:00' }], 'Europe/London'), NY);
    // 2026-06-06 is a Saturday; London is UTC+1 in June.
    expect(night.explainOutside(parseInstant('2026-06-06T09:00:00Z'))).toBe('Sat 10:00 is after 06:00 (Europe/London)');
    expect(night.explainOutside(parseInstant('2026-06-05T20:00:00Z'))).toBe('Fri 21:00 is before 22:00 (Europe/London)');
    // A range up to the end of the day, "24:00".
    const evening = compileActiveHours(hours([{ weekday: 1, from: '18:00', to: '24:00' }]), NY);
    expect(evening.explainOutside(parseInstant('2026-06-01T10:00:00-04:00'))).toBe('Mon 10:00 is before 18:00 (America/New_York)');
    // Its end, midnight, is the day before's end, not a Tuesday without hours as such.
    expect(evening.explainOutside(parseInstant('2026-06-02T00:00:00-04:00'))).toBe(
      "Tue 00:00 is when Monday's hours end, and midnight itself is not included; there are no active hours on Tuesday (America/New_York)",
    );
    expect(evening.explainOutside(parseInstant('2026-06-02T00:01:00-04:00'))).toBe('Tue 00:01: no active hours on Tuesday (America/New_York)');
    // Typed as 00:00, the same midnight: the sentence names neither spelling.
    const typedZero = compileActiveHours(hours([{ weekday: 1, from: '18:00', to: '00:00' }]), NY);
    expect(typedZero.explainOutside(parseInstant('2026-06-02T00:00:00-04:00'))).toBe(
      "Tue 00:00 is when Monday's hours end, and midnight itself is not included; there are no active hours on Tuesday (America/New_York)",
    );
    const twoEvenings = compileActiveHours(hours([{ weekday: 1, from: '18:00', to: '24:00' }, { weekday: 2, from: '09:00', to: '12:00' }]), NY);
    expect(twoEvenings.explainOutside(parseInstant('2026-06-02T00:00:00-04:00'))).toBe(
      "Tue 00:00 is when Monday's hours end, and midnight itself is not included; they start again at 09:00 (America/New_York)",
    );
  });
});
