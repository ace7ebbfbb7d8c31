import { describe, expect, it } from 'vitest';
import { moveControlAfter, movedOne } from './move';

describe('movedOne', () => {
  const [a, b, c] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];
  it('swaps the item with its neighbour, keeping the same objects', () => {
    const moved = movedOne([a, b, c], 1, 'up');
    expect(moved).toEqual([b, a, c]);
    expect(moved[0]).toBe(b);
    expect(movedOne([a, b, c], 1, 'down')).toEqual([a, c, b]);
  });
  it('leaves the order as it is past either end', () => {
    expect(movedOne([a, b, c], 0, 'up')).toEqual([a, b, c]);
    expect(movedOne([a, b, c], 2, 'down')).toEqual([a, b, c]);
  });
});

describe('moveControlAfter', () => {
  it('keeps the pressed control, or the other one when the item reached that end', () => {
    expect(moveControlAfter(1, 3, 'up')).toBe('up');
    expect(moveControlAfter(0, 3, 'up')).toBe('down');
    expect(moveControlAfter(1, 3, 'down')).toBe('down');
    expect(moveControlAfter(2, 3, 'down')).toBe('up');
  });
});
