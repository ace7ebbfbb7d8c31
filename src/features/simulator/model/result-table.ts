// A run's result as the worker reads it: columns of numbers with ids and sentences as indices,
// which is what the engine's simulateLog() returns (its ResultLog fits this type), so that the
// worker never makes an object per run or skip. tableOf() gives the same view of a SimResult.
import { REASONS, type Activation, type SimResult } from '../../../domain';
import { activationOf, instantOf, type ResultView, type RunView, type SkipView } from '../../../engine';

/**
 * Runs in order of work; lead and entity -1 when absent; cause -1: none; unanswered -1 absent, else
 * 0 or 1. atEvent: the event whose `at` text is this instant; -1: the canonical text of `ms`.
 */
export type RunTable = RunView;
/** Skips in order of work; reason: index in REASONS; condition -1 when absent; detail: index in details. */
export type SkipTable = SkipView;
export type ResultTable = ResultView;

/** Run `i` as SPEC §7's object. */
export function activationAt(t: ResultTable, i: number): Activation {
  return activationOf(t, i, instantOf(t.events, t.runs.ms[i]!, t.runs.atEvent[i]!));
}

/** A SimResult as a table (tests, small results): ids interned, instants parsed, texts kept. */
export function tableOf(result: SimResult): ResultTable {
  const ids = () => {
    const map = new Map<string, number>();
    const list: string[] = [];
    return { list, id: (s: string) => map.get(s) ?? (map.set(s, list.length), list.push(s) - 1) };
  };
  const bots = ids();
  const leads = ids();
  const entities = ids();
  const details = ids();
  const texts = ids(); // each distinct `at` text stands as an event of its own
  const { activations: a, skipped: s } = result;
  return {
    runs: {
      count: a.length,
      bot: a.map((x) => bots.id(x.botId)),
      lead: a.map((x) => (x.leadId === undefined ? -1 : leads.id(x.leadId))),
      entity: a.map((x) => (x.entityId === undefined ? -1 : entities.id(x.entityId))),
      ms: a.map((x) => Date.parse(x.at)),
      atEvent: a.map((x) => texts.id(x.at)),
      trigger: a.map((x) => x.trigger),
      cause: a.map((x) => x.cause ?? -1),
      unanswered: a.map((x) => (x.unanswered === undefined ? -1 : x.unanswered ? 1 : 0)),
    },
    skips: {
      count: s.length,
      bot: s.map((x) => bots.id(x.botId)),
      lead: s.map((x) => (x.leadId === undefined ? -1 : leads.id(x.leadId))),
      ms: s.map((x) => Date.parse(x.at)),
      atEvent: s.map((x) => texts.id(x.at)),
      trigger: s.map((x) => x.trigger),
      reason: s.map((x) => REASONS.indexOf(x.reason)),
      condition: s.map((x) => x.condition ?? -1),
      detail: s.map((x) => details.id(x.detail)),
    },
    botIds: bots.list,
    leadIds: leads.list,
    entities: entities.list,
    details: details.list,
    warnings: result.warnings,
    events: texts.list.map((at) => ({ at })),
  };
}

/** The first `count` instants of a column as a Float64Array (a view, not a copy, when it is one). */
export function msColumn(ms: ArrayLike<number>, count: number): Float64Array {
  if (ms instanceof Float64Array) return ms.subarray(0, count);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = ms[i]!;
  return out;
}
