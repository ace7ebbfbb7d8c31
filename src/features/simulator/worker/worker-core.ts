// The engine side of the panel, free of the DOM: runs in the Web Worker, or in-process where no
// Worker exists (unit tests). Holds the current base scenario and any bulk traffic, so that a
// re-run after an edit of the draft only sends the bot.
import {
  type Account,
  type Bot,
  parseScenarioText,
  validateScenario,
  type Lead,
  type Scenario,
  type SimEvent,
  type ValidationError,
} from '../../../domain';
import { eventEcho, evaluateConditions, prepareAppended, prepareEvents, resultMoment, simulateLog, type EventEcho, type PreparedEvents, type ResultLog } from '../../../engine';
import { accountBotsFor, behaviourDiffers, scenarioFor, type BaseScenario } from '../model/build-scenario';
import { buildColumns, columnBuffers } from '../model/columns';
import { diffRuns, summarizeDiff } from '../model/diff';
import { scenarioFileText } from '../model/scenario-text';
import { REPORT_ITEMS, capReport, checkExpectations } from '../model/expectations';
import { timelineModel } from '../model/timeline';
import { suspensionsOf } from '../model/suspensions';
import { TRAFFIC_KINDS, generateTraffic, loadDemoBots, type Traffic } from '../model/traffic';
import { INLINE_EVENTS, MAX_IMPORT_BYTES, type ConditionCheck, type Inspection, type RunReply, type WorkerReply, type WorkerRequest } from './protocol';
import { count } from '../../../lib/count';

/** Bulk traffic stays in the worker, with the engine's pre-pass of its events made when it came in. */
type Bulk = { label: string; leads: Lead[]; events: SimEvent[]; prepared: PreparedEvents };

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Warm-up: this many replays of a small generated scenario, one per idle turn of the worker. */
export const WARM_UP_RUNS = 12;
const WARM_UP_EVENTS = 10_000;
/**
 * Warm-up traffic over eight weeks (delays and schedules come due, and the time-zone tables are
 * extended a few times, as they are when a replay reaches dates not seen before) and over an hour
 * (several events in the same second, so that the rarer paths a large replay takes, such as a bot
 * that already ran for another lead at that instant, have run before: a path first taken in a real
 * replay throws away the code optimized without it).
 */
const WARM_UP_SPANS = [
  { from: '2026-01-05T09:00:00Z', to: '2026-03-02T09:00:00Z' },
  { from: '2026-01-05T09:00:00Z', to: '2026-01-05T10:00:00Z' },
];

export type WorkerCoreOptions = {
  /**
   * Replay a small generated scenario a few times while the worker is idle after its first request,
   * so that the engine's code is optimized before the first real replay (measured in Chromium when
   * added: the first 10,000-event run after generating took 37 ms of CPU without it, 21-22 with it;
   * the first 100,000-event run 129-135 instead of 121-124). Each replay is thrown away; a request
   * waits for at most one of them; a real replay at least as large ends the warm-up. Off in-process
   * (tests, jsdom).
   */
  warmUp?: boolean;
};

