import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, instantText } from './fast-instant';
import { formatInstant, tryParseInstant } from './time';

describe('fast instant text and parsing', () => {
  it('writes exactly what formatInstant writes, in any order of days', () => {
    // whole seconds (the fast path), fractions and pre-1970 instants (the fallback)
    const ms = fc.oneof(
      fc.integer({ min: 0, max: 253_402_300_799 }).map((s) => s * 1000),
      fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
    );
    fc.assert(fc.property(fc.array(ms, { minLength: 1, maxLength: 20 }), (list) => {
      for (const m of list) expect(instantText(m)).toBe(formatInstant(m));
    }), { numRuns: 300 });
  });

  it('formats day, month and year edges', () => {
    for (const text of ['1970-01-01T00:00:00Z', '2024-02-29T23:59:59Z', '2026-12-31T12:05:09Z', '9999-12-31T23:59:59Z']) {
      expect(instantText(instantMs(text))).toBe(text);
    }
  });

  it('refuses what the time module refuses, and reads offsets through it', () => {
    for (const text of ['2026-06-0xT00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-06-01T24:00:00Z', '2026-06-01T10:60:00Z', '2026/06/01T00:00:00Z', '2026-06-01T00:00:0:Z']) {
      expect(instantMs(text)).toBeNaN();
    }
    expect(instantMs('2026-06-01T12:00:00+02:00')).toBe(tryParseInstant('2026-06-01T12:00:00+02:00'));
    // the same day again (cached) and a neighbouring one
    expect(instantMs('2026-06-01T23:59:59Z') + 1000).toBe(instantMs('2026-06-02T00:00:00Z'));
  });

  it('parses what the time module parses', () => {
    fc.assert(fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (m) => {
      const text = formatInstant(m);
      expect(instantMs(text)).toBe(tryParseInstant(text));
    }), { numRuns: 300 });
  });
});
