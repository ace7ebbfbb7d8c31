import { describe, expect, it } from 'vitest';
import { nameMatches, searchKey } from './bot-search';

describe('the bot search', () => {
  it('finds a name by a part of it, in any letter case', () => {
    expect(nameMatches('Welcome on creation', 'welcome')).toBe(true);
    expect(nameMatches('Welcome on creation', 'ON CREA')).toBe(true);
    expect(nameMatches('Welcome on creation', 'goodbye')).toBe(false);
  });

  it('ignores accents either way', () => {
    expect(nameMatches('Café promo', 'cafe')).toBe(true);
    expect(nameMatches('Cafe promo', 'café')).toBe(true);
    expect(nameMatches('Crème brûlée', 'CREME BRULEE')).toBe(true);
    // A decomposed accent (e + combining acute) is the same letter as the composed one.
    expect(nameMatches('Cafe\u0301', 'café')).toBe(true);
    expect(nameMatches('São Paulo leads', 'sao')).toBe(true);
    expect(nameMatches('Łódź office', 'lodz')).toBe(true);
    expect(nameMatches('Straße', 'strasse')).toBe(true);
    expect(nameMatches('İstanbul', 'istanbul')).toBe(true);
  });

  it('ignores spaces around the search and takes runs of spaces as one', () => {
    expect(nameMatches('Won discount 10%', '  discount  ')).toBe(true);
    expect(nameMatches('Won discount 10%', 'won   discount')).toBe(true);
    expect(nameMatches('Won  discount', 'won discount')).toBe(true);
    expect(nameMatches('Won discount', 'wondiscount')).toBe(false);
  });

  it('reads full-width letters as plain ones', () => {
    expect(nameMatches('VIP welcome', 'ｖｉｐ')).toBe(true);
  });

  it('a blank search holds for every name', () => {
    expect(nameMatches('Anything', '')).toBe(true);
    expect(nameMatches('Anything', '   ')).toBe(true);
    expect(searchKey('  Ça  Va ')).toBe('ca va');
  });
});
