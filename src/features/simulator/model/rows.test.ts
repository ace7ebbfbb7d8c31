import { describe, expect, it } from 'vitest';
import type { SimResult } from '../../../domain';
import { filterRows, resultRows } from './rows';

const result: SimResult = {
  activations: [
    { botId: 'a', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 },
    { botId: 'b', leadId: 'l2', at: '2026-06-01T14:10:00Z', trigger: 0, cause: null },
  ],
  skipped: [
    { botId: 'a', leadId: 'l2', at: '2026-06-01T14:00:00Z', trigger: 0, reason: 'cooldown', detail: 'x' },
    { botId: 'b', leadId: 'l1', at: '2026-06-01T14:05:00Z', trigger: 0, reason: 'condition', condition: 0, detail: 'y' },
  ],
  warnings: [],
};

describe('result rows', () => {
  it('merges runs and skips in clock order, runs first at one instant', () => {
    expect(resultRows(result).map((r) => `${r.kind}:${r.leadId}`)).toEqual(['run:l1', 'skip:l2', 'skip:l1', 'run:l2']);
  });

  it('filters by bot, lead and reason', () => {
    const rows = resultRows(result);
    expect(filterRows(rows, { botId: 'b', lead: '', reason: null }).map((r) => r.key)).toEqual(['s1', 'r1']);
    expect(filterRows(rows, { botId: null, lead: ' L2 ', reason: null }).map((r) => r.key)).toEqual(['s0', 'r1']);
    expect(filterRows(rows, { botId: null, lead: '', reason: 'runs' }).map((r) => r.key)).toEqual(['r0', 'r1']);
    expect(filterRows(rows, { botId: null, lead: '', reason: 'condition' }).map((r) => r.key)).toEqual(['s1']);
  });
});
