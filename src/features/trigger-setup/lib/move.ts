import { moveOne } from '../../../lib/move-one';

/** Which way a "Move … up" / "Move … down" button moves its item: one place earlier or later. */
export type MoveDirection = 'up' | 'down';

/** `list` with the item at `from` taken one place up or down (the items either side unchanged, the same objects). */
export function movedOne<T>(list: readonly T[], from: number, direction: MoveDirection): T[] {
  return moveOne(list, from, direction === 'up' ? -1 : 1);
}

/** Where the item at `from` lands after a move `direction`. */
export const moveTarget = (from: number, direction: MoveDirection): number => (direction === 'up' ? from - 1 : from + 1);

/**
 * The control that keeps the focus after an item moved to `to` of `count`: the same one as pressed,
 * unless the item reached that end of the list (where it is disabled): then the other one.
 */
export function moveControlAfter(to: number, count: number, pressed: MoveDirection): MoveDirection {
  if (pressed === 'up' && to === 0) return 'down';
  if (pressed === 'down' && to === count - 1) return 'up';
  return pressed;
}
