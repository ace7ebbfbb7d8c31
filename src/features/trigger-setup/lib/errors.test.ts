import { describe, expect, it } from 'vitest';
import { afterMoves, afterRemovals, listMessages, placeOf } from './errors';

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

describe('afterMoves', () => {
  const [a, b, c] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];
  const errors = [
    { path: 'conditions', message: 'Too many.' },
    { path: 'conditions.0.tagIds', message: 'A.' },
    { path: 'conditions.2.max', message: 'C.' },
    { path: 'triggers.0', message: 'Elsewhere.' },
  ];

  it('takes every item’s problems to its new number', () => {
    expect(afterMoves(errors, 'conditions', [a, b, c], [b, a, c])).toEqual([
      { path: 'conditions', message: 'Too many.' },
      { path: 'conditions.1.tagIds', message: 'A.' },
      { path: 'conditions.2.max', message: 'C.' },
      { path: 'triggers.0', message: 'Elsewhere.' },
    ]);
    expect(afterMoves(errors, 'conditions', [a, b, c], [c, a, b]).map((e) => e.path)).toEqual(['conditions', 'conditions.1.tagIds', 'conditions.0.max', 'triggers.0']);
  });

  it('leaves the problems as they are (the same array) unless the items were only put in another order', () => {
    expect(afterMoves(errors, 'conditions', [a, b, c], [a, b, c])).toBe(errors); // no move
    expect(afterMoves(errors, 'conditions', [a, b, c], [b, { n: 'a2' }, c])).toBe(errors); // an edit
    expect(afterMoves(errors, 'conditions', [a, b, c], [b, c])).toBe(errors); // a removal
    expect(afterMoves(errors, 'conditions', [a, a, c], [c, a, a])).toBe(errors); // one item twice: which went where is unknown
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

describe('placeOf', () => {
  const names = (errors: { path: string; message: string }[], bot: unknown) => errors.map((e) => placeOf(e, errors, bot));

  it('names the place alone while it has problems in one part only', () => {
    const bot = { triggers: [{ type: 'call_received' }, { type: 'lead_moved_to_stage' }], activeHours: { ranges: [{ weekday: 2, from: '09:00', to: '09:00' }] } };
    expect(
      names(
        [
          { path: 'triggers.1.stageIds', message: 'Select at least one stage.' },
          { path: 'activeHours.ranges.0.to', message: 'The end time must differ from the start time.' },
          { path: 'name', message: 'Enter a name for the bot.' },
        ],
        bot,
      ),
    ).toEqual(['Trigger 2', 'Active hours, Tuesday', 'Bot name']);
  });

  it('names the part too where one place has problems in several, so that no two are named alike', () => {
    const bot = {
      triggers: [{ type: 'call_received' }, { type: 'website_visited', url: 'notaurl', delayMinutes: 59940 }],
      activeHours: { ranges: [{ weekday: 4, from: '25:61', to: '' }] },
    };
    expect(
      names(
        [
          { path: 'triggers.1.url', message: 'Enter the page address as a web address.' },
          { path: 'triggers.1.delayMinutes', message: 'The delay can be at most 30 days (43,200 minutes).' },
          { path: 'activeHours.ranges.0.from', message: 'Enter a time as HH:MM, from 00:00 to 23:59.' },
          { path: 'activeHours.ranges.0.to', message: 'Enter a time.' },
          { path: 'activeHours.timezone', message: 'Choose a time zone.' },
        ],
        bot,
      ),
    ).toEqual(['Trigger 2, page address', 'Trigger 2, delay', 'Active hours, Thursday, from', 'Active hours, Thursday, to', 'Active hours']);
  });

  it('uses the label a trigger gives a part, and keeps the place alone for a problem of the place as a whole', () => {
    const bot = { triggers: [{ type: 'tag_added' }] };
    expect(
      names(
        [
          { path: 'triggers.0', message: 'The server refuses it.' },
          { path: 'triggers.0.entity', message: 'Choose what the tag is added to.' },
          { path: 'triggers.0.tagId', message: 'Choose a tag.' },
        ],
        bot,
      ),
    ).toEqual(['Trigger 1', 'Trigger 1, added to', 'Trigger 1, tag']);
  });

  it('numbers problems still alike: two ids of one list that the account does not have', () => {
    const bot = { triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-ghost', 's-gone'], delayMinutes: 0 }] };
    const errors = [
      { path: 'triggers.0.stageIds.0', message: 'This stage does not exist in the account (s-ghost).' },
      { path: 'triggers.0.stageIds.1', message: 'This stage does not exist in the account (s-gone).' },
    ];
    expect(names(errors, bot)).toEqual(['Trigger 1 (1 of 2)', 'Trigger 1 (2 of 2)']);
    expect(names([...errors, { path: 'triggers.0.delayMinutes', message: 'Too long.' }], bot)).toEqual([
      'Trigger 1, stages (1 of 2)',
      'Trigger 1, stages (2 of 2)',
      'Trigger 1, delay',
    ]);
  });
});
