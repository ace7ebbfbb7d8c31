// Messages between the panel and its engine worker.
import type { Account, Bot, Expectations, Lead, Scenario, SimEvent, ValidationError } from '../../../domain';
import type { BaseScenario } from '../model/build-scenario';
import type { RowColumns } from '../model/columns';
import type { DiffSummary } from '../model/diff';
import type { CheckReport } from '../model/expectations';
import type { TimelineModel } from '../model/timeline';
import type { Suspension } from '../model/suspensions';
import type { Traffic, TrafficOptions } from '../model/traffic';
import type { BulkInfo } from '../model/types';

/** Events and leads beyond this count stay in the worker (composer lists stay small). */
export const INLINE_EVENTS = 500;
/**
 * Largest scenario file the browser accepts: whatever the simulator exports can be opened again (the
 * largest generated traffic, 200,000 field changes over 100,000 leads, exports as about 42 MB).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

import type { ConditionCheck, EventEcho } from '../../../engine';
export type { ConditionCheck };

export type WorkerRequest =
  | { kind: 'run'; runId: number; baseId: number; base: BaseScenario | null; bot: Bot; saved: Bot | null; expect?: Expectations }
  | { kind: 'generate'; reqId: number; options: TrafficOptions; account: Account; companions: number }
  | { kind: 'clear-bulk'; reqId: number }
  /** Reads a file; its traffic waits in the worker until 'take-parsed'. */
  | { kind: 'parse'; reqId: number; text: string }
  /** `take`: the last parsed file's traffic replaces the held traffic; else it is dropped. */
  | { kind: 'take-parsed'; reqId: number; take: boolean }
  | { kind: 'export'; reqId: number; scenario: Scenario; withBulk: boolean }
  /**
   * The lead of a result row as the engine decided that row: `bot` is the run's draft (the scenario
   * is rebuilt exactly as it ran), `rowBot` the bot of the row (its conditions are explained).
   */
  | { kind: 'inspect'; reqId: number; baseId: number; bot: Bot; rowBot: Bot; row: { kind: 'run' | 'skip'; source: number; at: string } }
  /** What the event at `event` (the composer's numbering, from 0) started, with `bot` as the draft. */
  | { kind: 'echo'; reqId: number; baseId: number; bot: Bot; event: number };

export type ParsedScenario = { scenario: Scenario; bulk: BulkInfo | null };
export type Generated = { inline: Traffic | null; bulk: BulkInfo | null; companions: Bot[] };
export type Inspection = { eventIndex: number | null; lead: Lead | null; conditions: ConditionCheck[] };

export type RunReply =
  | {
      ok: true;
      runId: number;
      columns: RowColumns;
      counts: { runs: number; skips: number; warnings: number };
      engineMs: number;
      eventCount: number;
      /** Against the saved version, when it exists and behaves differently. */
      diff: DiffSummary | null;
      report: CheckReport | null;
      timeline: TimelineModel | null;
      /** Rate-limit suspensions (R9), with the starts each stopped. */
      suspensions: Suspension[];
      /** Runs of the simulated bot planned for after the end of the simulation (they do not happen). */
      afterEnd: { count: number; firstMs: number; lastMs: number } | null;
    }
  | { ok: false; runId: number; errors: ValidationError[] };

export type WorkerReply =
  | { kind: 'ran'; reply: RunReply }
  | { kind: 'generated'; reqId: number; result: { ok: true; value: Generated } | { ok: false; message: string } }
  | { kind: 'bulk-cleared'; reqId: number }
  | { kind: 'parsed-taken'; reqId: number }
  | { kind: 'parsed'; reqId: number; result: { ok: true; value: ParsedScenario } | { ok: false; errors: ValidationError[] } }
  | { kind: 'exported'; reqId: number; text: string }
  | { kind: 'inspected'; reqId: number; value: Inspection }
  /** null: the base is not the one the worker holds, or it cannot run. */
  | { kind: 'echoed'; reqId: number; value: EventEcho | null; /** The event itself, for one held in the worker (the page has not got it). */ event: SimEvent | null }
  /** `fatal`: from the client, when the worker failed before it answered (EngineClient.onStop). */
  | { kind: 'failed'; reqId: number; runId?: number; message: string; fatal?: true };
