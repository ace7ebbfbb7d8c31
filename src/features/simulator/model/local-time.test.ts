import { describe, expect, it } from 'vitest';
import { instantToLocalInput, localInputToInstant, nextDate, readLocalInput, showInstant } from './local-time';

describe('local date-times in the account zone', () => {
  it.each([
    ['America/New_York', '2026-06-01T10:00', '2026-06-01T14:00:00Z'],
    ['America/New_York', '2026-12-01T10:00', '2026-12-01T15:00:00Z'],
    ['Asia/Kolkata', '2026-06-01T10:00', '2026-06-01T04:30:00Z'],
  ])('in %s, %s is %s and back', (tz, local, instant) => {
    expect(localInputToInstant(local, tz)).toBe(instant);
    expect(instantToLocalInput(instant, tz)).toBe(local);
  });

  it('moves a time skipped by the spring-forward jump to the first valid minute', () => {
    expect(localInputToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:00:00Z');
  });

  it('refuses a year outside 1900–2200 (the "2" of "2026" typed in a date box is the year 0002)', () => {
    expect(readLocalInput('0002-05-25T10:00', 'America/New_York')).toBeNull();
    expect(readLocalInput('1899-12-31T23:59', 'America/New_York')).toBeNull();
    expect(readLocalInput('2201-01-01T00:00', 'America/New_York')).toBeNull();
    expect(readLocalInput('1900-01-01T00:00', 'UTC')?.at).toBe('1900-01-01T00:00:00Z');
    expect(readLocalInput('2200-12-31T23:59', 'UTC')?.at).toBe('2200-12-31T23:59:00Z');
  });

  it('refuses what is not a date-time', () => {
    expect(localInputToInstant('2026-06-01', 'America/New_York')).toBeNull();
    expect(localInputToInstant('2026-13-01T10:00', 'America/New_York')).toBeNull();
  });

  it('shows instants with the zone abbreviation, never the host zone', () => {
    expect(showInstant('2026-06-01T14:10:00Z', 'America/New_York')).toBe('Mon 1 Jun 2026, 10:10 EDT');
    // Seconds where the instant has some, so that 10:09:59 is not shown as 10:09.
    expect(showInstant('2026-06-01T14:09:59Z', 'America/New_York')).toBe('Mon 1 Jun 2026, 10:09:59 EDT');
  });

  it('says when a typed time is skipped by the clocks going forward', () => {
    expect(readLocalInput('2026-03-08T02:30', 'America/New_York')).toEqual({ at: '2026-03-08T07:00:00Z', other: null, gap: true });
    expect(readLocalInput('2026-03-08T03:00', 'America/New_York')).toEqual({ at: '2026-03-08T07:00:00Z', other: null, gap: false });
  });

  it('reads a time that happens twice on the clock of the value it replaces, else as the first', () => {
    const ny = 'America/New_York';
    // 01:05 on 1 Nov 2026 is 05:05Z (EDT) and again 06:05Z (EST).
    expect(readLocalInput('2026-11-01T01:05', ny)).toEqual({ at: '2026-11-01T05:05:00Z', other: '2026-11-01T06:05:00Z', gap: false });
    // An event at 01:00 EST (06:00Z) moved to 01:05 stays in EST instead of jumping an hour back.
    expect(readLocalInput('2026-11-01T01:05', ny, '2026-11-01T06:00:00Z')).toEqual({ at: '2026-11-01T06:05:00Z', other: '2026-11-01T05:05:00Z', gap: false });
    expect(readLocalInput('2026-11-01T01:05', ny, '2026-11-01T05:59:00Z')).toEqual({ at: '2026-11-01T05:05:00Z', other: '2026-11-01T06:05:00Z', gap: false });
    // Once typed, the value reads back as itself: the box shows the same text for either instant.
    expect(instantToLocalInput('2026-11-01T06:05:00Z', ny)).toBe('2026-11-01T01:05');
    expect(readLocalInput('2026-11-01T01:05', ny, '2026-11-01T06:05:00Z')?.at).toBe('2026-11-01T06:05:00Z');
  });
});

describe('nextDate (24:00 of a day is 00:00 of the next)', () => {
  it('goes over the ends of months and years, and 29 February of leap years only', () => {
    expect(nextDate('2026-06-01')).toBe('2026-06-02');
    expect(nextDate('2026-06-30')).toBe('2026-07-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2200-12-31')).toBe('2201-01-01');
  });
  it('is null for what is no date', () => {
    expect(nextDate('2026-02-29')).toBeNull();
    expect(nextDate('2026-04-31')).toBeNull();
    expect(nextDate('')).toBeNull();
    expect(nextDate('2026-6-1')).toBeNull();
  });
});
