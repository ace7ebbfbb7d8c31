// The panel's handle on its engine: a Web Worker in the browser, the same core in-process elsewhere.
import type { Account, Bot, Expectations, Scenario, SimEvent } from '../../../domain';
import type { BaseScenario } from '../model/build-scenario';
import type { TrafficOptions } from '../model/traffic';
import type { Generated, Inspection, ParsedScenario, RunReply, WorkerReply, WorkerRequest } from './protocol';
import type { ValidationError } from '../../../domain';
import type { EventEcho } from '../../../engine';

/**
 * A run's answer: the worker's reply, or `fatal` (from the client) when the engine stopped (its
 * worker failed) before it answered. Nothing in the scenario is at fault then.
 */
export type RunAnswer = RunReply | { ok: false; runId: number; fatal: string };

export type EngineClient = {
  /** Resolves with the reply, or null when a newer run superseded this one (latest wins). */
  run(base: BaseScenario, bot: Bot, saved: Bot | null, expect?: Expectations): Promise<RunAnswer | null>;
  /** `fatal`: the engine stopped (see onStop), not a refusal of these options. */
  generate(options: TrafficOptions, account: Account, companions: number): Promise<{ ok: true; value: Generated } | { ok: false; message: string; fatal?: true }>;
  clearBulk(): Promise<void>;
  /** Reads a file; its traffic replaces the held traffic only when taken (`takeParsed`). `fatal`: the engine stopped, the file is not at fault. */
  parse(text: string): Promise<{ ok: true; value: ParsedScenario } | { ok: false; errors: ValidationError[]; fatal?: true }>;
  /** Uses (`take`) or drops the last parsed file's traffic; false when the engine stopped first (nothing was taken). */
  takeParsed(take: boolean): Promise<boolean>;
  /** Throws EngineStopped when the engine stopped before it answered. */
  exportText(scenario: Scenario, withBulk: boolean): Promise<string>;
  /** The lead of a result row as that row was decided (`bot`: the run's draft; `rowBot`: the row's bot). */
  inspect(base: BaseScenario, bot: Bot, rowBot: Bot, row: { kind: 'run' | 'skip'; source: number; at: string }): Promise<Inspection>;
  /**
   * What the composer's event `event` started with `bot` as the draft: null when the engine cannot
   * tell (the scenario cannot run); undefined when `base` is not the one last sent (a run is due).
   */
  echo(base: BaseScenario, bot: Bot, event: number): Promise<EventEcho | null | undefined>;
  /**
   * The same for an event held in the worker (bulk traffic, after the composer's events), with the
   * event itself, which the page does not hold: null when the engine cannot tell or there is no such
   * event; undefined when `base` is not the one last sent.
   */
  echoHeld(base: BaseScenario, bot: Bot, event: number): Promise<{ value: EventEcho | null; event: SimEvent } | null | undefined>;
  /**
   * Calls `listener` each time the engine stops on its own (its worker failed), with the words of
   * why ("The simulator's engine stopped (…)."): whatever it held (generated or imported traffic)
   * is gone, and the next request starts a new one. Every request waiting then gets a fatal answer.
   * Returns the way to stop listening.
   */
  onStop(listener: (message: string) => void): () => void;
  dispose(): void;
};

/** What exportText throws when the engine stopped before it answered. */
export class EngineStopped extends Error {}

type Port = { post(req: WorkerRequest): void; dispose(): void };

function workerPort(onReply: (r: WorkerReply) => void, onFatal: (message: string) => void): Port | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  let dead = false;
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    if (!dead) onReply(e.data);
  };
  // A script that could not load, or an error nothing in the worker caught. The worker is ended
  // (an uncaught error leaves it running, holding its traffic, with requests it may never answer):
  // the next request starts a new one.
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    if (dead) return;
    dead = true;
    worker.terminate();
    onFatal(`The simulator's engine stopped (${e.message || 'it could not start'}).`);
  };
  return { post: (req) => worker.postMessage(req), dispose: () => worker.terminate() };
}

async function inProcessPort(onReply: (r: WorkerReply) => void): Promise<Port> {
  const { createWorkerCore } = await import('./worker-core');
  let live = true;
  const handle = createWorkerCore((r) => {
    if (live) setTimeout(() => onReply(r), 0);
  });
  return { post: (req) => handle(req), dispose: () => void (live = false) };
}

