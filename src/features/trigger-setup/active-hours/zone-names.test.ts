import { describe, expect, it } from 'vitest';
import { zoneLabel, zoneMatchesAny, zoneQuery } from './zone-names';

// Searches are lower-cased with spaces as "_" by the picker; offsets are read for the given year.
const finds = (zone: string, needle: string) => zoneMatchesAny(zone, needle, 2026);

describe('zone search', () => {
  it('reads offsets and abbreviations out of what is typed', () => {
    expect(zoneQuery('utc+3')).toEqual({ offset: 180, abbreviation: null });
    expect(zoneQuery('gmt-05:00')).toEqual({ offset: -300, abbreviation: null });
    expect(zoneQuery('+0530')).toEqual({ offset: 330, abbreviation: null });
    expect(zoneQuery('utc_+_5.30')).toEqual({ offset: 330, abbreviation: null });
    expect(zoneQuery('\u22124')).toEqual({ offset: -240, abbreviation: null });
    expect(zoneQuery('est')).toEqual({ offset: null, abbreviation: 'est' });
    expect(zoneQuery('+25')).toEqual({ offset: null, abbreviation: null });
    expect(zoneQuery('berlin')).toEqual({ offset: null, abbreviation: null });
  });

  it('finds a zone by its abbreviation in winter or summer, and by either UTC offset', () => {
    for (const needle of ['est', 'edt', '-5', 'utc-5', 'gmt-05:00', '-4', 'new_york', 'york']) expect(finds('America/New_York', needle), needle).toBe(true);
    for (const needle of ['utc+1', '+2', 'berlin']) expect(finds('Europe/Berlin', needle), needle).toBe(true);
    for (const needle of ['+5:30', '+0530', 'kolkata']) expect(finds('Asia/Calcutta', needle), needle).toBe(true);
    for (const needle of ['+13:45', '+12:45']) expect(finds('Pacific/Chatham', needle), needle).toBe(true);
  });

  it('does not find a zone by an offset or abbreviation it never has', () => {
    for (const needle of ['est', '+1', 'utc+3', 'pst']) expect(finds('America/Chicago', needle), needle).toBe(false);
    expect(finds('Europe/Berlin', 'est')).toBe(false);
    expect(finds('Asia/Calcutta', '+5')).toBe(false);
  });

  it('labels a zone known by an older name with its city’s current name', () => {
    expect(zoneLabel('Asia/Calcutta')).toBe('Asia/Calcutta (Kolkata)');
    expect(zoneLabel('Europe/Berlin')).toBe('Europe/Berlin');
  });
});
