import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../domain';
import type { Scenario, Warning } from '../domain';
import { simulate, simulateLog, toSimResult } from '../engine';
import type { ResultLog, ResultView } from '../engine';
import { standardWorkload } from '../engine/bench/workload';
import { writeResultJson } from './result-json';

const FIXTURES = 'mocks/fixtures/scenarios';

/** The writer's bytes, all chunks joined. */
function written(view: ResultView): Buffer {
  const chunks: Uint8Array[] = [];
  writeResultJson(view, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** What the command line has always printed for this log (before the newline). */
const stringified = (view: ResultView): Buffer => Buffer.from(JSON.stringify(toSimResult(view as ResultLog)));

function expectSameBytes(view: ResultView): void {
  const mine = written(view);
  const theirs = stringified(view);
  // Compare as text first for a readable failure, then byte for byte.
  expect(mine.toString('utf8')).toBe(theirs.toString('utf8'));
  expect(mine.equals(theirs)).toBe(true);
}

// Strings JSON.stringify escapes or encodes in several bytes: quotes, backslashes, control
// characters, lone surrogates (escaped as \udXXX), non-ASCII, line separators.
const ODD = ['a"b', 'back\\slash', 'ctl\u0000\u0001\n\t\r\u001f', '\ud800', 'x\udc00y', 'é漢字😀', '\u2028\u2029', '</script>', 'del\u007f', 'sp ace'];

describe('writeResultJson', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))('writes the bytes of JSON.stringify for the public scenario %s', (file) => {
    const scenario = JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Scenario;
    expect(validateScenario(scenario).ok).toBe(true);
    expectSameBytes(simulateLog(scenario));
  });

  it.each([1, 7, 42])('writes the bytes of JSON.stringify for the standard workload (seed %i, 20,000 events)', (seed) => {
    const scenario = JSON.parse(JSON.stringify(standardWorkload(seed, { leads: 2_000, events: 20_000, bots: 20 }))) as Scenario;
    const log = simulateLog(scenario);
    expect(log.skips.count).toBeGreaterThan(1_000); // several chunks of output
    expectSameBytes(log);
  });

  it('writes every entry shape, missing names, unusual numbers and odd texts as JSON.stringify does', () => {
    const warnings: Warning[] = [{ at: '2026-06-01T00:00:00Z', code: 'tag_triggers_suspended', until: '2026-06-01T01:00:00Z' }];
    // Runs: every combination of lead / entity / unanswered, causes null and large; instants from
    // an event's own (odd) text, or formatted (whole seconds, milliseconds, years past 9999).
    const combos: [number, number, number, number, number, number][] = [];
    const instants: [number, number][] = [
      [Date.UTC(2026, 5, 1), 0],
      [Date.UTC(2026, 5, 1, 1, 2, 3), -1],
      [Date.UTC(2026, 5, 1, 1, 2, 3, 456), -1],
      [Date.UTC(12_000, 0, 1), -1],
      [Date.UTC(2026, 5, 2), 1],
      [Date.UTC(2026, 5, 2), 2],
      [Date.UTC(2026, 5, 2), 3],
      [Date.UTC(2026, 5, 2), 4],
    ];
    let k = 0;
    for (const lead of [-1, 0, 3, 99]) {
      for (const entity of [-1, 0, 2, 7]) {
        for (const unanswered of [-1, 0, 1]) {
          const [ms, atEvent] = instants[k % instants.length]!;
          combos.push([lead, entity, unanswered, k % 3 === 0 ? -1 : k * 7919, ms, atEvent]);
          k++;
        }
      }
    }
    const n = combos.length;
    const runs = {
      count: n,
      bot: combos.map((_, i) => i % 4), // bot 3 has no id: left out
      lead: combos.map((c) => c[0]),
      entity: combos.map((c) => c[1]),
      ms: combos.map((c) => c[4]),
      atEvent: combos.map((c) => c[5]),
      trigger: combos.map((_, i) => [0, 9, 10, 123_456, 2_147_483_647][i % 5]!),
      cause: combos.map((c) => c[3]),
      unanswered: combos.map((c) => c[2]),
    };
    const m = 40;
    const skips = {
      count: m,
      bot: Array.from({ length: m }, (_, i) => i % 4),
      lead: Array.from({ length: m }, (_, i) => [-1, 0, 1, 2, 3][i % 5]!),
      ms: Array.from({ length: m }, (_, i) => instants[i % instants.length]![0]),
      atEvent: Array.from({ length: m }, (_, i) => instants[i % instants.length]![1]),
      trigger: Array.from({ length: m }, (_, i) => i * 13),
      reason: Array.from({ length: m }, (_, i) => i % 9), // 8: no such reason, left out
      condition: Array.from({ length: m }, (_, i) => (i % 3 === 0 ? -1 : i)),
      detail: Array.from({ length: m }, (_, i) => i % (ODD.length + 1)), // the last: no sentence
    };
    const view: ResultView = {
      botIds: ['plain', ODD[0]!, ODD[3]!],
      leadIds: ['l0', ODD[1]!, ODD[5]!, ODD[2]!],
      entities: ['c0', ODD[4]!, ODD[6]!],
      details: ODD,
      runs,
      skips,
      warnings,
      events: [{ at: '2026-06-01T00:00:00Z' }, { at: '2026-06-02T02:00:00+02:00' }, { at: 'odd "\\ \u0001 é' }, { at: 'back\\slash' }, { at: 'unit\u001fsep' }],
    };
    expectSameBytes(view);
  });

  it('writes an entry longer than a chunk whole', () => {
    const long = `${'é'.repeat(600_000)}"${'x'.repeat(600_000)}`;
    const view: ResultView = {
      botIds: ['b'],
      leadIds: [],
      entities: [],
      details: [long],
      runs: { count: 0, bot: [], lead: [], entity: [], ms: [], atEvent: [], trigger: [], cause: [], unanswered: [] },
      skips: { count: 2, bot: [0, 0], lead: [-1, -1], ms: [0, 0], atEvent: [-1, -1], trigger: [0, 1], reason: [6, 6], condition: [0, 0], detail: [0, 0] },
      warnings: [],
      events: [],
    };
    expectSameBytes(view);
  });

  it('writes the bytes of JSON.stringify for scenarios whose ids and names are odd strings', () => {
    const odd = fc.oneof(
      fc.constantFrom(...ODD),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom('"', '\\', '\u0000', '\n', '\ud800', '\udfff', 'é', '😀', 'a'), minLength: 1, maxLength: 8 }),
    );
    const arb = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      leads: fc.integer({ min: 1, max: 6 }),
      events: fc.integer({ min: 1, max: 80 }),
      bots: fc.integer({ min: 1, max: 6 }),
      names: fc.array(odd, { minLength: 30, maxLength: 30 }),
    });
    let checked = 0;
    fc.assert(
      fc.property(arb, ({ seed, leads, events, bots, names }) => {
        const base = standardWorkload(seed, { leads, events, bots });
        // Every bot id, lead id, stage, tag and user name becomes an odd text (distinct ones, so
        // that the scenario stays valid); they reach the result as ids and in skip sentences.
        const rename = new Map<string, string>();
        let next = 0;
        const fresh = () => `${names[next % names.length]}${next++}`;
        for (const b of base.bots) rename.set(b.id, fresh());
        for (const l of base.leads ?? []) rename.set(l.id, fresh());
        for (const p of base.account.pipelines) for (const s of p.stages) rename.set(s.name, fresh());
        for (const t of base.account.tags) rename.set(t.name, fresh());
        for (const u of base.account.users) rename.set(u.name, fresh());
        const scenario = JSON.parse(JSON.stringify(base), (_, v: unknown) => (typeof v === 'string' ? (rename.get(v) ?? v) : v)) as Scenario;
        if (!validateScenario(scenario).ok) return; // a renamed text that happens to break a rule
        const log = simulateLog(scenario);
        expectSameBytes(log);
        // And the same as what simulate() has always given for it.
        expect(written(log).toString('utf8')).toBe(JSON.stringify(simulate(scenario)));
        checked++;
      }),
      { numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
