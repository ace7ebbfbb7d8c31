// The engine's results as columns: one typed-array slot per field while the replay runs, and
// objects only when someone asks for them (`toSimResult`). A result entry kept as an object costs an
// allocation and, because every entry lives to the end of the run, two copies by the young-generation
// garbage collector; the standard workload keeps 138,000 of them. The simulator's worker reads these
// columns directly and never makes the objects.
import { REASONS } from '../domain';
import type { Activation, Scenario, SimResult, Skip, Warning } from '../domain';
import { instantText } from './fast-instant';

/** A growable column of numbers. */
function grow<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(a: T, make: (n: number) => T): T {
  const next = make(Math.max(16, a.length * 2));
  next.set(a);
  return next;
}

/** Runs in order of work: lead and entity are -1 when absent; unanswered -1 absent, else 0 or 1. */
export class RunColumns {
  count = 0;
  bot: Int32Array;
  lead: Int32Array;
  /** Index into ResultLog.entities; -1: none. */
  entity: Int32Array;
  ms: Float64Array;
  /** Index of the event whose own `at` text is this instant (reused as is); -1: format it. */
  atEvent: Int32Array;
  trigger: Int32Array;
  /** Causing event; -1: null. */
  cause: Int32Array;
  unanswered: Int8Array;

  constructor(capacity: number) {
    this.bot = new Int32Array(capacity);
    this.lead = new Int32Array(capacity);
    this.entity = new Int32Array(capacity);
    this.ms = new Float64Array(capacity);
    this.atEvent = new Int32Array(capacity);
    this.trigger = new Int32Array(capacity);
    this.cause = new Int32Array(capacity);
    this.unanswered = new Int8Array(capacity);
  }

  get capacity(): number {
    return this.bot.length;
  }

  /** Empties the columns for another run (the buffers are kept). */
  reset(): this {
    this.count = 0;
    return this;
  }

  add(bot: number, lead: number, entity: number, ms: number, atEvent: number, trigger: number, cause: number, unanswered: number): void {
    const i = this.count;
    if (i === this.bot.length) this.widen();
    this.bot[i] = bot;
    this.lead[i] = lead;
    this.entity[i] = entity;
    this.ms[i] = ms;
    this.atEvent[i] = atEvent;
    this.trigger[i] = trigger;
    this.cause[i] = cause;
    this.unanswered[i] = unanswered;
    this.count = i + 1;
  }

  private widen(): void {
    this.bot = grow(this.bot, (n) => new Int32Array(n));
    this.lead = grow(this.lead, (n) => new Int32Array(n));
    this.entity = grow(this.entity, (n) => new Int32Array(n));
    this.ms = grow(this.ms, (n) => new Float64Array(n));
    this.atEvent = grow(this.atEvent, (n) => new Int32Array(n));
    this.trigger = grow(this.trigger, (n) => new Int32Array(n));
    this.cause = grow(this.cause, (n) => new Int32Array(n));
    this.unanswered = grow(this.unanswered, (n) => new Int8Array(n));
  }
}

/** Skips in order of work: reason is the index in REASONS, condition -1 when absent, detail an index into ResultLog.details. */
export class SkipColumns {
  count = 0;
  bot: Int32Array;
  lead: Int32Array;
  ms: Float64Array;
  atEvent: Int32Array;
  trigger: Int32Array;
  reason: Uint8Array;
  condition: Int32Array;
  detail: Int32Array;

  constructor(capacity: number) {
    this.bot = new Int32Array(capacity);
    this.lead = new Int32Array(capacity);
    this.ms = new Float64Array(capacity);
    this.atEvent = new Int32Array(capacity);
    this.trigger = new Int32Array(capacity);
    this.reason = new Uint8Array(capacity);
    this.condition = new Int32Array(capacity);
    this.detail = new Int32Array(capacity);
  }

  get capacity(): number {
    return this.bot.length;
  }

  /** Empties the columns for another run (the buffers are kept). */
  reset(): this {
    this.count = 0;
    return this;
  }

