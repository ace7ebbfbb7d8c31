// Geometry of the results timeline on the simulated clock: marks, spans and bands in [0, 1].
import type { Bot, SimEvent } from '../../../domain';
import { compileActiveHours } from '../../../engine/time';
import { instantsOf } from './instants';
import { msColumn, type ResultTable } from './result-table';

export type Span = { from: number; to: number };
export type TimelineModel = {
  start: number;
  end: number;
  events: number[];
  runs: number[];
  skips: number[];
  /** Delayed runs: from the causing event to the run. */
  delays: Span[];
  cooldowns: Span[];
  activeBands: Span[] | null;
  suspensions: Span[];
  /** When there are too many marks, densities per bucket instead. */
  density: { events: number[]; runs: number[]; skips: number[] } | null;
};

export const MAX_MARKS = 1500;
const BUCKETS = 200;
const MINUTE = 60_000;

function bucket(times: ArrayLike<number>, start: number, end: number): number[] {
  const out = new Array<number>(BUCKETS).fill(0);
  const w = end - start || 1;
  for (let i = 0; i < times.length; i++) out[Math.min(BUCKETS - 1, Math.max(0, Math.floor(((times[i]! - start) / w) * BUCKETS)))]! += 1;
  return out;
}

export function timelineModel(args: {
  result: ResultTable;
  bot: Bot;
  events: readonly SimEvent[];
  start?: string;
  until?: string;
  timezone: string;
  /** The events' instants when known already (the worker keeps them per scenario). */
  eventTimes?: Float64Array;
}): TimelineModel | null {
  const { result, bot, events, timezone } = args;
  const eventTimes = args.eventTimes ?? instantsOf(events);
  const table = result.runs;
  const runs = msColumn(table.ms, table.count);
  const skips = msColumn(result.skips.ms, result.skips.count);
  let lo = Infinity;
  let hi = -Infinity;
  const see = (t: number) => {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  };
  for (const list of [eventTimes, runs, skips]) for (let i = 0; i < list.length; i++) see(list[i]!);
  if (args.start) see(Date.parse(args.start));
  if (args.until) see(Date.parse(args.until));
  const all = Number.isFinite(lo) ? [lo, hi] : [];
  if (all.length === 0) return null;
  let start = all[0]!;
  let end = all[1]!;
  if (end - start < 10 * MINUTE) {
    start -= 5 * MINUTE;
    end += 5 * MINUTE;
  }

  const delays: Span[] = [];
  const cooldowns: Span[] = [];
  const botIndex = result.botIds.indexOf(bot.id);
  for (let i = 0; i < table.count; i++) {
    if (table.bot[i] !== botIndex) continue;
    const t = runs[i]!;
    const cause = table.cause[i]!;
    if (cause >= 0) {
      const from = cause < eventTimes.length ? eventTimes[cause]! : NaN;
      if (Number.isFinite(from) && from < t) delays.push({ from, to: t });
    }
    const trigger = bot.triggers[table.trigger[i]!];
    if (trigger?.type === 'message') cooldowns.push({ from: t, to: Math.min(end, t + trigger.cooldownMinutes * MINUTE) });
  }

  let activeBands: Span[] | null = null;
  if (bot.activeHours) {
    const hours = compileActiveHours(bot.activeHours, timezone);
    const step = Math.max(15 * MINUTE, Math.ceil((end - start) / 4000 / MINUTE) * MINUTE);
    activeBands = [];
    let open: number | null = null;
    for (let t = start; t <= end; t += step) {
      const on = hours.contains(t);
      if (on && open === null) open = t;
      if (!on && open !== null) {
        activeBands.push({ from: open, to: t });
        open = null;
      }
    }
    if (open !== null) activeBands.push({ from: open, to: end });
  }

  const suspensions = result.warnings.map((w) => ({ from: Date.parse(w.at), to: Math.min(end, Date.parse(w.until)) }));
  const tooMany = eventTimes.length + runs.length + skips.length > MAX_MARKS;
  return {
    start,
    end,
    events: tooMany ? [] : Array.from(eventTimes),
    runs: tooMany ? [] : Array.from(runs),
    skips: tooMany ? [] : Array.from(skips),
    delays: tooMany ? [] : delays,
    cooldowns: tooMany ? [] : cooldowns,
    activeBands,
    suspensions,
    density: tooMany ? { events: bucket(eventTimes, start, end), runs: bucket(runs, start, end), skips: bucket(skips, start, end) } : null,
  };
}
