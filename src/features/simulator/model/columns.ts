// Results as columns of typed arrays: built in the worker, transferred without copying, read by
// the table one visible row at a time. Hundreds of thousands of rows never become objects on the
// main thread.
import { REASONS } from '../../../domain';
import type { ResultTable } from './result-table';
import type { ResultRow, RowFilter } from './rows';

export type RowColumns = {
  count: number;
  /** 0: a run, 1: a skip. */
  kind: Uint8Array;
  /** Index into the activations (runs) or the skips. */
  source: Uint32Array;
  ms: Float64Array;
  bot: Uint16Array;
  /** Index into `leads`; -1: none. */
  lead: Int32Array;
  /** 1 when `lead` names an entity (a run without lead context). */
  entity: Uint8Array;
  trigger: Uint16Array;
  /** Causing event; -1: none (schedules, skips). */
  cause: Int32Array;
  /** Index into REASONS; 255 for runs. */
  reason: Uint8Array;
  /** Failing condition; -1: none. */
  condition: Int16Array;
  /** Index into `details`; -1 for runs. */
  detail: Int32Array;
  unanswered: Uint8Array;
  bots: string[];
  leads: string[];
  details: string[];
};

/** Maps a table's index (bot, lead, entity, sentence) to a compact list of the ones the rows use. */
function compact(names: readonly string[]) {
  const index = new Int32Array(names.length).fill(-1);
  const list: string[] = [];
  return {
    list,
    id(i: number): number {
      let k = index[i]!;
      if (k < 0) {
        k = list.length;
        list.push(names[i]!);
        index[i] = k;
      }
      return k;
    },
  };
}

/** Runs and skips merged in clock order (runs first at one instant), as columns. */
export function buildColumns(t: ResultTable): RowColumns {
  const runs = t.runs;
  const skips = t.skips;
  const n = runs.count + skips.count;
  const c: RowColumns = {
    count: n,
    kind: new Uint8Array(n),
    source: new Uint32Array(n),
    ms: new Float64Array(n),
    bot: new Uint16Array(n),
    lead: new Int32Array(n),
    entity: new Uint8Array(n),
    trigger: new Uint16Array(n),
    cause: new Int32Array(n),
    reason: new Uint8Array(n),
    condition: new Int16Array(n),
    detail: new Int32Array(n),
    unanswered: new Uint8Array(n),
    bots: [],
    leads: [],
    details: [],
  };
  const bots = compact(t.botIds);
  // Leads and entities share the row's subject column: entity k is subject leadIds.length + k.
  const subjects = compact([...t.leadIds, ...t.entities]);
  const entityBase = t.leadIds.length;
  const details = compact(t.details);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const am = i < runs.count ? runs.ms[i]! : Infinity;
    const sm = j < skips.count ? skips.ms[j]! : Infinity;
    if (i < runs.count && (am <= sm || j >= skips.count)) {
      const lead = runs.lead[i]!;
      const entity = runs.entity[i]!;
      c.kind[k] = 0;
      c.source[k] = i;
      c.ms[k] = am;
      c.bot[k] = bots.id(runs.bot[i]!);
      c.lead[k] = lead >= 0 ? subjects.id(lead) : entity >= 0 ? subjects.id(entityBase + entity) : -1;
      c.entity[k] = lead < 0 && entity >= 0 ? 1 : 0;
      c.trigger[k] = runs.trigger[i]!;
      c.cause[k] = runs.cause[i]!;
      c.reason[k] = 255;
      c.condition[k] = -1;
      c.detail[k] = -1;
      c.unanswered[k] = runs.unanswered[i] === 1 ? 1 : 0;
      i++;
    } else {
      const lead = skips.lead[j]!;
      c.kind[k] = 1;
      c.source[k] = j;
      c.ms[k] = sm;
      c.bot[k] = bots.id(skips.bot[j]!);
      c.lead[k] = lead >= 0 ? subjects.id(lead) : -1;
      c.trigger[k] = skips.trigger[j]!;
      c.cause[k] = -1;
      c.reason[k] = skips.reason[j]!;
      c.condition[k] = skips.condition[j]!;
      c.detail[k] = details.id(skips.detail[j]!);
      j++;
    }
  }
  c.bots = bots.list;
  c.leads = subjects.list;
  c.details = details.list;
  return c;
}

