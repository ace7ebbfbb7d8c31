import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, instantMs, isInstant } from '.';

// isInstant as it was written first (a regular expression, then range checks): the character-by-character
// version must accept exactly the same strings.
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
function referenceIsInstant(value: string): boolean {
  const m = INSTANT_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  if (zone && zone !== 'Z') {
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if ((oh ?? 0) > 23 || (om ?? 0) > 59) return false;
  }
  return true;
}

const two = (n: number) => String(n).padStart(2, '0');
/** Instants with every optional part and a spread of values, mostly valid, some out of range. */
const instantLike = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
    frac: fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
    zone: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`)),
  })
  .map(({ y, mo, d, h, mi, s, frac, zone }) => {
    let text = `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`;
    if (s !== undefined) text += `:${two(s)}${frac !== undefined ? `.${frac}` : ''}`;
    return text + zone;
  });
/** One character of an instant replaced, removed or added: the near misses. */
const nearMiss = fc
  .tuple(instantLike, fc.nat(), fc.constantFrom('replace', 'remove', 'insert'), fc.constantFrom(...'0123456789-:+.TZtz \n٣'.split('')))
  .map(([text, at, how, ch]) => {
    const i = at % (text.length + 1);
    if (how === 'remove') return text.slice(0, i) + text.slice(i + 1);
    if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

describe('isInstant', () => {
  it.each([
    ['2026-06-01T13:00:00Z', true],
    ['2026-06-01T13:00Z', true],
    ['2026-06-01T13:00:00.123456789+02:00', true],
    ['2026-06-01T13:00:00.1234567890Z', false],
    ['2026-06-01T13:00:00.Z', false],
    ['2024-02-29T00:00:00Z', true],
    ['2026-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-06-01T24:00:00Z', false],
    ['2026-06-01T13:00:60Z', false],
    ['2026-06-01T13:00:00+24:00', false],
    ['2026-06-01T13:00:00', false],
    ['2026-06-01 13:00:00Z', false],
    ['2026-06-01T13:00:00Z\n', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isInstant(text)).toBe(expected);
    expect(referenceIsInstant(text)).toBe(expected);
  });

  it('accepts and refuses exactly what the regular-expression version does, on instant-shaped text', () => {
    fc.assert(
      fc.property(instantLike, (text) => {
        expect(isInstant(text)).toBe(referenceIsInstant(text));
      }),
      { numRuns: 20000, seed: 3 },
    );
  });

  it('agrees with the regular-expression version on near misses (one character changed, removed or added)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearMiss, (text) => {
        const ok = referenceIsInstant(text);
        if (ok) accepted++;
        expect(isInstant(text)).toBe(ok);
      }),
      { numRuns: 20000, seed: 4 },
    );
    expect(accepted).toBeGreaterThan(100); // the generator also reaches valid instants, not only refusals
  });

  it('agrees with the regular-expression version on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9T:.Z+-]{15,36}$/)), (text) => {
        expect(isInstant(text)).toBe(referenceIsInstant(text));
      }),
      { numRuns: 20000, seed: 5 },
    );
  });
});

describe('instantMs', () => {
  it.each(['2026-06-01T13:00:00Z', '0000-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '2024-02-29T12:34:56Z', '9999-12-31T23:59:59Z', '2026-06-01T24:00:00Z', '2026-02-30T00:00:00Z', '2026-06-01T13:00:00+02:00', 'nope'])(
    'gives what Date.parse gives for %s',
    (text) => {
      expect(Object.is(instantMs(text), Date.parse(text))).toBe(true);
    },
  );

  it('gives exactly what Date.parse gives, NaN included, for instant-shaped text and near misses', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, nearMiss, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'))), (text) => {
        expect(instantMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 30000, seed: 6 },
    );
  });
});
