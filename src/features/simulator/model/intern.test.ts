import { describe, expect, it } from 'vitest';
import { internStrings, interned } from './intern';

describe('interned strings', () => {
  it('gives back an equal string, for ids, numbers as text and empty text alike', () => {
    for (const s of ['lead-1', 'g10000', '12', '0', '', 'Won 💰', 'constructor', '__proto__']) expect(interned(s)).toBe(s);
  });

  it('replaces every string value in place, at any depth, and leaves other values and the keys alone', () => {
    const value = { a: 'x', n: 3, b: [{ c: 'y', d: null, e: ['z', 1, true] }], f: undefined };
    const before = JSON.stringify(value);
    const inner = value.b[0]!;
    expect(internStrings(value)).toBe(value);
    expect(value.b[0]).toBe(inner);
    expect(JSON.stringify(value)).toBe(before);
    expect(Object.keys(value)).toEqual(['a', 'n', 'b', 'f']);
  });

  it('leaves a scenario exactly as it was, so that a replay of it gives the same result', () => {
    const scenario = { name: 's', events: [{ at: '2026-06-01T09:00:00Z', type: 'message', leadId: 'l1', channelId: 'wa', direction: 'incoming' }] };
    const copy = structuredClone(scenario);
    expect(internStrings(copy)).toEqual(scenario);
  });
});
