import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFieldInstant, formatInstant, parseInstant, tryParseInstant } from './index';

const NY = 'America/New_York';
const iso = (ms: number | null) => (ms === null ? null : formatInstant(ms));

describe('parseInstant', () => {
  it.each([
    ['2026-06-01T13:00:00Z', Date.UTC(2026, 5, 1, 13, 0, 0)],
    ['2026-06-01T13:00Z', Date.UTC(2026, 5, 1, 13, 0, 0)],
    ['2026-06-01T15:00:00+02:00', Date.UTC(2026, 5, 1, 13, 0, 0)],
    ['2026-06-01T09:00:00-04:00', Date.UTC(2026, 5, 1, 13, 0, 0)],
    ['2026-06-01T18:30:00+05:30', Date.UTC(2026, 5, 1, 13, 0, 0)],
    ['2026-06-01T00:30:00+01:00', Date.UTC(2026, 4, 31, 23, 30, 0)],
    ['2026-06-01T13:00:00.5Z', Date.UTC(2026, 5, 1, 13, 0, 0, 500)],
    ['2026-06-01T13:00:00.123456789Z', Date.UTC(2026, 5, 1, 13, 0, 0, 123)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('%s is read with its zone', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '2026-06-01T13:00:00', // no zone: a wall time, not an instant
    '2026-06-01',
    '2026-02-30T00:00:00Z', // no such day
    '2027-02-29T00:00:00Z',
    '2026-06-01T24:00:00Z',
    '2026-06-01T13:60:00Z',
    '2026-06-01T13:00:00+24:00',
    '2026-06-01 13:00:00Z',
    'yesterday',
    '',
  ])('refuses %j', (text) => {
    expect(tryParseInstant(text)).toBeNull();
    expect(() => parseInstant(text)).toThrow(RangeError);
  });
});

describe('formatInstant', () => {
  it.each([
    [Date.UTC(2026, 5, 1, 14, 10), '2026-06-01T14:10:00Z'],
    [Date.UTC(2026, 5, 1, 14, 10, 0, 500), '2026-06-01T14:10:00.500Z'],
    [Date.UTC(2026, 5, 1, 14, 10, 5, 7), '2026-06-01T14:10:05.007Z'],
    [0, '1970-01-01T00:00:00Z'],
    [-1, '1969-12-31T23:59:59.999Z'],
    [Date.UTC(2100, 1, 28, 23, 59, 59), '2100-02-28T23:59:59Z'],
  ])('%i → %s', (ms, expected) => {
    expect(formatInstant(ms)).toBe(expected);
  });

  it('matches the UTC ISO form without zero milliseconds, and parses back to the same instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const text = formatInstant(ms);
        expect(text).toBe(new Date(ms).toISOString().replace('.000Z', 'Z'));
        expect(parseInstant(text)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a value that is not an instant', () => {
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
  });
});

describe('dateFieldInstant (R10)', () => {
  it.each<[string, 'date' | 'datetime', string, string, string]>([
    ['2026-06-01', 'date', NY, '2026-06-01T04:00:00Z', 'a date is 00:00 local'],
    ['2026-01-15', 'date', NY, '2026-01-15T05:00:00Z', 'a winter date is 00:00 EST'],
    ['2026-06-01', 'date', 'Asia/Kolkata', '2026-05-31T18:30:00Z', 'midnight in Kolkata is the previous UTC day'],
    ['2018-11-04', 'date', 'America/Sao_Paulo', '2018-11-04T03:00:00Z', 'a midnight that DST skipped → 01:00'],
    ['2026-06-01T15:00:00Z', 'datetime', NY, '2026-06-01T15:00:00Z', 'Z: an instant'],
    ['2026-06-01T15:00:00+03:00', 'datetime', NY, '2026-06-01T12:00:00Z', 'offset: an instant'],
    ['2026-06-01T15:00', 'datetime', NY, '2026-06-01T19:00:00Z', 'no zone: local time'],
    ['2026-06-01T15:00:30', 'datetime', NY, '2026-06-01T19:00:30Z', 'no zone, with seconds: local time'],
    ['2026-06-01 15:00', 'datetime', NY, '2026-06-01T19:00:00Z', 'a space instead of T'],
    ['2026-03-08T02:30', 'datetime', NY, '2026-03-08T07:00:00Z', 'local time in the spring gap → 03:00 EDT'],
    ['2026-11-01T01:30', 'datetime', NY, '2026-11-01T05:30:00Z', 'repeated local time → first occurrence'],
    ['2026-06-01', 'datetime', NY, '2026-06-01T04:00:00Z', 'a date-time field holding a bare date means midnight'],
    ['  2026-06-01  ', 'date', NY, '2026-06-01T04:00:00Z', 'surrounding spaces are ignored'],
  ])('%j (%s, %s) → %s: %s', (value, type, tz, expected) => {
    expect(iso(dateFieldInstant(value, type, tz))).toBe(expected);
  });

  it.each([null, 1780000000000, '', '   ', 'soon', '2026-02-30', '2026-13-01', '2026-06-01T25:00', '01/06/2026'])(
    '%j holds no date → null',
    (value) => {
      expect(dateFieldInstant(value, 'date', NY)).toBeNull();
      expect(dateFieldInstant(value, 'datetime', NY)).toBeNull();
    },
  );
});
