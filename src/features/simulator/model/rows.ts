// Activations and skips as one list of table rows, in the order of the simulated clock.
import type { Reason, SimResult } from '../../../domain';

/** `source`: the row's position among the result's runs (a run) or skips (a skip). */
export type ResultRow =
  | { kind: 'run'; key: string; source: number; at: string; ms: number; botId: string; leadId?: string; entityId?: string; trigger: number; cause: number | null; unanswered?: boolean }
  | { kind: 'skip'; key: string; source: number; at: string; ms: number; botId: string; leadId?: string; trigger: number; reason: Reason; condition?: number; detail: string };

export type RowFilter = { botId: string | null; lead: string; reason: Reason | 'runs' | null };

export function resultRows(result: SimResult): ResultRow[] {
  const runs = result.activations;
  const skips = result.skipped;
  const rows: ResultRow[] = new Array(runs.length + skips.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Both lists are sorted by instant: merge them, runs first at equal instants.
  while (i < runs.length || j < skips.length) {
    const a = runs[i];
    const s = skips[j];
    const am = a ? Date.parse(a.at) : Infinity;
    const sm = s ? Date.parse(s.at) : Infinity;
    if (a && am <= sm) {
      rows[k++] = { kind: 'run', key: `r${i}`, source: i, ms: am, ...a };
      i++;
    } else if (s) {
      rows[k++] = { kind: 'skip', key: `s${j}`, source: j, ms: sm, ...s };
      j++;
    }
  }
  return rows;
}

export function filterRows(rows: readonly ResultRow[], f: RowFilter): readonly ResultRow[] {
  const lead = f.lead.trim().toLowerCase();
  if (f.botId === null && lead === '' && f.reason === null) return rows;
  return rows.filter((r) => {
    if (f.botId !== null && r.botId !== f.botId) return false;
    if (lead !== '' && (r.leadId ?? (r.kind === 'run' ? r.entityId : undefined) ?? '').toLowerCase() !== lead) return false;
    if (f.reason === 'runs') return r.kind === 'run';
    if (f.reason !== null) return r.kind === 'skip' && r.reason === f.reason;
    return true;
  });
}