export function createWorkerCore(post: (reply: WorkerReply, transfer?: ArrayBuffer[]) => void, options: WorkerCoreOptions = {}) {
  let bulk: Bulk | null = null;
  /** The last parsed file's traffic (null for a small file), until the panel takes or drops it. */
  let pendingBulk: { bulk: Bulk | null } | null = null;
  /** errors: undefined until checked (a burst of runs checks the base once, when the latest runs). */
  let base: { id: number; value: BaseScenario; errors?: ValidationError[] | null } | null = null;
  let pendingRun: Extract<WorkerRequest, { kind: 'run' }> | null = null;
  let savedRun: { key: string; result: ResultLog } | null = null;
  /** The last draft run's result, finished with once its reply is posted: the next run writes over its columns. */
  let spare: ResultLog | null = null;
  let scheduled = false;

  /** The last full base: re-runs after an edit reuse it (no copy of the traffic per run). */
  let fullCache: { base: BaseScenario; bulk: Bulk; value: BaseScenario } | null = null;
  /** The engine's pre-pass of the events last replayed (their instants, kinds, leads, order). */
  let prepared: PreparedEvents | null = null;

  /**
   * The pre-pass of a run's events: kept while the events stay the same (edits of the draft); for
   * composer events followed by bulk traffic, only the composer's part is scanned and joined to the
   * bulk's own pre-pass, made when the traffic came in (generated or imported).
   */
  function preparedFor(events: readonly SimEvent[]): PreparedEvents {
    if (prepared?.events !== events || prepared.count !== events.length) {
      prepared = bulk !== null && events.length >= bulk.events.length ? prepareAppended(events, bulk.prepared) : prepareEvents(events);
    }
    return prepared;
  }

  /** The base with the bulk traffic appended (file order: composer events first). */
  function fullBase(b: BaseScenario): BaseScenario {
    if (!bulk || !b.withBulk) {
      fullCache = null;
      return b;
    }
    if (fullCache?.base !== b || fullCache.bulk !== bulk) fullCache = { base: b, bulk, value: withTraffic(b, bulk.leads, bulk.events) };
    return fullCache.value;
  }

  function checkBase(b: { value: BaseScenario; errors?: ValidationError[] | null }): ValidationError[] | null {
    if (b.errors === undefined) b.errors = validateBase(b.value);
    return b.errors;
  }

  function validateBase(value: BaseScenario): ValidationError[] | null {
    // The composer's part is checked once per change of the base; bulk traffic was checked when it came in.
    const checked = validateScenario({
      name: 'Simulation',
      account: value.account,
      leads: [...(value.leads ?? []), ...((value.withBulk && bulk?.leads) || [])],
      bots: value.otherBots,
      events: value.events,
      ...(value.start ? { start: value.start } : {}),
      ...(value.until ? { until: value.until } : {}),
    });
    return checked.ok ? null : checked.errors;
  }

  function run(req: Extract<WorkerRequest, { kind: 'run' }>) {
    if (!base || base.id !== req.baseId) {
      post({ kind: 'failed', reqId: -1, runId: req.runId, message: 'The simulator lost its scenario; run it again.' });
      return;
    }
    const errors = checkBase(base);
    if (errors) {
      post({ kind: 'ran', reply: { ok: false, runId: req.runId, errors } });
      return;
    }
    const whole = fullBase(base.value);
    const scenario = scenarioFor(whole, req.bot);
    // Engine time: the replay with its complete result (in columns), and the events' pre-pass when
    // these events are new; a re-run after an edit reuses the pre-pass (the events are the same).
    const t0 = now();
    const pre = preparedFor(scenario.events);
    const result = simulateLog(scenario, pre, spare);
    spare = null;
    const engineMs = now() - t0;
    if (scenario.events.length >= WARM_UP_EVENTS) warmUpLeft = 0; // warm enough now
    let diff = null;
    if (req.saved && behaviourDiffers(req.bot, req.saved)) {
      // Edits change the draft, not the saved version: its run is kept for the same base.
      const key = `${base.id}\u0000${JSON.stringify(req.saved)}\u0000${req.bot.id}`;
      if (savedRun?.key !== key) savedRun = { key, result: simulateLog(scenarioFor(whole, { ...req.saved, id: req.bot.id }), pre) };
      diff = summarizeDiff(diffRuns(savedRun.result, result, req.bot.id), req.saved, req.bot);
    }
    // Everything the panel shows is prepared here: the main thread gets columns and summaries.
    const columns = buildColumns(result);
    const timeline = timelineModel({
      result,
      bot: req.bot,
      events: whole.events,
      timezone: whole.account.timezone,
      ...(whole.start ? { start: whole.start } : {}),
      ...(whole.until ? { until: whole.until } : {}),
      eventTimes: pre.times,
    });
    post(
      {
        kind: 'ran',
        reply: {
          ok: true,
          runId: req.runId,
          columns,
          counts: { runs: result.runs.count, skips: result.skips.count, warnings: result.warnings.length },
          engineMs,
          eventCount: whole.events.length,
          diff,
          // The account's other bots look on: the scenario's expectations were written without them.
          report: req.expect ? capReport(checkExpectations(req.expect, result, REPORT_ITEMS, new Set(accountBotsFor(whole, req.bot.id).map((b) => b.id)))) : null,
          timeline,
          suspensions: suspensionsOf(result, scenario.bots),
          afterEnd: afterEndOf(result, 0),
        },
      },
      columnBuffers(columns),
    );
    // Everything above copied what it needed from the result (the reply is a copy too).
    spare = result;
  }

  /** Latest run wins: runs queued while one was computing are dropped but the newest. */
  function flushRun() {
    scheduled = false;
    const req = pendingRun;
    pendingRun = null;
    if (!req) return;
    try {
      run(req);
    } catch (e) {
      post({ kind: 'failed', reqId: -1, runId: req.runId, message: `The simulation stopped: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  function inspect(req: Extract<WorkerRequest, { kind: 'inspect' }>): Inspection {
    if (!base || base.id !== req.baseId) return { eventIndex: null, lead: null, conditions: [] };
    const scenario: Scenario = scenarioFor(fullBase(base.value), req.bot);
    // Replayed to that very result: the lead exactly as its conditions were read (after its own
    // event, before later ones at that instant; before the instant's events for timers, R1).
    const moment = resultMoment(scenario, req.row.kind, req.row.source);
    const lead = moment?.lead ?? null;
    const after = moment ? scenario.events[moment.afterEvent] : undefined;
    const eventIndex = after && Date.parse(after.at) === Date.parse(req.row.at) ? moment!.afterEvent : null;
    const conditions: ConditionCheck[] = lead ? evaluateConditions(req.rowBot.conditions, lead, scenario.account) : [];
    return { eventIndex, lead, conditions };
  }

  /** `event`: the event asked about, when the page does not hold it (one of the bulk traffic's). */
  function echo(req: Extract<WorkerRequest, { kind: 'echo' }>): { value: EventEcho | null; event: SimEvent | null } {
    const none = { value: null, event: null };
    // Only a base that runs: the engine takes validated scenarios (the run said what is wrong).
    if (!base || base.id !== req.baseId || checkBase(base) !== null) return none;
    const scenario: Scenario = scenarioFor(fullBase(base.value), req.bot);
    if (req.event < 0 || req.event >= scenario.events.length) return none;
    const event = req.event >= base.value.events.length ? scenario.events[req.event]! : null;
    try {
      return { value: eventEcho(scenario, req.event, preparedFor(scenario.events)), event };
    } catch {
      return { value: null, event }; // the panel says it could not tell; the run itself reports what stopped it
    }
  }

  let warmUpLeft = options.warmUp ? WARM_UP_RUNS : 0;
  let warmUpAccount: Account | null = null;
  /** By WARM_UP_SPANS position, made on first use (null: the account cannot have traffic). */
  const warmUpTraffic: (WarmUpTraffic | null | undefined)[] = [];
  /** The draft bot of the latest run: warm-up replays include it. */
  let lastBot: Bot | null = null;

  /** One warm-up run per turn, only when nothing else waits; requests always come first. */
  function scheduleWarmUp(account: Account | undefined) {
    if (warmUpLeft <= 0 || warmUpAccount || !account) return;
    warmUpAccount = account;
    setTimeout(warmUpStep, 0);
  }

  function warmUpStep() {
    if (warmUpLeft <= 0 || !warmUpAccount) return;
    if (!scheduled) {
      warmUpLeft -= 1;
      try {
        const span = warmUpLeft % WARM_UP_SPANS.length;
        if (warmUpTraffic[span] === undefined) warmUpTraffic[span] = warmUpTrafficFor(warmUpAccount, WARM_UP_SPANS[span]!);
        const traffic = warmUpTraffic[span];
        if (traffic) warmUp(warmUpAccount, traffic, warmUpLeft, base?.value ?? null, lastBot);
        else warmUpLeft = 0;
      } catch {
        warmUpLeft = 0; // a warm-up is only an optimization
      }
    }
    if (warmUpLeft > 0) setTimeout(warmUpStep, 0);
  }

  function handle(req: WorkerRequest) {
    switch (req.kind) {
      case 'run':
        if (req.base) base = { id: req.baseId, value: req.base };
        lastBot = req.bot;
        pendingRun = req;
        if (!scheduled) {
          scheduled = true;
          setTimeout(flushRun, 0);
        }
        return;
      case 'generate': {
        const made = generateTraffic(req.options, req.account);
        if (!made.ok) {
          post({ kind: 'generated', reqId: req.reqId, result: { ok: false, message: made.message } });
          return;
        }
        const companions = loadDemoBots(req.companions, req.account, req.options.seed);
        const { leads, events } = made.traffic;
        // Inline only when both are small: the composer shows every lead it holds, and 300 events over
        // 10,000 leads put 10,000 lead editors in the page (it stopped answering), as a file's do.
        if (events.length <= INLINE_EVENTS && leads.length <= INLINE_EVENTS) {
          post({ kind: 'generated', reqId: req.reqId, result: { ok: true, value: { inline: made.traffic, bulk: null, companions } } });
          return;
        }
        const label = `${count(events.length, 'generated event')} over ${count(leads.length, 'lead')} (seed ${req.options.seed})`;
        bulk = { label, leads, events, prepared: prepareEvents(events) };
        savedRun = null;
        fullCache = null;
        if (base) base.errors = undefined; // the next run re-checks the composer's part against the new leads
        post({
          kind: 'generated',
          reqId: req.reqId,
          result: { ok: true, value: { inline: null, bulk: { label, events: events.length, leads: leads.length, from: 'generated' }, companions } },
        });
        return;
      }
      case 'clear-bulk':
        bulk = null;
        savedRun = null;
        fullCache = null;
        if (base) base.errors = undefined;
        post({ kind: 'bulk-cleared', reqId: req.reqId });
        return;
      case 'parse': {
        // The file waits here until the admin answers whether it replaces their scenario
        // ('take-parsed'): the traffic held now (generated, or an earlier file) stays theirs till then.
        const parsed = parseScenarioText(req.text, MAX_IMPORT_BYTES);
        if (!parsed.ok) {
          post({ kind: 'parsed', reqId: req.reqId, result: parsed });
          return;
        }
        const s = parsed.value;
        if (s.events.length <= INLINE_EVENTS && (s.leads?.length ?? 0) <= INLINE_EVENTS) {
          pendingBulk = { bulk: null };
          post({ kind: 'parsed', reqId: req.reqId, result: { ok: true, value: { scenario: s, bulk: null } } });
          return;
        }
        const label = `${count(s.events.length, 'event')} and ${count(s.leads?.length ?? 0, 'lead')} from the file`;
        pendingBulk = { bulk: { label, leads: s.leads ?? [], events: s.events, prepared: prepareEvents(s.events) } };
        post({
          kind: 'parsed',
          reqId: req.reqId,
          result: { ok: true, value: { scenario: { ...s, leads: [], events: [] }, bulk: { label, events: s.events.length, leads: s.leads?.length ?? 0, from: 'file' } } },
        });
        return;
      }
      case 'take-parsed':
        // Taken: the last parsed file's traffic (or none, for a small file) replaces the held one.
        // Declined: it is dropped, and what was held stays.
        if (req.take && pendingBulk) {
          bulk = pendingBulk.bulk;
          savedRun = null;
          fullCache = null;
          if (base) base.errors = undefined; // the next run re-checks the composer's part against the new leads
        }
        pendingBulk = null;
        post({ kind: 'parsed-taken', reqId: req.reqId });
        return;
      case 'export': {
        const s = req.scenario;
        const full: Scenario = bulk && req.withBulk ? { ...s, leads: [...(s.leads ?? []), ...bulk.leads], events: [...s.events, ...bulk.events] } : s;
        post({ kind: 'exported', reqId: req.reqId, text: scenarioFileText(full) });
        return;
      }
      case 'inspect':
        post({ kind: 'inspected', reqId: req.reqId, value: inspect(req) });
        return;
      case 'echo':
        post({ kind: 'echoed', reqId: req.reqId, ...echo(req) });
        return;
      default: {
        const never: never = req;
        throw new Error(`Unknown request ${JSON.stringify(never)}`);
      }
    }
  }

  return (req: WorkerRequest) => {
    try {
      handle(req);
      if (req.kind === 'run') scheduleWarmUp(req.base?.account);
      else if (req.kind === 'generate') scheduleWarmUp(req.account);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      post({ kind: 'failed', reqId: 'reqId' in req ? req.reqId : -1, message: `The simulator could not do that: ${message}` });
    }
  };
}

type WarmUpTraffic = Traffic & { prepared: PreparedEvents };

/**
 * Warm-up traffic: generated events of every kind this account can have over `span`, with their
 * pre-pass (joined to the composer's events in each warm-up replay, as bulk traffic is in a run).
 */
function warmUpTrafficFor(account: Account, span: { from: string; to: string }): WarmUpTraffic | null {
  const made = generateTraffic({ count: WARM_UP_EVENTS, kinds: TRAFFIC_KINDS, ...span, seed: 7, leads: 300 }, account);
  return made.ok ? { ...made.traffic, prepared: prepareEvents(made.traffic.events) } : null;
}

/** The base with these leads and events after its own (file order: composer first). */
function withTraffic(b: BaseScenario, leads: readonly Lead[], events: readonly SimEvent[]): BaseScenario {
  return { ...b, leads: [...(b.leads ?? []), ...leads], events: [...b.events, ...events] };
}

/**
 * One warm-up replay against load demo bots, then the same post-processing as a real run, so that
 * the engine and the columns are compiled. It is built the way a real one is, from objects of the
 * same kinds: the panel's base, draft and companion bots arrive through postMessage as structured
 * clones (their hidden classes differ from the worker's own object literals), the traffic is the
 * worker's own, and the scenario is put together by withTraffic and scenarioFor. Code optimized
 * for other objects was thrown away during the first real replay and made again (measured in Node:
 * deoptimizations in replay, finish and matchesEvent during the first 100,000-event replay, which
 * took 96 ms against 55 for the next ones).
 */
function warmUp(account: Account, traffic: WarmUpTraffic, round: number, base: BaseScenario | null, bot: Bot | null): void {
  const own = base && base.account === account ? base : null;
  const companions = structuredClone(loadDemoBots(19, account, round));
  const draft = bot ?? companions[0]!;
  const b: BaseScenario = own
    ? { ...own, otherBots: [...own.otherBots, ...companions] }
    : { account, leads: [], events: [], otherBots: companions, withBulk: true };
  const scenario = scenarioFor(withTraffic(b, traffic.leads, traffic.events), draft);
  const result = simulateLog(scenario, prepareAppended(scenario.events, traffic.prepared));
  buildColumns(result);
  timelineModel({ result, bot: draft, events: scenario.events, timezone: account.timezone });
}

/** Runs of bot `bot` (the simulated one is 0: scenarioFor puts it first) planned past the end of the simulation. */
function afterEndOf(result: ResultLog, bot: number): Extract<RunReply, { ok: true }>['afterEnd'] {
  const a = result.afterEnd.find((x) => x.bot === bot);
  return a ? { count: a.count, firstMs: a.firstMs, lastMs: a.lastMs } : null;
}
