import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, Bot, Scenario } from '../../../domain';
import type { BaseScenario } from '../model/build-scenario';
import type { TrafficOptions } from '../model/traffic';
import { createEngineClient, EngineStopped } from './client';
import type { WorkerReply, WorkerRequest } from './protocol';

/** A Web Worker that answers only when told to, and fails as a browser's does (its `error` event). */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(req: WorkerRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: WorkerReply) {
    this.onmessage?.({ data: reply });
  }
  /** `message`: '' for a script that could not load (its event has none). */
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }
}

const BASE = {} as BaseScenario;
const BOT = { id: 'b' } as Bot;
/** Until the client has posted its request (the worker starts on first use, a promise later). */
const posted = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the engine client when its worker fails', () => {
  it('answers the waiting run as fatal, not as problems of the scenario; ends the worker; the next run starts a new one', async () => {
    const client = createEngineClient();
    const heard = vi.fn();
    client.onStop(heard);
    const run = client.run(BASE, BOT, null);
    await posted();
    expect(FakeWorker.all).toHaveLength(1);
    FakeWorker.all[0]!.fail('');
    expect(await run).toEqual({ ok: false, runId: 1, fatal: "The simulator's engine stopped (it could not start)." });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith("The simulator's engine stopped (it could not start).");
    // An uncaught error leaves a worker running: it is ended, with the traffic it held.
    expect(FakeWorker.all[0]!.terminated).toBe(true);

    const again = client.run(BASE, BOT, null);
    await posted();
    expect(FakeWorker.all).toHaveLength(2);
    // The new worker gets the whole base again (the dead one had it).
    expect(FakeWorker.all[1]!.posted[0]).toMatchObject({ kind: 'run', base: BASE });
    FakeWorker.all[1]!.answer({ kind: 'ran', reply: { ok: false, runId: 2, errors: [] } });
    expect(await again).toEqual({ ok: false, runId: 2, errors: [] });
  });

  it('marks every waiting request fatal: generating, reading and exporting are not refused for their own sake', async () => {
    const client = createEngineClient();
    const generated = client.generate({} as TrafficOptions, {} as Account, 0);
    const read = client.parse('{}');
    const exported = client.exportText({} as Scenario, false);
    await posted();
    FakeWorker.all[0]!.fail('Uncaught RangeError: Array buffer allocation failed');
    const words = "The simulator's engine stopped (Uncaught RangeError: Array buffer allocation failed).";
    expect(await generated).toEqual({ ok: false, message: words, fatal: true });
    expect(await read).toEqual({ ok: false, errors: [{ path: '', message: words }], fatal: true });
    await expect(exported).rejects.toBeInstanceOf(EngineStopped);
  });

  it('has no file to take once the engine that read it stopped', async () => {
    const client = createEngineClient();
    const read = client.parse('{}');
    await posted();
    const first = FakeWorker.all[0]!;
    const req = first.posted[0] as Extract<WorkerRequest, { kind: 'parse' }>;
    first.answer({ kind: 'parsed', reqId: req.reqId, result: { ok: true, value: { scenario: {} as Scenario, bulk: { label: '600 events and 1 lead from the file', events: 600, leads: 1 } } } });
    expect((await read).ok).toBe(true);
    first.fail('boom');
    // Nothing is asked of the new engine, which never saw the file.
    expect(await client.takeParsed(true)).toBe(false);
    await posted();
    expect(FakeWorker.all.flatMap((w) => w.posted).filter((r) => r.kind === 'take-parsed')).toEqual([]);
  });

  it('does not hear a worker it ended itself (dispose)', async () => {
    const client = createEngineClient();
    const heard = vi.fn();
    client.onStop(heard);
    void client.run(BASE, BOT, null);
    await posted();
    client.dispose();
    void client.run(BASE, BOT, null);
    await posted();
    FakeWorker.all[0]!.fail('late');
    expect(heard).not.toHaveBeenCalled();
  });
});
