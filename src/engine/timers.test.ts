import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimerHeap } from './timers';

describe('timer heap', () => {
  it('pops by due instant, then by creation, with pushes and pops interleaved', () => {
    // op >= 0: push a timer due at op; op < 0: pop one
    const ops = fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(-1)), { maxLength: 300 });
    fc.assert(
      fc.property(ops, (list) => {
        const heap = new TimerHeap<{ due: number; seq: number }>();
        const model: { due: number; seq: number }[] = [];
        let seq = 0;
        for (const op of list) {
          if (op >= 0) {
            const t = { due: op * 1000, seq: seq++ };
            heap.push(t);
            model.push(t);
          } else {
            model.sort((a, b) => a.due - b.due || a.seq - b.seq);
            expect(heap.peekDue()).toBe(model.length > 0 ? model[0]!.due : Infinity);
            expect(heap.pop()).toBe(model.shift());
          }
          expect(heap.size).toBe(model.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
