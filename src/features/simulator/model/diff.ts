// What an edit changes: the same events replayed against the saved version and the draft.
import type { Activation } from '../../../domain';
import { activationAt, type ResultTable } from './result-table';
import { count } from '../../../lib/count';

export type MovedRun = { subject: string; cause: number | null; from: string; to: string };
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
      moved.push({ subject: subjectOf(a), cause: a.cause, from: before[i]!.at, to: a.at });
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

/** A diff small enough to send and show: the first runs of each kind and the full counts. */
export type DiffSummary = {
  gained: Activation[];
  lost: Activation[];
  moved: MovedRun[];
  counts: { gained: number; lost: number; moved: number; unchanged: number };
};

export function summarizeDiff(d: RunDiff, max = 50): DiffSummary {
  return {
    gained: d.gained.slice(0, max),
    lost: d.lost.slice(0, max),
    moved: d.moved.slice(0, max),
    counts: { gained: d.gained.length, lost: d.lost.length, moved: d.moved.length, unchanged: d.unchanged },
  };
}

/** Draft versus saved in words: "The edit changes no run (2 the same).", "The edit gains 1 run, loses 0 and moves 1 in time (1 the same)." */
export function diffWords({ gained, lost, moved, unchanged }: DiffSummary['counts']): string {
  return gained === 0 && lost === 0 && moved === 0
    ? `The edit changes no run (${unchanged} the same).`
    : `The edit gains ${count(gained, 'run')}, loses ${lost} and moves ${moved} in time (${unchanged} the same).`;
}
