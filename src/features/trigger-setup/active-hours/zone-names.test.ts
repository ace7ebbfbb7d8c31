import { describe, expect, it } from 'vitest';
import { aliasesRead, warmZoneAliases, zoneLabel, zoneMatchesAny, zoneQuery, type IdleScheduler } from './zone-names';

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

  it('finds a zone by the abbreviation its own region uses, which American English does not have', () => {
    for (const needle of ['cet', 'cest']) expect(finds('Europe/Berlin', needle), needle).toBe(true);
    for (const needle of ['gmt', 'bst']) expect(finds('Europe/London', needle), needle).toBe(true);
    expect(finds('Africa/Accra', 'gmt')).toBe(true);
    expect(finds('Europe/Berlin', 'gmt')).toBe(false);
    for (const needle of ['eet', 'eest']) expect(finds('Europe/Athens', needle), needle).toBe(true);
    for (const needle of ['aest', 'aedt']) expect(finds('Australia/Sydney', needle), needle).toBe(true);
    for (const needle of ['ist']) expect(finds('Asia/Calcutta', needle), needle).toBe(true);
    for (const needle of ['sast']) expect(finds('Africa/Johannesburg', needle), needle).toBe(true);
    for (const needle of ['nzst', 'nzdt']) expect(finds('Pacific/Auckland', needle), needle).toBe(true);
    for (const needle of ['sgt']) expect(finds('Asia/Singapore', needle), needle).toBe(true);
    for (const needle of ['nst', 'ndt']) expect(finds('America/St_Johns', needle), needle).toBe(true);
  });

  it('finds a busy zone by the abbreviation people use for it, which no English locale prints', () => {
    expect(finds('Asia/Tokyo', 'jst')).toBe(true);
    expect(finds('Asia/Seoul', 'kst')).toBe(true);
    for (const needle of ['ist', 'idt']) expect(finds('Asia/Jerusalem', needle), needle).toBe(true);
    expect(finds('Europe/Moscow', 'msk')).toBe(true);
    expect(finds('Asia/Saigon', 'ict')).toBe(true);
    expect(finds('America/Buenos_Aires', 'art')).toBe(true);
    // Shared names find every zone that uses them, as the browser's own do.
    for (const zone of ['America/Chicago', 'Asia/Shanghai']) expect(finds(zone, 'cst'), zone).toBe(true);
    expect(finds('Asia/Tokyo', 'kst')).toBe(false);
  });

  it('does not find a zone by an abbreviation of another region', () => {
    for (const needle of ['cet', 'bst', 'aest', 'ist']) expect(finds('America/New_York', needle), needle).toBe(false);
    for (const needle of ['cet', 'eet']) expect(finds('Europe/London', needle), needle).toBe(false);
    expect(finds('Asia/Tokyo', 'ist')).toBe(false);
  });

  it('reads the zones ahead, a few at a time when the page is idle, and a cancel stops it', () => {
    const queued: (() => void)[] = [];
    const schedule: IdleScheduler = (work) => {
      queued.push(work);
      return () => queued.splice(queued.indexOf(work), 1);
    };
    // 45 zones, 20 a step: the 21st is read by the second step, the 41st by the third.
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 45);
    const stop = warmZoneAliases(zones, 2031, schedule);
    expect(queued).toHaveLength(1);
    expect(aliasesRead(zones[0]!, 2031)).toBe(false); // nothing read until the page is idle
    queued.shift()?.();
    expect([aliasesRead(zones[19]!, 2031), aliasesRead(zones[20]!, 2031)]).toEqual([true, false]);
    expect(queued).toHaveLength(1);
    queued.shift()?.();
    expect([aliasesRead(zones[39]!, 2031), aliasesRead(zones[40]!, 2031)]).toEqual([true, false]);
    expect(queued).toHaveLength(1);
    stop();
    expect(queued).toHaveLength(0);
    expect(aliasesRead(zones[44]!, 2031)).toBe(false);
    const done = warmZoneAliases(zones, 2031, schedule);
    while (queued.length) queued.shift()?.();
    done();
    expect(zones.every((z) => aliasesRead(z, 2031))).toBe(true);
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
