import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { formatInstant, fromLocal, localDayNumber, parseInstant, toLocal, wallTimeInstants } from './index';

const NY = 'America/New_York';
const wall = (l: ReturnType<typeof toLocal>) =>
  `${l.dayKey} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;

describe('fromLocal: local wall time → instant (R11)', () => {
  it.each([
    // America/New_York: spring gap 2026-03-08 02:00 EST → 03:00 EDT; autumn overlap 2026-11-01 02:00 EDT → 01:00 EST
    [NY, '2026-03-08 01:59', '2026-03-08T06:59:00Z', 'last minute before the spring gap'],
    [NY, '2026-03-08 02:00', '2026-03-08T07:00:00Z', 'start of the gap → first minute after it'],
    [NY, '2026-03-08 02:30', '2026-03-08T07:00:00Z', 'inside the gap → 03:00 EDT'],
    [NY, '2026-03-08 02:59', '2026-03-08T07:00:00Z', 'end of the gap → 03:00 EDT'],
    [NY, '2026-03-08 03:00', '2026-03-08T07:00:00Z', 'first valid minute after the gap'],
    [NY, '2026-03-08 03:01', '2026-03-08T07:01:00Z', 'after the gap'],
    [NY, '2026-11-01 00:59', '2026-11-01T04:59:00Z', 'before the overlap (EDT)'],
    [NY, '2026-11-01 01:00', '2026-11-01T05:00:00Z', 'repeated hour → first occurrence (EDT)'],
    [NY, '2026-11-01 01:30', '2026-11-01T05:30:00Z', 'repeated 01:30 → the earlier instant'],
    [NY, '2026-11-01 01:59', '2026-11-01T05:59:00Z', 'last repeated minute → first occurrence'],
    [NY, '2026-11-01 02:00', '2026-11-01T07:00:00Z', 'after the overlap (EST)'],
    [NY, '2026-06-01 09:00', '2026-06-01T13:00:00Z', 'summer'],
    [NY, '2026-01-15 09:00', '2026-01-15T14:00:00Z', 'winter'],
    // Europe/London: gap 2026-03-29 01:00 GMT → 02:00 BST; overlap 2026-10-25 02:00 BST → 01:00 GMT
    ['Europe/London', '2026-03-29 01:30', '2026-03-29T01:00:00Z', 'London gap → 02:00 BST'],
    ['Europe/London', '2026-10-25 01:30', '2026-10-25T00:30:00Z', 'London overlap → BST occurrence'],
    ['Europe/London', '2026-06-01 09:00', '2026-06-01T08:00:00Z', 'London summer'],
    ['Europe/London', '2026-01-15 09:00', '2026-01-15T09:00:00Z', 'London winter'],
    // Australia/Lord_Howe: 30-minute DST. +11 → +10:30 on 2026-04-05 02:00; +10:30 → +11 on 2026-10-04 02:00
    ['Australia/Lord_Howe', '2026-10-04 01:59', '2026-10-03T15:29:00Z', 'Lord Howe before the half-hour gap'],
    ['Australia/Lord_Howe', '2026-10-04 02:15', '2026-10-03T15:30:00Z', 'Lord Howe half-hour gap → 02:30'],
    ['Australia/Lord_Howe', '2026-04-05 01:45', '2026-04-04T14:45:00Z', 'Lord Howe half-hour overlap → +11 occurrence'],
    ['Australia/Lord_Howe', '2026-07-01 12:00', '2026-07-01T01:30:00Z', 'Lord Howe winter (+10:30)'],
    // No DST now
    ['America/Sao_Paulo', '2026-01-15 09:00', '2026-01-15T12:00:00Z', 'Sao Paulo January (-03:00, no DST)'],
    ['America/Sao_Paulo', '2026-07-15 09:00', '2026-07-15T12:00:00Z', 'Sao Paulo July (-03:00)'],
    ['America/Sao_Paulo', '2018-11-04 00:30', '2018-11-04T03:00:00Z', 'Sao Paulo 2018 midnight gap → 01:00'],
    ['Asia/Kolkata', '2026-06-01 09:00', '2026-06-01T03:30:00Z', 'Kolkata +05:30'],
    ['Asia/Kolkata', '2026-01-01 00:00', '2025-12-31T18:30:00Z', 'Kolkata midnight is the previous UTC day'],
  ])('%s %s → %s (%s)', (tz, local, expected) => {
    const [, y, mo, d, h, mi] = /^(\d+)-(\d+)-(\d+) (\d+):(\d+)$/.exec(local)!.map(Number);
    expect(formatInstant(fromLocal(tz, y!, mo!, d!, h!, mi!))).toBe(expected);
  });
});

describe('wallTimeInstants: every instant showing a wall time', () => {
  const texts = (tz: string, ...wall: [number, number, number, number, number]) => wallTimeInstants(tz, ...wall).map(formatInstant);
  it('gives one instant on an ordinary day, two in the repeated hour, none in the skipped one', () => {
    expect(texts('America/New_York', 2026, 6, 1, 10, 0)).toEqual(['2026-06-01T14:00:00Z']);
    expect(texts('America/New_York', 2026, 11, 1, 1, 30)).toEqual(['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']);
    expect(texts('America/New_York', 2026, 3, 8, 2, 30)).toEqual([]);
    // The minutes either side of each change.
    expect(texts('America/New_York', 2026, 3, 8, 3, 0)).toEqual(['2026-03-08T07:00:00Z']);
    expect(texts('America/New_York', 2026, 11, 1, 2, 0)).toEqual(['2026-11-01T07:00:00Z']);
    expect(texts('America/New_York', 2026, 11, 1, 0, 59)).toEqual(['2026-11-01T04:59:00Z']);
  });

  it('handles a half-hour change (Lord Howe) and a zone east of Greenwich (Berlin)', () => {
    // Australia/Lord_Howe goes back 30 minutes at 02:00 on 5 Apr 2026: 01:45 happens twice.
    expect(texts('Australia/Lord_Howe', 2026, 4, 5, 1, 45)).toEqual(['2026-04-04T14:45:00Z', '2026-04-04T15:15:00Z']);
    expect(texts('Europe/Berlin', 2026, 3, 29, 2, 30)).toEqual([]);
    expect(texts('Europe/Berlin', 2026, 10, 25, 2, 30)).toEqual(['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
  });
});

describe('toLocal: instant → local wall time', () => {
  it.each([
    [NY, '2026-03-08T06:59:00Z', '2026-03-08 01:59', 7],
    [NY, '2026-03-08T07:00:00Z', '2026-03-08 03:00', 7],
    [NY, '2026-11-01T05:30:00Z', '2026-11-01 01:30', 7],
    [NY, '2026-11-01T06:30:00Z', '2026-11-01 01:30', 7], // the repeated hour, second time round
    [NY, '2026-11-01T07:00:00Z', '2026-11-01 02:00', 7],
    [NY, '2026-06-01T13:00:00Z', '2026-06-01 09:00', 1],
    [NY, '2026-06-01T03:59:00Z', '2026-05-31 23:59', 7],
    ['Europe/London', '2026-10-25T01:30:00Z', '2026-10-25 01:30', 7],
    ['Australia/Lord_Howe', '2026-04-04T15:15:00Z', '2026-04-05 01:45', 7],
    ['Asia/Kolkata', '2025-12-31T18:30:00Z', '2026-01-01 00:00', 4],
    ['America/Sao_Paulo', '2026-06-02T02:59:00Z', '2026-06-01 23:59', 1],
  ])('%s %s → %s (weekday %i)', (tz, instant, expected, weekday) => {
    const local = toLocal(parseInstant(instant), tz);
    expect(wall(local)).toBe(expected);
    expect(local.weekday).toBe(weekday);
    expect(local.minuteOfDay).toBe(local.hour * 60 + local.minute);
  });

  it('seconds and milliseconds do not move the minute', () => {
    expect(wall(toLocal(parseInstant('2026-06-01T13:59:59.999Z'), NY))).toBe('2026-06-01 09:59');
  });

  it('localDayNumber changes at local midnight, not at UTC midnight', () => {
    const before = localDayNumber(parseInstant('2026-06-02T03:59:00Z'), NY); // 23:59 on 1 June in New York
    const after = localDayNumber(parseInstant('2026-06-02T04:00:00Z'), NY); // 00:00 on 2 June
    expect(after - before).toBe(1);
    expect(localDayNumber(parseInstant('2026-06-01T04:00:00Z'), NY)).toBe(before);
  });
});

describe('independence from the host', () => {
  // Each host zone gets fresh modules: the zone caches are empty, so every offset is read from Intl
  // again under that host zone (with the modules loaded once, the first zone's cache answered all).
  it('gives the same results whatever the process time zone is, read afresh under each', async () => {
    const saved = process.env.TZ;
    const run = async () => {
      vi.resetModules();
      const time = await import('./index');
      const { simulate } = await import('../simulate');
      const scenario = JSON.parse(readFileSync(new URL('../../../mocks/fixtures/scenarios/business-hours-first-message.json', import.meta.url), 'utf8')) as Parameters<typeof simulate>[0];
      return JSON.stringify([
        time.fromLocal(NY, 2026, 3, 8, 2, 30),
        time.fromLocal('Europe/London', 2026, 10, 25, 1, 30),
        time.toLocal(time.parseInstant('2026-11-01T06:30:00Z'), NY).dayKey,
        time.localDayNumber(time.parseInstant('2026-06-01T03:59:00Z'), NY),
        simulate(scenario),
      ]);
    };
    try {
      process.env.TZ = 'UTC';
      const base = await run();
      for (const host of ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Chatham', 'Pacific/Kiritimati']) {
        process.env.TZ = host;
        expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(0); // the host zone did change
        expect(await run()).toBe(base);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
      vi.resetModules();
    }
  });
});
