import { describe, expect, it } from 'vitest';
import { instantToLocalInput, localInputToInstant, showInstant } from './local-time';

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

  it('refuses what is not a date-time', () => {
    expect(localInputToInstant('2026-06-01', 'America/New_York')).toBeNull();
    expect(localInputToInstant('2026-13-01T10:00', 'America/New_York')).toBeNull();
  });

  it('shows instants with the zone abbreviation, never the host zone', () => {
    expect(showInstant('2026-06-01T14:10:00Z', 'America/New_York')).toBe('Mon 1 Jun 2026, 10:10 EDT');
  });
});
