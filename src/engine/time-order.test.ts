// R1's order (by instant, equal instants in file order) from the natural merge sort the replay uses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeOrder } from './simulate';

const reference = (times: number[]) => times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);

describe('timeOrder', () => {
  it('sorts by instant and keeps file order for equal instants, whatever the runs in the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (values) => {
        const times = values.map((v) => 1_780_000_000_000 + v * 60_000);
        expect(Array.from(timeOrder(Float64Array.from(times)))).toEqual(reference(times));
      }),
      { numRuns: 300 },
    );
  });

  it('handles sorted blocks one after another, as composer events followed by generated traffic', () => {
    const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i * 1000);
    const times = [...block(5_000, 7), ...block(0, 50), ...block(2_000, 30)];
    expect(Array.from(timeOrder(Float64Array.from(times)))).toEqual(reference(times));
  });
});
