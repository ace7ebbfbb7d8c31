// What one event started, bot by bot, and why a bot it did not start stayed silent (eventEcho()).
// SimResult lists only bots whose trigger matched (SPEC §7); an admin asking "why did nothing
// happen?" needs the others too. This is the engine's answer, for the simulator: decisions only,
// the words are the panel's.
import type { Reason } from '../domain';

/** Which part of a trigger an event did not meet (the first one, in the order below). */
export type MissPart =
  /** Stage triggers: the lead's stage (after the event) is not among the trigger's stages. */
  | 'stage'
  /** Tag and field triggers: another kind of entity (a contact's tag for a lead trigger). */
  | 'entity'
  | 'tag'
  | 'field'
  | 'form'
  /** Emails: to an inbox not listed; `inbox_unconnected`: "any inbox" and this one is not connected. */
  | 'inbox'
  | 'inbox_unconnected'
  | 'url'
  /** Message triggers: incoming versus outgoing. */
  | 'direction'
  | 'channel'
  /** "Conversation started": the lead's conversation on that channel was already open (R13). */
  | 'not_opening'
  /** "First message of the day": the lead already wrote that day on the listed channels (R15). */
  | 'not_first_today';

export type EchoOutcome =
  /** The bot ran, at `ms` (later than the event after a delay). */
  | { kind: 'ran'; trigger: number; ms: number }
  | { kind: 'skipped'; trigger: number; ms: number; reason: Reason; condition?: number; detail: string }
  /**
   * Planned, and not decided when the simulation ended: due after the end. `leftStage`: a stage
   * trigger's lead has left that stage since (id), so R4 would skip the run when it comes due.
   */
  | { kind: 'after_end'; trigger: number; ms: number; leftStage?: string; /** Back in `leftStage` since (left and came back, or created again). */ backInStage?: boolean }
  /** A date-field trigger (R10) whose plan the event dropped: it cleared the field, or set a value that is no date. */
  | { kind: 'unplanned'; trigger: number; ms: number }
  /** A date-field plan (R10) that a later change of the field replaced or cleared before `ms`. */
  | { kind: 'replanned'; trigger: number; ms: number }
  /** Matched, but the bot had already run for this lead (or entity) at `ms` (R18: once per instant). */
  | { kind: 'once'; trigger: number; ms: number };

/** Why a bot the event started nothing for stayed silent; null when it has outcomes or the event changed nothing. */
export type EchoSilence =
  /** "Bot enabled" is off (R18). */
  | { kind: 'off' }
  /** None of its triggers starts on this kind of event. */
  | { kind: 'deaf' }
  /** Triggers of this kind, none of which matched: each with the first part it missed. */
  | { kind: 'missed'; misses: { trigger: number; part: MissPart }[] };

export type BotEcho = {
  /** Index in scenario.bots. */
  bot: number;
  outcomes: EchoOutcome[];
  silence: EchoSilence | null;
};

export type EventEcho = {
  /** Index in scenario.events. */
  event: number;
  /**
   * `before_start`: it changed the world but fires nothing; `after_until`: ignored; `unchanged`: it
   * changed nothing (a move to the lead's own stage, a tag it already has, the same value, the same
   * user), or it is a change no trigger listens to (lead details), so it fired nothing (R3, R5–R7);
   * `applied`: bots were asked.
   */
  phase: 'before_start' | 'after_until' | 'unchanged' | 'applied';
  /** By bot, in scenario order; empty unless `applied`. */
  bots: BotEcho[];
};

/** Collects the outcomes of the watched event while the engine replays (see Simulation.watchEvent). */
export class EchoRecorder {
  phase: EventEcho['phase'] | null = null;
  readonly outcomes: EchoOutcome[][];
  readonly silences: (EchoSilence | null)[];
  /** Date-field plans the event made (R10), by plan slot: their version. */
  readonly plans = new Map<number, number>();
  /** Plans not yet decided: bot, trigger, due instant, and what became of them if never decided (see plan()). */
  private readonly pending: { bot: number; trigger: number; ms: number; settled: boolean; fate: () => EchoOutcome }[] = [];

  constructor(
    readonly event: number,
    bots: number,
  ) {
    this.outcomes = Array.from({ length: bots }, () => []);
    this.silences = Array.from({ length: bots }, () => null);
  }

  add(bot: number, outcome: EchoOutcome): void {
    this.outcomes[bot]!.push(outcome);
    // A decided plan of this bot and trigger, due then, is no longer pending.
    const p = this.pending.find((x) => !x.settled && x.bot === bot && x.trigger === outcome.trigger && x.ms === outcome.ms);
    if (p) p.settled = true;
  }

  /**
   * A run planned by the event, due at `ms`. `fate`: asked at the end of the replay if the plan was
   * never decided (due after the end): whether it still stands, was replaced, or would be skipped.
   */
  plan(bot: number, trigger: number, ms: number, fate: () => EchoOutcome): void {
    this.pending.push({ bot, trigger, ms, settled: false, fate });
  }

  /** At the end of the replay, with the plans never decided (see plan()). */
  finish(): EventEcho {
    for (const p of this.pending) if (!p.settled) this.outcomes[p.bot]!.push(p.fate());
    const phase = this.phase ?? 'after_until';
    return {
      event: this.event,
      phase,
      bots: phase === 'applied' ? this.outcomes.map((outcomes, bot) => ({ bot, outcomes, silence: outcomes.length > 0 ? null : this.silences[bot]! })) : [],
    };
  }
}
