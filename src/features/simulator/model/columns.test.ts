import { describe, expect, it } from 'vitest';
import { REASONS, type Reason } from '../../../domain';
import { filterColumns, type RowColumns } from './columns';

type Row = { bot: string; lead: string | null; skip?: Reason };

/** Columns as buildColumns makes them, for a handful of rows (only what filtering reads). */
function columnsOf(rows: Row[]): RowColumns {
  const n = rows.length;
  const bots = [...new Set(rows.map((r) => r.bot))];
  const leads = [...new Set(rows.flatMap((r) => (r.lead === null ? [] : [r.lead])))];
  return {
    count: n,
    kind: Uint8Array.from(rows, (r) => (r.skip ? 1 : 0)),
    source: new Uint32Array(n),
    ms: new Float64Array(n),
    bot: Uint16Array.from(rows, (r) => bots.indexOf(r.bot)),
    lead: Int32Array.from(rows, (r) => (r.lead === null ? -1 : leads.indexOf(r.lead))),
    entity: new Uint8Array(n),
    trigger: new Uint16Array(n),
    cause: new Int32Array(n).fill(-1),
    reason: Uint8Array.from(rows, (r) => (r.skip ? REASONS.indexOf(r.skip) : 255)),
    condition: new Int16Array(n).fill(-1),
    detail: new Int32Array(n).fill(-1),
    unanswered: new Uint8Array(n),
    bots,
    leads,
    details: [],
  };
}

const rows: Row[] = [
  { bot: 'welcome', lead: 'l1' },
  { bot: 'welcome', lead: 'l10' },
  { bot: 'welcome', lead: 'lead-00042', skip: 'condition' },
  { bot: 'follow-up', lead: 'Lead-00420' },
  { bot: 'follow-up', lead: null, skip: 'plan' },
  { bot: 'follow-up', lead: 'l1', skip: 'cooldown' },
];
const c = columnsOf(rows);
const shown = (lead: string, more: Partial<{ botId: string; reason: Reason | 'runs' }> = {}) => {
  const view = filterColumns(c, { botId: more.botId ?? null, lead, reason: more.reason ?? null });
  return view === null ? 'all' : [...view].map((k) => `${rows[k]!.bot}/${rows[k]!.lead ?? '-'}`);
};

describe('filterColumns: the Lead box', () => {
  it('keeps to the lead whose id is exactly the text: l1 leaves l10 out', () => {
    expect(shown('l1')).toEqual(['welcome/l1', 'follow-up/l1']);
    expect(shown('  l1 ')).toEqual(['welcome/l1', 'follow-up/l1']);
  });

  it('finds every lead whose id contains the text, in any letter case, when none is exactly it', () => {
    expect(shown('42')).toEqual(['welcome/lead-00042', 'follow-up/Lead-00420']);
    expect(shown('EAD-00')).toEqual(['welcome/lead-00042', 'follow-up/Lead-00420']);
    // An id in another letter case is that lead still, as before parts of ids were found.
    expect(shown('L1')).toEqual(['welcome/l1', 'follow-up/l1']);
    expect(shown('LEAD-00420')).toEqual(['follow-up/Lead-00420']);
  });

  it('shows no row for text no lead has, and leaves out rows without a lead', () => {
    expect(shown('l2')).toEqual([]);
    expect(shown('l')).not.toContain('follow-up/-');
  });

  it('goes with the bot and outcome filters, and an empty box filters nothing', () => {
    expect(shown('l1', { botId: 'follow-up' })).toEqual(['follow-up/l1']);
    expect(shown('l', { reason: 'runs' })).toEqual(['welcome/l1', 'welcome/l10', 'follow-up/Lead-00420']);
    expect(shown('  ')).toBe('all');
    expect(shown('', { reason: 'plan' })).toEqual(['follow-up/-']);
  });
});
