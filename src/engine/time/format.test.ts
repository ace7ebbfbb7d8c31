import { describe, expect, it } from 'vitest';
import { formatLocal, formatOffset, parseInstant } from './index';

describe('formatLocal', () => {
  it.each([
    ['2026-06-01T13:00:00Z', 'America/New_York', 'Mon 1 Jun 2026, 09:00 EDT'],
    ['2026-01-15T14:00:00Z', 'America/New_York', 'Thu 15 Jan 2026, 09:00 EST'],
    ['2026-03-08T07:00:00Z', 'America/New_York', 'Sun 8 Mar 2026, 03:00 EDT'],
    ['2026-06-01T08:00:00Z', 'Europe/London', 'Mon 1 Jun 2026, 09:00 BST'],
    ['2026-01-15T09:00:00Z', 'Europe/London', 'Thu 15 Jan 2026, 09:00 GMT'],
    ['2026-06-01T07:00:00Z', 'Europe/Paris', 'Mon 1 Jun 2026, 09:00 CEST'],
    ['2026-06-01T03:30:00Z', 'Asia/Kolkata', 'Mon 1 Jun 2026, 09:00 UTC+05:30'],
    ['2026-06-01T12:00:00Z', 'America/Sao_Paulo', 'Mon 1 Jun 2026, 09:00 UTC-03:00'],
    ['2026-06-01T09:00:00Z', 'UTC', 'Mon 1 Jun 2026, 09:00 UTC'],
  ])('%s in %s → %s', (instant, tz, expected) => {
    expect(formatLocal(parseInstant(instant), tz)).toBe(expected);
  });

  it('shows seconds only when asked and off the whole minute', () => {
    expect(formatLocal(parseInstant('2026-06-01T13:41:40Z'), 'America/New_York')).toBe('Mon 1 Jun 2026, 09:41 EDT');
    expect(formatLocal(parseInstant('2026-06-01T13:41:40Z'), 'America/New_York', true)).toBe('Mon 1 Jun 2026, 09:41:40 EDT');
    expect(formatLocal(parseInstant('2026-06-01T13:41:00Z'), 'America/New_York', true)).toBe('Mon 1 Jun 2026, 09:41 EDT');
  });

  it('formats offsets with sign, hours and minutes', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(5.5 * 3_600_000)).toBe('UTC+05:30');
    expect(formatOffset(-3 * 3_600_000)).toBe('UTC-03:00');
    expect(formatOffset(12.75 * 3_600_000)).toBe('UTC+12:45');
  });
});