  add(bot: number, lead: number, ms: number, atEvent: number, trigger: number, reason: number, condition: number, detail: number): void {
    const i = this.count;
    if (i === this.bot.length) this.widen();
    this.bot[i] = bot;
    this.lead[i] = lead;
    this.ms[i] = ms;
    this.atEvent[i] = atEvent;
    this.trigger[i] = trigger;
    this.reason[i] = reason;
    this.condition[i] = condition;
    this.detail[i] = detail;
    this.count = i + 1;
  }

  private widen(): void {
    this.bot = grow(this.bot, (n) => new Int32Array(n));
    this.lead = grow(this.lead, (n) => new Int32Array(n));
    this.ms = grow(this.ms, (n) => new Float64Array(n));
    this.atEvent = grow(this.atEvent, (n) => new Int32Array(n));
    this.trigger = grow(this.trigger, (n) => new Int32Array(n));
    this.reason = grow(this.reason, (n) => new Uint8Array(n));
    this.condition = grow(this.condition, (n) => new Int32Array(n));
    this.detail = grow(this.detail, (n) => new Int32Array(n));
  }
}

/** Runs as readers see them (RunColumns, or any arrays of the same meaning). */
export interface RunView {
  readonly count: number;
  readonly bot: ArrayLike<number>;
  readonly lead: ArrayLike<number>;
  readonly entity: ArrayLike<number>;
  readonly ms: ArrayLike<number>;
  readonly atEvent: ArrayLike<number>;
  readonly trigger: ArrayLike<number>;
  readonly cause: ArrayLike<number>;
  readonly unanswered: ArrayLike<number>;
}

/** Skips as readers see them (SkipColumns, or any arrays of the same meaning). */
export interface SkipView {
  readonly count: number;
  readonly bot: ArrayLike<number>;
  readonly lead: ArrayLike<number>;
  readonly ms: ArrayLike<number>;
  readonly atEvent: ArrayLike<number>;
  readonly trigger: ArrayLike<number>;
  readonly reason: ArrayLike<number>;
  readonly condition: ArrayLike<number>;
  readonly detail: ArrayLike<number>;
}

/**
 * A simulation's complete result in columns (SPEC §7 in another layout): the same entries in the
 * same order as SimResult, with ids and sentences as indices into the name tables.
 */
export interface ResultView {
  /** By bot index: the scenario's bots in file order. */
  readonly botIds: readonly string[];
  /** By lead index: initial leads first, then leads as lead_created events made them. */
  readonly leadIds: readonly string[];
  /** Ids of entities other than leads that ran a bot. */
  readonly entities: readonly string[];
  /** Distinct skip sentences. */
  readonly details: readonly string[];
  readonly runs: RunView;
  readonly skips: SkipView;
  readonly warnings: readonly Warning[];
  /** The events of the scenario (result instants reuse their `at` texts). */
  readonly events: readonly { readonly at: string }[];
}

/**
 * Runs a bot had planned for after the end of the simulation (`until`), which therefore do not
 * happen (SPEC §6): delayed runs still waiting and date-field plans (R10) still current. Not part of
 * SimResult; the simulator says it, so that a delay that ends after the last event is not a mystery.
 */
export type AfterEnd = { bot: number; count: number; firstMs: number; lastMs: number };

/** What simulateLog() returns: a ResultView over the engine's own growable columns. */
export interface ResultLog extends ResultView {
  readonly runs: RunColumns;
  readonly skips: SkipColumns;
  readonly warnings: Warning[];
  readonly events: Scenario['events'];
  /** By bot index, bots with none left out. */
  readonly afterEnd: readonly AfterEnd[];
}

/**
 * Room for a replay's result columns. A caller with a pre-pass (`sizes`, its hint) re-runs the same
 * events and recycles the buffers, so they are made once and generously (a buffer only takes memory
 * where it is written): 0.5 runs and 2 skips per event (the standard workload has 0.1 and 0.6, the
 * simulator's generated load 0.4 and 1.8), or a quarter more than the largest result so far, since
 * joined pre-passes share their hint (see prepareAppended) and the next run may be a little larger.
 * A one-shot run (no hint) sizes them closer: Node zeroes every fresh buffer, and generous ones cost
 * it 5-20 ms a run. Growing copies every column.
 */
