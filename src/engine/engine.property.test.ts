import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../domain';
import type { Bot, Lead, Scenario } from '../domain';
import { evaluateConditions, simulate } from '.';
import { prng, standardWorkload, workloadBots } from './bench/workload';
import { instantMs } from './fast-instant';
import { formatInstant, parseInstant } from './time';

// Small random scenarios from the seeded workload generator: every trigger and condition kind,
// random start/until around the events.
const arbScenario = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    leads: fc.integer({ min: 1, max: 8 }),
    events: fc.integer({ min: 0, max: 60 }),
    bots: fc.integer({ min: 1, max: 6 }),
    startShift: fc.option(fc.integer({ min: -3_600, max: 86_400 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 0, max: 30 * 86_400 }), { nil: undefined }),
    plan: fc.constantFrom('enterprise' as const, 'enterprise' as const, 'base' as const),
    disabled: fc.integer({ min: -1, max: 5 }),
    stretch: fc.constantFrom(1, 60, 600),
  })
  .map(({ seed, leads, events, bots, startShift, span, plan, disabled, stretch }): Scenario => {
    const s = standardWorkload(seed, { leads, events, bots });
    const base = Date.UTC(2026, 5, 1);
    // Spread the events over minutes to days, so that delays, schedules and dates fall inside.
    s.events = s.events.map((e) => ({ ...e, at: formatInstant(base + (parseInstant(e.at) - base) * stretch) }));
    if (startShift !== undefined) s.start = formatInstant(base + startShift * 1000);
    if (span !== undefined) s.until = formatInstant(base + ((startShift ?? 0) + span) * 1000);
    if (plan === 'base') {
      s.account = { ...s.account, plan };
      s.bots = s.bots.map((b) => ({ ...b, triggers: b.triggers.filter((t) => !['tag_added', 'tag_removed', 'field_updated'].includes(t.type)) })).filter((b) => b.triggers.length > 0);
    }
    if (disabled >= 0 && disabled < s.bots.length) s.bots[disabled] = { ...s.bots[disabled]!, enabled: false };
    return s;
  })
  .filter((s) => validateScenario(s).ok);

// SPEC §8: `until` defaults to the last event's instant; without events the span is the instant `start`.
const untilOf = (s: Scenario) =>
  s.until ? parseInstant(s.until) : s.events.length ? Math.max(...s.events.map((e) => parseInstant(e.at))) : s.start ? parseInstant(s.start) : -Infinity;

describe('engine properties', () => {
  it('the same input gives byte-identical output, also after a JSON round trip of the scenario', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const a = JSON.stringify(simulate(s));
        expect(JSON.stringify(simulate(s))).toBe(a);
        expect(JSON.stringify(simulate(JSON.parse(JSON.stringify(s)) as Scenario))).toBe(a);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on a scenario that validates; lists are sorted by time and nothing happens after until', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const r = simulate(s);
        const until = untilOf(s);
        for (const list of [r.activations, r.skipped, r.warnings]) {
          const times = list.map((x) => parseInstant(x.at));
          for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
          for (const t of times) expect(t).toBeLessThanOrEqual(until);
        }
        for (const a of r.activations) expect(a.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
      }),
      { numRuns: 80 },
    );
  });

  it('a disabled bot never runs and is never listed', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const off = new Set(s.bots.filter((b) => !b.enabled).map((b) => b.id));
        const r = simulate(s);
        expect(r.activations.filter((a) => off.has(a.botId))).toEqual([]);
        expect(r.skipped.filter((a) => off.has(a.botId))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("adding a bot never changes the other bots' activations", () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 10_000 }), (s, seed) => {
        const extra: Bot = { ...workloadBots(1, prng(seed))[0]!, id: 'extra-bot' };
        const withExtra = { ...s, bots: [...s.bots, extra] };
        fc.pre(validateScenario(withExtra).ok);
        const before = simulate(s).activations;
        const after = simulate(withExtra).activations.filter((a) => a.botId !== 'extra-bot');
        expect(after).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('the compiled conditions and their explanations always agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const s = standardWorkload(seed, { leads: 1, events: 0, bots: 1 });
        const bot = { ...s.bots[0]!, triggers: [{ type: 'call_received' as const }], activeHours: null };
        const l: Lead = s.leads![0]!;
        const r = simulate({ ...s, bots: [bot], events: [{ at: '2026-06-01T12:00:00Z', type: 'call_received', leadId: l.id }] });
        const checks = evaluateConditions(bot.conditions, l, s.account);
        const firstFailing = checks.find((c) => !c.pass);
        if (firstFailing) expect(r.skipped[0]?.condition).toBe(firstFailing.index);
        else expect(r.activations).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('the fast instant reader agrees with the time module on any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 }), fc.boolean(), (ms, whole) => {
        const t = whole ? Math.floor(ms / 1000) * 1000 : ms;
        const text = formatInstant(t);
        expect(instantMs(text)).toBe(parseInstant(text));
      }),
      { numRuns: 500 },
    );
    expect(instantMs('2026-06-01T10:00:00-04:00')).toBe(parseInstant('2026-06-01T14:00:00Z'));
  });
});
