import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimerQueue } from './timers';

describe('timer queue', () => {
  it('pops by due instant, then by order of push, with pushes and pops interleaved and slots reused', () => {
    // op >= 0: push a timer due at op; op < 0: pop one
    const ops = fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(-1)), { maxLength: 300 });
    fc.assert(
      fc.property(ops, (list) => {
        const queue = new TimerQueue();
        // What each slot holds now (the caller's column), and the pending timers in the model.
        const label: number[] = [];
        const model: { due: number; seq: number }[] = [];
        let seq = 0;
        for (const op of list) {
          if (op >= 0) {
            const slot = queue.take();
            expect(model.some((t) => label[slot] === t.seq)).toBe(false); // never a pending timer's slot
            label[slot] = seq;
            queue.due[slot] = op * 1000;
            queue.push(slot);
            model.push({ due: op * 1000, seq: seq++ });
          } else {
            model.sort((a, b) => a.due - b.due || a.seq - b.seq);
            const expected = model.shift();
            if (expected === undefined) {
              expect(queue.pop()).toBe(-1);
            } else {
              expect(queue.heapDue[0]).toBe(expected.due);
              const slot = queue.pop();
              expect(label[slot]).toBe(expected.seq);
              expect(queue.due[slot]).toBe(expected.due);
              queue.release(slot);
            }
          }
          expect(queue.size).toBe(model.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
