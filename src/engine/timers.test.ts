import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimerQueue } from './timers';

describe('timer queue', () => {
  it('pops by due instant, then by order of push, across the heap and the lanes, reusing slots', () => {
    // kind 0: push to the heap; 1..3: push to lane kind - 1 (due instants in or out of order);
    // 4: pop one.
    const op = fc.record({ kind: fc.integer({ min: 0, max: 4 }), due: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (list) => {
        const queue = new TimerQueue();
        // What each slot holds now (the caller's column), and the pending timers in the model.
        const label: number[] = [];
        const model: { due: number; seq: number }[] = [];
        let seq = 0;
        for (const { kind, due } of list) {
          if (kind < 4) {
            const slot = queue.take();
            expect(model.some((t) => label[slot] === t.seq)).toBe(false); // never a pending timer's slot
            label[slot] = seq;
            queue.due[slot] = due * 1000;
            if (kind === 0) queue.push(slot);
            else queue.pushLane(slot, kind - 1);
            model.push({ due: due * 1000, seq: seq++ });
          } else {
            model.sort((a, b) => a.due - b.due || a.seq - b.seq);
            const expected = model.shift();
            if (expected === undefined) {
              expect(queue.pop()).toBe(-1);
            } else {
              expect(queue.firstDue).toBe(expected.due);
              const slot = queue.pop();
              expect(label[slot]).toBe(expected.seq);
              expect(queue.due[slot]).toBe(expected.due);
              queue.release(slot);
            }
          }
          expect(queue.size).toBe(model.length);
          model.sort((a, b) => a.due - b.due || a.seq - b.seq);
          expect(queue.firstDue).toBe(model.length > 0 ? model[0]!.due : Infinity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a lane in order when its due instants only grow', () => {
    const queue = new TimerQueue();
    const slots: number[] = [];
    for (let i = 0; i < 100; i++) {
      const slot = queue.take();
      queue.due[slot] = Math.floor(i / 3) * 1000; // ties in threes
      queue.pushLane(slot, 0);
      slots.push(slot);
    }
    const popped: number[] = [];
    while (queue.size > 0) popped.push(queue.pop());
    expect(popped).toEqual(slots);
  });
});