export function resultRoom(events: number, sizes: { runs: number; skips: number } | null): { runs: number; skips: number } {
  // Skips at 5/8 rather than 1/2: at 0.6 per event the columns always grew once, a copy into buffers
  // twice the size (6.6 MB of zeroed memory per run on the standard workload, on top of the first 3.3 MB).
  if (sizes === null) return { runs: Math.max(64, events >> 3), skips: Math.max(64, Math.ceil((events * 5) / 8)) };
  return { runs: Math.max(64, events >> 1, sizes.runs + (sizes.runs >> 2)), skips: Math.max(64, events * 2, sizes.skips + (sizes.skips >> 2)) };
}

/** The text of a result instant, as SimResult writes it: the event's own `at` when the entry reuses it (atEvent >= 0), else the canonical text of `ms`. */
export function instantOf(events: ResultView['events'], ms: number, atEvent: number): string {
  return atEvent >= 0 ? events[atEvent]!.at : instantText(ms);
}

/** instantOf() for entries read in order: the last text made from a number is kept (entries come in time order, many at one instant). */
export class ResultInstants {
  private lastMs = Number.NaN;
  private lastText = '';
  constructor(private readonly events: ResultView['events']) {}

  text(ms: number, atEvent: number): string {
    if (atEvent >= 0) return instantOf(this.events, ms, atEvent);
    if (ms !== this.lastMs) {
      this.lastMs = ms;
      this.lastText = instantOf(this.events, ms, atEvent);
    }
    return this.lastText;
  }
}

/** Run `i` of a view as SPEC §7's object, with its instant's text `at`. */
export function activationOf(view: ResultView, i: number, at: string): Activation {
  const runs = view.runs;
  const botId = view.botIds[runs.bot[i]!]!;
  const trigger = runs.trigger[i]!;
  const c = runs.cause[i]!;
  const cause = c < 0 ? null : c;
  const l = runs.lead[i]!;
  const e = runs.entity[i]!;
  const u = runs.unanswered[i]!;
  // One object shape per combination, properties in the order results have always had.
  if (l >= 0 && e < 0) {
    const leadId = view.leadIds[l]!;
    return u >= 0 ? { botId, leadId, at, trigger, cause, unanswered: u === 1 } : { botId, leadId, at, trigger, cause };
  }
  let a: Activation;
  if (l >= 0) a = { botId, leadId: view.leadIds[l]!, entityId: view.entities[e]!, at, trigger, cause };
  else if (e >= 0) a = { botId, entityId: view.entities[e]!, at, trigger, cause };
  else a = { botId, at, trigger, cause };
  if (u >= 0) a.unanswered = u === 1;
  return a;
}

/** The log as SPEC §7's objects, byte for byte what JSON.stringify of the engine's result has always been. */
export function toSimResult(log: ResultLog): SimResult {
  const { botIds, leadIds, details, runs, skips } = log;
  const instants = new ResultInstants(log.events);
  const activations: Activation[] = new Array<Activation>(runs.count);
  for (let i = 0; i < runs.count; i++) activations[i] = activationOf(log, i, instants.text(runs.ms[i]!, runs.atEvent[i]!));
  const skipped: Skip[] = new Array<Skip>(skips.count);
  for (let i = 0; i < skips.count; i++) {
    const botId = botIds[skips.bot[i]!]!;
    const at = instants.text(skips.ms[i]!, skips.atEvent[i]!);
    const trigger = skips.trigger[i]!;
    const reason = REASONS[skips.reason[i]!]!;
    const condition = skips.condition[i]!;
    const detail = details[skips.detail[i]!]!;
    const l = skips.lead[i]!;
    if (l >= 0) {
      const leadId = leadIds[l]!;
      skipped[i] = condition >= 0 ? { botId, leadId, at, trigger, reason, condition, detail } : { botId, leadId, at, trigger, reason, detail };
    } else {
      skipped[i] = condition >= 0 ? { botId, at, trigger, reason, condition, detail } : { botId, at, trigger, reason, detail };
    }
  }
  return { activations, skipped, warnings: log.warnings };
}
