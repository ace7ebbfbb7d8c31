import { describe, expect, it } from 'vitest';
import { afterRemovals, listMessages } from './errors';

describe('afterRemovals', () => {
  const [a, b, c, d] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }];
  const errors = [
    { path: 'triggers', message: 'Too many.' },
    { path: 'triggers.0', message: 'A.' },
    { path: 'triggers.2.stageIds', message: 'C.' },
    { path: 'triggers.3', message: 'D.' },
    { path: 'conditions.2', message: 'Elsewhere.' },
  ];

  it('moves the problems of later items to their new numbers and drops a removed item’s', () => {
    expect(afterRemovals(errors, 'triggers', [a, b, c, d], [b, d])).toEqual([
      { path: 'triggers', message: 'Too many.' },
      { path: 'triggers.1', message: 'D.' },
      { path: 'conditions.2', message: 'Elsewhere.' },
    ]);
    expect(afterRemovals([{ path: 'activeHours.ranges.1.to', message: 'X.' }], 'activeHours.ranges', [a, b], [b])).toEqual([
      { path: 'activeHours.ranges.0.to', message: 'X.' },
    ]);
  });

  it('leaves the problems as they are (the same array) when the list changed otherwise', () => {
    expect(afterRemovals(errors, 'triggers', [a, b, c, d], [a, { n: 'b2' }, c, d])).toBe(errors); // an edit
    expect(afterRemovals(errors, 'triggers', [a, b, c, d], [a, b, c, d, { n: 'e' }])).toBe(errors); // an addition
    expect(afterRemovals(errors, 'triggers', [a, b, c, d], [a, { n: 'x' }])).toBe(errors); // not only removals
  });
});

describe('listMessages', () => {
  it('tells the errors of one listed id (by its place) from those of the list as a whole', () => {
    const errors = [
      { path: 'stageIds', message: 'Too many stages.' },
      { path: 'stageIds.1', message: 'No s-ghost.' },
      { path: 'stageIds.3', message: 'No s-gone.' },
      { path: 'stageIdsMore', message: 'Another field.' },
      { path: 'delayMinutes', message: 'Elsewhere.' },
    ];
    expect(listMessages(errors, 'stageIds')).toEqual({
      errors: ['Too many stages.'],
      itemErrors: new Map([
        [1, ['No s-ghost.']],
        [3, ['No s-gone.']],
      ]),
    });
  });
});
