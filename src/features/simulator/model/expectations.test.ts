import { describe, expect, it } from 'vitest';
import { simulateLog } from '../../../engine';
import type { Expectations, SimResult } from '../../../domain';
import { SAMPLES, loadSample } from '../samples';
import { checkExpectations as checkTable, expectsAnything } from './expectations';
import { tableOf } from './result-table';

const checkExpectations = (expect: Expectations, r: SimResult, max?: number) => checkTable(expect, tableOf(r), max);

const result = (over: Partial<SimResult>): SimResult => ({ activations: [], skipped: [], warnings: [], ...over });

describe('expectation checking', () => {
  it('compares instants by their time, not their spelling', () => {
    const r = checkExpectations(
      { activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T10:00:00-04:00' }] },
      result({ activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }] }),
    );
    expect(r).toMatchObject({ passed: 1, failed: 0 });
  });

  it('fails a missing run and reports an unexpected one', () => {
    const r = checkExpectations(
      { activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z' }] },
      result({ activations: [{ botId: 'b', leadId: 'l2', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }] }),
    );
    expect(r.failed).toBe(2);
    expect(r.items.map((i) => [i.kind, i.pass])).toEqual([
      ['activation', false],
      ['unexpected', false],
    ]);
  });

  it('counts every unexpected run once but lists only as many as asked', () => {
    const run = (botId: string, leadId: string | undefined, at: string) => ({ botId, ...(leadId ? { leadId } : {}), at, trigger: 0, cause: null });
    const activations = [
      run('b', 'l1', '2026-06-01T14:00:00Z'),
      // Two runs for entities (no lead) of one bot at one instant are one (bot, lead, instant).
      run('b', undefined, '2026-06-01T14:01:00Z'),
      run('b', undefined, '2026-06-01T14:01:00Z'),
      run('b', 'l2', '2026-06-01T14:01:00Z'),
      run('c', 'l2', '2026-06-01T14:01:00Z'),
      run('b', 'l3', '2026-06-01T14:02:00Z'),
    ];
    const expect1 = { activations: [{ botId: 'b', leadId: 'l2', at: '2026-06-01T10:01:00-04:00' }] };
    const all = checkExpectations(expect1, result({ activations }));
    expect(all).toMatchObject({ passed: 1, failed: 4 });
    expect(all.items.filter((i) => i.kind === 'unexpected').map((i) => [i.botId, 'leadId' in i ? i.leadId : '-', i.at])).toEqual([
      ['b', 'l1', '2026-06-01T14:00:00Z'],
      ['b', '-', '2026-06-01T14:01:00Z'],
      ['c', 'l2', '2026-06-01T14:01:00Z'],
      ['b', 'l3', '2026-06-01T14:02:00Z'],
    ]);
    const capped = checkExpectations(expect1, result({ activations }), 2);
    expect(capped).toMatchObject({ passed: 1, failed: 4 });
    expect(capped.items.map((i) => i.kind)).toEqual(['activation', 'unexpected', 'unexpected']);
  });

  it('reads two runs for entities of one bot, alone at their instant, as one (bot, lead, instant)', () => {
    const run = { botId: 'b', at: '2026-06-01T14:01:00Z', trigger: 0, cause: null };
    const twice = result({ activations: [run, run] });
    const none = checkExpectations({ activations: [] }, twice);
    expect(none).toMatchObject({ passed: 0, failed: 1 });
    expect(none.items).toEqual([{ kind: 'unexpected', botId: 'b', at: '2026-06-01T14:01:00Z', pass: false }]);
    expect(checkExpectations({ activations: [{ botId: 'b', at: '2026-06-01T14:01:00Z' }] }, twice)).toMatchObject({ passed: 1, failed: 0 });
  });

  it("does not hold the runs of onlookers (the account's other bots) against a scenario written without them, unless it names them", () => {
    const run = (botId: string, leadId: string) => ({ botId, leadId, at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 });
    const activations = [run('draft', 'l1'), run('welcome', 'l1'), run('confirm', 'l1')];
    const onlookers = new Set(['welcome', 'confirm']);
    const wanted = { activations: [{ botId: 'draft', leadId: 'l1', at: '2026-06-01T14:00:00Z' }] };
    expect(checkTable(wanted, tableOf(result({ activations })), Infinity, onlookers)).toMatchObject({ passed: 1, failed: 0 });
    // Named by the expectations: its runs are checked, the unexpected ones too.
    const naming = { activations: [...wanted.activations, { botId: 'welcome', leadId: 'l2', at: '2026-06-01T14:00:00Z' }] };
    const r = checkTable(naming, tableOf(result({ activations })), Infinity, onlookers);
    expect(r.items.filter((i) => !i.pass).map((i) => [i.kind, i.botId])).toEqual([
      ['activation', 'welcome'],
      ['unexpected', 'welcome'],
    ]);
    // Without onlookers every run counts, as `simulate --check` does.
    expect(checkExpectations(wanted, result({ activations })).failed).toBe(2);
  });

  it('needs every expected skip reason to be present', () => {
    const skipped = [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, reason: 'cooldown' as const, detail: 'x' }];
    expect(checkExpectations({ skipped: [{ botId: 'b', reason: 'cooldown' }] }, result({ skipped })).failed).toBe(0);
    expect(checkExpectations({ skipped: [{ botId: 'b', reason: 'condition' }] }, result({ skipped })).failed).toBe(1);
  });
});

describe('built-in samples', () => {
  it.each(SAMPLES.map((s) => [s.label, s] as const))('"%s" is a valid scenario whose expectations hold', (_, sample) => {
    const loaded = loadSample(sample);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.expect).toBeDefined();
    const report = checkTable(loaded.value.expect!, simulateLog(loaded.value));
    expect(report.items.filter((i) => !i.pass)).toEqual([]);
  });

  it('lists the nine scenarios of the seed article', () => {
    expect(SAMPLES).toHaveLength(9);
    expect(new Set(SAMPLES.map((s) => s.id)).size).toBe(9);
  });
});

describe('expectsAnything', () => {
  it('is true for a list of runs, even empty ("no run"), and for skips named; not for {} or an empty list of skips', () => {
    expect(expectsAnything(undefined)).toBe(false);
    expect(expectsAnything({})).toBe(false);
    expect(expectsAnything({ skipped: [] })).toBe(false);
    expect(expectsAnything({ activations: [] })).toBe(true);
    expect(expectsAnything({ skipped: [{ botId: 'b', reason: 'cooldown' }] })).toBe(true);
  });
});
