import { describe, expect, it } from 'vitest';
import { simulateLog } from '../../../engine';
import { bot, scenario } from '../../../engine/test-scenario';
import type { Activation, Bot, SimResult } from '../../../domain';
import { SAMPLES, loadSample } from '../samples';
import { diffRuns as diffTables } from './diff';
import { tableOf } from './result-table';

const diffRuns = (saved: SimResult, draft: SimResult, botId: string) => diffTables(tableOf(saved), tableOf(draft), botId);

const run = (leadId: string, at: string, cause: number | null = 0): Activation => ({ botId: 'b', leadId, at, trigger: 0, cause });
const result = (activations: Activation[]): SimResult => ({ activations, skipped: [], warnings: [] });

describe('draft versus saved diff', () => {
  it('pairs the same lead at the same instant as unchanged', () => {
    const d = diffRuns(result([run('l1', '2026-06-01T14:00:00Z')]), result([run('l1', '2026-06-01T14:00:00Z')]), 'b');
    expect(d).toEqual({ gained: [], lost: [], moved: [], unchanged: 1 });
  });

  it('reports a run of the same event at another instant as moved', () => {
    const d = diffRuns(result([run('l1', '2026-06-01T14:10:00Z', 3)]), result([run('l1', '2026-06-01T14:20:00Z', 3)]), 'b');
    expect(d.moved).toEqual([{ subject: 'l1', cause: 3, from: '2026-06-01T14:10:00Z', to: '2026-06-01T14:20:00Z' }]);
    expect(d.gained).toEqual([]);
    expect(d.lost).toEqual([]);
  });

  it('reports runs only in the draft as gained and only in the saved version as lost', () => {
    const d = diffRuns(result([run('l1', '2026-06-01T14:00:00Z', 0)]), result([run('l2', '2026-06-01T14:00:00Z', 1)]), 'b');
    expect(d.gained.map((a) => a.leadId)).toEqual(['l2']);
    expect(d.lost.map((a) => a.leadId)).toEqual(['l1']);
  });

  it('ignores other bots', () => {
    const other = { ...run('l1', '2026-06-01T14:00:00Z'), botId: 'other' };
    expect(diffRuns(result([other]), result([]), 'b').lost).toEqual([]);
  });

  it('shows a longer delay moving the follow-up and losing the run whose lead left meanwhile', () => {
    const loaded = loadSample(SAMPLES.find((s) => s.id === 'qualified-follow-up')!);
    if (!loaded.ok) throw new Error('sample');
    const saved = loaded.value.bots[0]!;
    const draft: Bot = { ...saved, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 3 }] };
    const d = diffTables(simulateLog({ ...loaded.value, bots: [saved] }), simulateLog({ ...loaded.value, bots: [draft] }), saved.id);
    // 10 min → 3 min: l1 runs 7 minutes earlier; l2 (which left after 5 minutes) now runs too.
    expect(d.moved).toEqual([{ subject: 'l1', cause: 0, from: '2026-06-01T14:10:00Z', to: '2026-06-01T14:03:00Z' }]);
    expect(d.gained.map((a) => [a.leadId, a.at])).toEqual([['l2', '2026-06-01T14:03:00Z']]);
    expect(d.lost).toEqual([]);
  });

  it('never pairs runs that no event caused (schedules) as moved: another time is a run lost and one gained', () => {
    const at = (time: string) =>
      simulateLog(scenario({ bots: [bot('daily', [{ type: 'recurring', every: 'day', time }])], start: '2026-06-01T00:00:00Z', until: '2026-06-01T23:59:00Z' }));
    const d = diffTables(at('09:00'), at('10:00'), 'daily');
    // America/New_York, summer: 09:00 and 10:00 are 13:00 and 14:00 UTC.
    expect(d.lost.map((a) => [a.leadId, a.at, a.cause])).toEqual([['l1', '2026-06-01T13:00:00Z', null]]);
    expect(d.gained.map((a) => [a.leadId, a.at, a.cause])).toEqual([['l1', '2026-06-01T14:00:00Z', null]]);
    expect(d.moved).toEqual([]);
    expect(d.unchanged).toBe(0);
  });
});
