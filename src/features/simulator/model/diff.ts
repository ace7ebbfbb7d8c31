// What an edit changes: the same events replayed against the saved version and the draft.
import type { Activation, Bot } from '../../../domain';
import { activationAt, type ResultTable } from './result-table';
import { count, digits } from '../../../lib/count';
import { listText } from '../../../engine/words';

/** `run`: the draft's run (`from` is the saved version's instant). */
export type MovedRun = { subject: string; cause: number | null; from: string; to: string; run: Activation };
export type RunDiff = { gained: Activation[]; lost: Activation[]; moved: MovedRun[]; unchanged: number };

const subjectOf = (a: Activation) => a.leadId ?? a.entityId ?? '';

/**
 * Runs of `botId` in both results are paired: first the same subject at the same instant
 * (unchanged), then the same subject and causing event at another instant (moved in time);
 * what is left over was gained (draft only) or lost (saved only).
 */
export function diffRuns(saved: ResultTable, draft: ResultTable, botId: string): RunDiff {
  const { runs: before, ms: beforeMs } = runsOf(saved, botId);
  const { runs: after, ms: afterMs } = runsOf(draft, botId);

  const pool = new Map<string, number[]>(); // subject + instant → indices in `before`
  before.forEach((a, i) => {
    const k = `${subjectOf(a)}\u0000${beforeMs[i]}`;
    const list = pool.get(k);
    if (list) list.push(i);
    else pool.set(k, [i]);
  });
  const usedBefore = new Uint8Array(before.length);
  const restAfter: Activation[] = [];
  let unchanged = 0;
  after.forEach((a, j) => {
    const list = pool.get(`${subjectOf(a)}\u0000${afterMs[j]}`);
    const i = list?.shift();
    if (i === undefined) restAfter.push(a);
    else {
      usedBefore[i] = 1;
      unchanged += 1;
    }
  });

  const byCause = new Map<string, number[]>();
  before.forEach((a, i) => {
    if (usedBefore[i] || a.cause === null) return;
    const k = `${subjectOf(a)}\u0000${a.cause}`;
    const list = byCause.get(k);
    if (list) list.push(i);
    else byCause.set(k, [i]);
  });
  const moved: MovedRun[] = [];
  const gained: Activation[] = [];
  for (const a of restAfter) {
    const i = a.cause === null ? undefined : byCause.get(`${subjectOf(a)}\u0000${a.cause}`)?.shift();
    if (i === undefined) gained.push(a);
    else {
      usedBefore[i] = 1;
      moved.push({ subject: subjectOf(a), cause: a.cause, from: before[i]!.at, to: a.at, run: a });
    }
  }
  const lost = before.filter((_, i) => !usedBefore[i]);
  return { gained, lost, moved, unchanged };
}

/** One bot's runs as objects (the others are never made), with their instants. */
function runsOf(t: ResultTable, botId: string): { runs: Activation[]; ms: number[] } {
  const bot = t.botIds.indexOf(botId);
  const runs: Activation[] = [];
  const ms: number[] = [];
  for (let i = 0; i < t.runs.count; i++) {
    if (t.runs.bot[i] !== bot) continue;
    runs.push(activationAt(t, i));
    ms.push(t.runs.ms[i]!);
  }
  return { runs, ms };
}

/**
 * Who a run is for, in words: "lead l1", or "contact c1" for a tag or field trigger's contact,
 * company or product with no lead ("lead c1" named a contact a lead). `bot`: the version that made it.
 */
export function runSubject(a: Activation, bot: Bot | undefined): string {
  if (a.leadId !== undefined) return `lead ${a.leadId}`;
  if (a.entityId === undefined) return 'no lead';
  const t = bot?.triggers[a.trigger];
  return `${t && 'entity' in t ? t.entity : 'record'} ${a.entityId}`;
}

/** A diff small enough to send and show: the first runs of each kind, named, and the full counts. */
export type DiffSummary = {
  gained: { who: string; at: string }[];
  lost: { who: string; at: string }[];
  moved: { who: string; from: string; to: string }[];
  counts: { gained: number; lost: number; moved: number; unchanged: number };
};

/** `saved` and `draft`: the versions whose runs were compared (lost runs are the saved one's). */
export function summarizeDiff(d: RunDiff, saved: Bot, draft: Bot, max = 50): DiffSummary {
  return {
    gained: d.gained.slice(0, max).map((a) => ({ who: runSubject(a, draft), at: a.at })),
    lost: d.lost.slice(0, max).map((a) => ({ who: runSubject(a, saved), at: a.at })),
    moved: d.moved.slice(0, max).map((m) => ({ who: runSubject(m.run, draft), from: m.from, to: m.to })),
    counts: { gained: d.gained.length, lost: d.lost.length, moved: d.moved.length, unchanged: d.unchanged },
  };
}

/**
 * Draft versus saved in words, without the kinds that did not happen: "The edit changes no run (2 the
 * same).", "The edit gains 1 run and moves 1 in time (1 the same).", "The edit loses 12,000 runs."
 * ("loses 0 and moves 0 in time (0 the same)" read as noise).
 */
export function diffWords({ gained, lost, moved, unchanged }: DiffSummary['counts']): string {
  const same = unchanged > 0 ? ` (${digits(unchanged)} the same)` : '';
  if (gained === 0 && lost === 0 && moved === 0) return `The edit changes no run${same}.`;
  const parts: string[] = [];
  // The noun once, with the first number: "gains 2 runs, loses 1 and moves 1 in time".
  const said = (n: number) => (parts.length === 0 ? count(n, 'run') : digits(n));
  if (gained > 0) parts.push(`gains ${said(gained)}`);
  if (lost > 0) parts.push(`loses ${said(lost)}`);
  if (moved > 0) parts.push(`moves ${said(moved)} in time`);
  return `The edit ${listText(parts)}${same}.`;
}
