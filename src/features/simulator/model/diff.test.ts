import { describe, expect, it } from 'vitest';
import { simulateLog } from '../../../engine';
import { bot, scenario } from '../../../engine/test-scenario';
import type { Activation, Bot, SimResult } from '../../../domain';
import { SAMPLES, loadSample } from '../samples';
import { diffRuns as diffTables, diffWords, summarizeDiff } from './diff';
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
    expect(d.moved).toEqual([{ subject: 'l1', cause: 3, from: '2026-06-01T14:10:00Z', to: '2026-06-01T14:20:00Z', run: run('l1', '2026-06-01T14:20:00Z', 3) }]);
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
    expect(d.moved.map(({ subject, cause, from, to }) => ({ subject, cause, from, to }))).toEqual([{ subject: 'l1', cause: 0, from: '2026-06-01T14:10:00Z', to: '2026-06-01T14:03:00Z' }]);
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

describe('draft versus saved in words', () => {
  it('leaves out the kinds of change that did not happen, and says the noun once', () => {
    expect(diffWords({ gained: 1, lost: 0, moved: 0, unchanged: 0 })).toBe('The edit gains 1 run.');
    expect(diffWords({ gained: 0, lost: 0, moved: 2, unchanged: 1 })).toBe('The edit moves 2 runs in time (1 the same).');
    expect(diffWords({ gained: 2, lost: 1, moved: 1, unchanged: 3 })).toBe('The edit gains 2 runs, loses 1 and moves 1 in time (3 the same).');
    expect(diffWords({ gained: 0, lost: 1, moved: 0, unchanged: 0 })).toBe('The edit loses 1 run.');
    expect(diffWords({ gained: 0, lost: 0, moved: 0, unchanged: 2 })).toBe('The edit changes no run (2 the same).');
  });

  it('groups the digits of every count', () => {
    expect(diffWords({ gained: 12000, lost: 1500, moved: 0, unchanged: 25000 })).toBe('The edit gains 12,000 runs and loses 1,500 (25,000 the same).');
    expect(diffWords({ gained: 0, lost: 0, moved: 0, unchanged: 1234 })).toBe('The edit changes no run (1,234 the same).');
  });

  it("names a contact's run as the contact's, not as a lead's", () => {
    const tagBot: Bot = bot('b', [{ type: 'tag_added', entity: 'contact', tagId: 't-vip' }]);
    const contactRun: Activation = { botId: 'b', entityId: 'c1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 };
    const leadRun = run('l1', '2026-06-01T14:05:00Z');
    const s = summarizeDiff({ gained: [contactRun], lost: [leadRun], moved: [], unchanged: 0 }, tagBot, tagBot);
    expect(s.gained).toEqual([{ who: 'contact c1', at: '2026-06-01T14:00:00Z' }]);
    expect(s.lost).toEqual([{ who: 'lead l1', at: '2026-06-01T14:05:00Z' }]);
  });
});
