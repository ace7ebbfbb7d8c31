// One list item moved a place earlier or later, for the "Move … up/down" buttons of the simulator's
// events and the editor's triggers and conditions.

/** `list` with item `i` moved by `delta` places (swapped with its neighbour); a copy unchanged when that leaves the list. */
export function moveOne<T>(list: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