/** The buffers to transfer with postMessage. */
export function columnBuffers(c: RowColumns): ArrayBuffer[] {
  return [c.kind, c.source, c.ms, c.bot, c.lead, c.entity, c.trigger, c.cause, c.reason, c.condition, c.detail, c.unanswered].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** One row as an object, for the few rows on screen. */
export function rowAt(c: RowColumns, k: number): ResultRow {
  const lead = c.lead[k]! >= 0 ? c.leads[c.lead[k]!] : undefined;
  const base = { key: `row${k}`, source: c.source[k]!, at: iso(c.ms[k]!), ms: c.ms[k]!, botId: c.bots[c.bot[k]!]!, trigger: c.trigger[k]! };
  if (c.kind[k] === 0) {
    return {
      kind: 'run',
      ...base,
      ...(lead !== undefined ? (c.entity[k] ? { entityId: lead } : { leadId: lead }) : {}),
      cause: c.cause[k]! >= 0 ? c.cause[k]! : null,
      ...(c.unanswered[k] ? { unanswered: true } : {}),
    };
  }
  return {
    kind: 'skip',
    ...base,
    ...(lead !== undefined ? { leadId: lead } : {}),
    reason: REASONS[c.reason[k]!]!,
    ...(c.condition[k]! >= 0 ? { condition: c.condition[k]! } : {}),
    detail: c.details[c.detail[k]!] ?? '',
  };
}

/**
 * The leads the Lead box names: the one whose id is exactly the text (else those whose id is the text
 * in another letter case); else every lead whose id contains it, in any letter case ("42" finds
 * "lead-00042" in generated traffic; "l1" and "L1" keep to l1 and leave l10 out). Null: no lead named.
 */
function leadsNamed(leads: readonly string[], text: string): Uint8Array | null {
  if (text === '') return null;
  const named = new Uint8Array(leads.length);
  const exact = leads.indexOf(text);
  if (exact >= 0) {
    named[exact] = 1;
    return named;
  }
  const lower = text.toLowerCase();
  let sameButCase = false;
  leads.forEach((id, i) => {
    if (id.toLowerCase() !== lower) return;
    named[i] = 1;
    sameButCase = true;
  });
  if (sameButCase) return named;
  leads.forEach((id, i) => {
    if (id.toLowerCase().includes(lower)) named[i] = 1;
  });
  return named;
}

/** Positions of the rows that pass the filter; null when every row does. */
export function filterColumns(c: RowColumns, f: RowFilter): Uint32Array | null {
  const leadText = f.lead.trim();
  if (f.botId === null && leadText === '' && f.reason === null) return null;
  const bot = f.botId === null ? -1 : c.bots.indexOf(f.botId);
  const leads = leadsNamed(c.leads, leadText);
  const reason = f.reason === null || f.reason === 'runs' ? -1 : REASONS.indexOf(f.reason);
  if ((f.botId !== null && bot < 0) || (leads !== null && !leads.includes(1))) return new Uint32Array(0);
  const out = new Uint32Array(c.count);
  let n = 0;
  for (let k = 0; k < c.count; k++) {
    if (bot >= 0 && c.bot[k] !== bot) continue;
    if (leads !== null && leads[c.lead[k]!] !== 1) continue;
    if (f.reason === 'runs' && c.kind[k] !== 0) continue;
    if (reason >= 0 && (c.kind[k] !== 1 || c.reason[k] !== reason)) continue;
    out[n++] = k;
  }
  return out.slice(0, n);
}
