import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../../engine/time/format';
import { offerWords, type FormatAt } from './offer-words';

const NY: FormatAt = (ms, seconds) => formatLocal(ms, 'America/New_York', seconds);
const text = 'An unsaved new bot “Broken bot”.';

describe('offerWords: the words of offers, told apart', () => {
  it('says when each was last changed, to the minute', () => {
    const words = offerWords(
      [
        { key: 'a', text, savedAt: '2026-06-01T13:05:00.000Z' },
        { key: 'b', text, savedAt: '2026-06-01T14:20:10.000Z' },
      ],
      NY,
    );
    expect([...words]).toEqual([
      ['a', `${text} Last changed Mon 1 Jun 2026, 09:05 EDT.`],
      ['b', `${text} Last changed Mon 1 Jun 2026, 10:20 EDT.`],
    ]);
  });

  it('says the seconds only of offers that share a minute, and numbers those still alike in their order', () => {
    const words = offerWords(
      [
        { key: 'a', text, savedAt: '2026-06-01T14:20:10.000Z' },
        { key: 'b', text, savedAt: '2026-06-01T14:20:40.000Z' },
        { key: 'c', text, savedAt: '2026-06-01T14:20:40.000Z' },
        { key: 'd', text, savedAt: '2026-06-01T15:00:40.000Z' },
        { key: 'e', text: 'Other words.' },
      ],
      NY,
    );
    expect(words.get('a')).toBe(`${text} Last changed Mon 1 Jun 2026, 10:20:10 EDT.`);
    expect(words.get('b')).toBe(`${text} Last changed Mon 1 Jun 2026, 10:20:40 EDT. Number 1 of 2 alike.`);
    expect(words.get('c')).toBe(`${text} Last changed Mon 1 Jun 2026, 10:20:40 EDT. Number 2 of 2 alike.`);
    expect(words.get('d')).toBe(`${text} Last changed Mon 1 Jun 2026, 11:00 EDT.`);
    expect(words.get('e')).toBe('Other words.');
  });

  it('goes without a time where none is known or it cannot be formatted, and numbers what is then alike', () => {
    const offers = [
      { key: 'a', text, savedAt: '' },
      { key: 'b', text, savedAt: 'not a time' },
      { key: 'c', text: 'Alone.', savedAt: '2026-06-01T13:05:00.000Z' },
    ];
    expect([...offerWords(offers, NY).values()]).toEqual([`${text} Number 1 of 2 alike.`, `${text} Number 2 of 2 alike.`, 'Alone. Last changed Mon 1 Jun 2026, 09:05 EDT.']);
    // The formatting code did not come (or no account zone): no time at all, never the browser's.
    expect([...offerWords(offers, null).values()]).toEqual([`${text} Number 1 of 2 alike.`, `${text} Number 2 of 2 alike.`, 'Alone.']);
  });
});