export function createEngineClient(options: { inProcess?: boolean } = {}): EngineClient {
  let nextId = 1;
  let latestRun = 0;
  let baseSent: BaseScenario | null = null;
  let baseId = 0;
  const pending = new Map<number, (r: WorkerReply) => void>();
  const runs = new Map<number, (r: RunAnswer | null) => void>();
  const stopListeners = new Set<(message: string) => void>();

  const onReply = (r: WorkerReply) => {
    if (r.kind === 'ran') {
      const resolve = runs.get(r.reply.runId);
      runs.delete(r.reply.runId);
      resolve?.(r.reply.runId === latestRun ? r.reply : null);
      return;
    }
    if (r.kind === 'failed' && r.runId !== undefined) {
      const resolve = runs.get(r.runId);
      runs.delete(r.runId);
      resolve?.({ ok: false, runId: r.runId, errors: [{ path: '', message: r.message }] });
      baseSent = null; // resend the base next time
      return;
    }
    const resolve = pending.get(r.reqId);
    pending.delete(r.reqId);
    resolve?.(r);
  };

  /**
   * A dead worker answers nothing: every waiting run and request gets the reason instead, marked
   * fatal (the engine failed, not the scenario or the request), and the listeners hear it.
   */
  const onFatal = (message: string) => {
    portPromise = null;
    baseSent = null;
    for (const [id, resolve] of runs) resolve({ ok: false, runId: id, fatal: message });
    runs.clear();
    for (const [id, resolve] of pending) resolve({ kind: 'failed', reqId: id, message, fatal: true });
    pending.clear();
    for (const listener of [...stopListeners]) listener(message);
  };

  // The worker starts on first use (nothing heavy at module load or in render) and again after dispose().
  let portPromise: Promise<Port> | null = null;
  /** The engine that read the last file (which waits in it to be taken), while it lives. */
  let parsedBy: Promise<Port> | null = null;
  const port = {
    then<R>(fn: (p: Port) => R): Promise<R> {
      if (!portPromise) {
        // Only the current worker's failure counts: one ended by dispose() has no say.
        let started: Promise<Port> | null = null;
        const direct = options.inProcess
          ? null
          : workerPort(onReply, (message) => {
              if (portPromise === started) onFatal(message);
            });
        started = direct ? Promise.resolve(direct) : inProcessPort(onReply);
        portPromise = started;
      }
      return portPromise.then(fn);
    },
  };

  const request = <K extends WorkerReply['kind']>(req: WorkerRequest & { reqId: number }) =>
    new Promise<Extract<WorkerReply, { kind: K | 'failed' }>>((resolve) => {
      pending.set(req.reqId, resolve as (r: WorkerReply) => void);
      void port.then((p) => p.post(req));
    });

  const failure = (r: WorkerReply): string => (r.kind === 'failed' ? r.message : 'The simulator gave an unexpected answer.');

  /** The base travels only when it changed since the last message. */
  const baseFor = (base: BaseScenario) => {
    if (base === baseSent) return { baseId, base: null };
    baseSent = base;
    baseId += 1;
    return { baseId, base };
  };

  return {
    run(base, bot, saved, expect) {
      const runId = nextId++;
      for (const [id, resolve] of runs) {
        runs.delete(id);
        resolve(null);
      }
      latestRun = runId;
      const b = baseFor(base);
      return new Promise((resolve) => {
        runs.set(runId, resolve);
        void port.then((p) => p.post({ kind: 'run', runId, ...b, bot, saved, ...(expect ? { expect } : {}) }));
      });
    },
    async generate(opts, account, companions) {
      baseSent = null;
      const r = await request<'generated'>({ kind: 'generate', reqId: nextId++, options: opts, account, companions });
      if (r.kind === 'generated') return r.result;
      return r.kind === 'failed' && r.fatal ? { ok: false, message: r.message, fatal: true } : { ok: false, message: failure(r) };
    },
    async clearBulk() {
      baseSent = null;
      await request<'bulk-cleared'>({ kind: 'clear-bulk', reqId: nextId++ });
    },
    async parse(text) {
      const r = await request<'parsed'>({ kind: 'parse', reqId: nextId++, text });
      parsedBy = r.kind === 'parsed' && r.result.ok ? portPromise : null;
      if (r.kind === 'parsed') return r.result;
      return { ok: false, errors: [{ path: '', message: failure(r) }], ...(r.kind === 'failed' && r.fatal ? { fatal: true as const } : {}) };
    },
    async takeParsed(take) {
      // A new engine (the one that read the file stopped since) has no file to take.
      const alive = parsedBy !== null && parsedBy === portPromise;
      parsedBy = null;
      if (!alive) return false;
      if (take) baseSent = null;
      const r = await request<'parsed-taken'>({ kind: 'take-parsed', reqId: nextId++, take });
      return r.kind === 'parsed-taken';
    },
    async exportText(scenario, withBulk) {
      const r = await request<'exported'>({ kind: 'export', reqId: nextId++, scenario, withBulk });
      if (r.kind === 'failed' && r.fatal) throw new EngineStopped(r.message);
      if (r.kind !== 'exported') throw new Error(failure(r));
      return r.text;
    },
    async inspect(base, bot, rowBot, row) {
      if (base !== baseSent) return { eventIndex: null, lead: null, conditions: [] };
      const r = await request<'inspected'>({ kind: 'inspect', reqId: nextId++, baseId, bot, rowBot, row: { kind: row.kind, source: row.source, at: row.at } });
      return r.kind === 'inspected' ? r.value : { eventIndex: null, lead: null, conditions: [] };
    },
    async echo(base, bot, event) {
      if (base !== baseSent) return undefined;
      const r = await request<'echoed'>({ kind: 'echo', reqId: nextId++, baseId, bot, event });
      return r.kind === 'echoed' ? r.value : null;
    },
    async echoHeld(base, bot, event) {
      if (base !== baseSent) return undefined;
      const r = await request<'echoed'>({ kind: 'echo', reqId: nextId++, baseId, bot, event });
      return r.kind === 'echoed' && r.event !== null ? { value: r.value, event: r.event } : null;
    },
    onStop(listener) {
      stopListeners.add(listener);
      return () => void stopListeners.delete(listener);
    },
    dispose() {
      const current = portPromise;
      portPromise = null;
      baseSent = null;
      void current?.then((p) => p.dispose());
    },
  };
}
