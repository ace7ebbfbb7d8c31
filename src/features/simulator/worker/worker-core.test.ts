import { describe, expect, it, vi } from 'vitest';
import { validateScenario, type Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import demoBots from '../../../../mocks/fixtures/demo-bots.json';
import { SAMPLES, loadSample } from '../samples';
import { baseScenario, workbenchFromScenario } from '../model/build-scenario';
import { rowAt } from '../model/columns';
import { createWorkerCore, type WorkerCoreOptions } from './worker-core';
import type { WorkerReply } from './protocol';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

function harness(options: WorkerCoreOptions = {}) {
  const replies: WorkerReply[] = [];
  const handle = createWorkerCore((r) => replies.push(r), options);
  const settle = () => new Promise((r) => setTimeout(r, 5));
  return { replies, handle, settle };
}

function sample(id: string) {
  const s = loadSample(SAMPLES.find((x) => x.id === id)!);
  if (!s.ok) throw new Error(id);
  const { workbench, apply } = workbenchFromScenario(s.value, null);
  return { base: baseScenario(ACCOUNT, workbench), bot: { ...apply!, id: 'draft' } as Bot };
}

describe('engine worker core', () => {
  it('answers only the latest of runs sent in a burst', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('welcome');
    handle({ kind: 'run', runId: 1, baseId: 1, base, bot, saved: null });
    handle({ kind: 'run', runId: 2, baseId: 1, base: null, bot, saved: null });
    await settle();
    expect(replies.map((r) => (r.kind === 'ran' ? r.reply.runId : r.kind))).toEqual([2]);
    const r = replies[0]!;
    if (r.kind !== 'ran' || !r.reply.ok) throw new Error('no run');
    const cols = r.reply.columns;
    expect(Array.from({ length: cols.count }, (_, k) => rowAt(cols, k)).map((row) => [row.kind, row.botId, row.leadId])).toEqual([['run', 'draft', 'l1']]);
  });

  it('runs the saved version too when it behaves differently, and diffs them', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('qualified-follow-up');
    const draft: Bot = { ...bot, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 20 }] };
    handle({ kind: 'run', runId: 1, baseId: 1, base, bot: draft, saved: { ...bot, id: 'bot-1' } });
    await settle();
    const r = replies[0]!;
    if (r.kind !== 'ran' || !r.reply.ok) throw new Error('no run');
    expect(r.reply.diff?.moved.map((m) => [m.from, m.to])).toEqual([['2026-06-01T14:10:00Z', '2026-06-01T14:20:00Z']]);

    // A second edit diffs against the same saved version (kept from the first run).
    const again: Bot = { ...bot, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 5 }] };
    handle({ kind: 'run', runId: 2, baseId: 1, base: null, bot: again, saved: { ...bot, id: 'bot-1' } });
    await settle();
    const r2 = replies[1]!;
    if (r2.kind !== 'ran' || !r2.reply.ok) throw new Error('no second run');
    expect(r2.reply.diff?.counts).toEqual({ gained: 1, lost: 0, moved: 1, unchanged: 0 });
  });

  it("replays the account's other bots beside the draft, one the plan now refuses included, without holding their runs against the expectations", async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('welcome');
    const advanced = { ...ACCOUNT, plan: 'advanced' as const }; // "VIP welcome" has a tag trigger (V5)
    const withSaved = { ...base, account: advanced, accountBots: demoBots as Bot[] };
    const expect1 = { activations: [{ botId: 'draft', leadId: 'l1', at: '2026-06-01T14:00:00Z' }] };
    handle({ kind: 'run', runId: 1, baseId: 1, base: withSaved, bot, saved: null, expect: expect1 });
    await settle();
    const r = replies[0]!;
    if (r.kind !== 'ran' || !r.reply.ok) throw new Error(`no run: ${JSON.stringify(r)}`);
    const cols = r.reply.columns;
    const rows = Array.from({ length: cols.count }, (_, k) => rowAt(cols, k)).map((row) => `${row.kind} ${row.botId} ${row.leadId ?? ''}`);
    expect(rows).toContain('run draft l1');
    expect(rows).toContain('run welcome l1'); // the saved "Welcome on creation" answers the same lead
    expect(r.reply.report).toMatchObject({ passed: 1, failed: 0 });
  });

  it('reports events about unknown leads with their path instead of running', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('welcome');
    const broken = { ...base, events: [...base.events, { at: '2026-06-01T15:00:00Z', type: 'call_received' as const, leadId: 'nobody' }] };
    handle({ kind: 'run', runId: 1, baseId: 1, base: broken, bot, saved: null });
    await settle();
    const r = replies[0]!;
    expect(r.kind === 'ran' && !r.reply.ok && r.reply.errors.map((e) => e.path)).toEqual(['events.3.leadId']);
  });

  it('lists a broken file’s errors with their paths', () => {
    const { replies, handle } = harness();
    handle({ kind: 'parse', reqId: 1, text: JSON.stringify({ name: 'x', account, bots: [], events: [{ at: 'yesterday', type: 'call_received', leadId: 'l1' }] }) });
    handle({ kind: 'parse', reqId: 2, text: '{ "name": ' });
    const [a, b] = replies;
    expect(a?.kind === 'parsed' && !a.result.ok && a.result.errors.map((e) => e.path)).toContain('events.0.at');
    expect(b?.kind === 'parsed' && !b.result.ok && b.result.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('keeps large generated traffic in the worker and replays it with the composer’s events', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('whatsapp-cooldown');
    handle({
      kind: 'generate',
      reqId: 1,
      account: ACCOUNT,
      companions: 19,
      options: { count: 5000, kinds: ['incoming_message'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T20:00:00Z', seed: 3, leads: 100 },
    });
    const g = replies[0]!;
    expect(g.kind === 'generated' && g.result.ok && [g.result.value.inline, g.result.value.bulk?.events, g.result.value.companions.length]).toEqual([null, 5000, 19]);
    handle({ kind: 'run', runId: 2, baseId: 2, base: { ...base, withBulk: true }, bot, saved: null });
    await settle();
    const r = replies[1]!;
    expect(r.kind === 'ran' && r.reply.ok && r.reply.eventCount).toBe(base.events.length + 5000);
    // A scenario that does not own the traffic (another bot's panel) replays without it.
    handle({ kind: 'run', runId: 3, baseId: 3, base: { ...base, withBulk: false }, bot, saved: null });
    await settle();
    const r3 = replies[2]!;
    expect(r3.kind === 'ran' && r3.reply.ok && r3.reply.eventCount).toBe(base.events.length);
  });

  it('keeps few generated events over many leads in the worker, not in the composer', () => {
    const { replies, handle } = harness();
    const generate = (reqId: number, count: number, leads: number) =>
      handle({
        kind: 'generate',
        reqId,
        account: ACCOUNT,
        companions: 0,
        options: { count, kinds: ['incoming_message'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T20:00:00Z', seed: 3, leads },
      });
    generate(1, 300, 10_000);
    generate(2, 300, 40);
    const [many, few] = replies.map((r) => (r.kind === 'generated' && r.result.ok ? r.result.value : null));
    expect([many?.inline, many?.bulk?.events, many?.bulk?.leads]).toEqual([null, 300, 10_000]);
    expect([few?.inline?.events.length, few?.inline?.leads.length, few?.bulk]).toEqual([300, 40, null]);
  });

  it('keeps the held traffic until a parsed file is taken, and drops a file declined', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('whatsapp-cooldown');
    const withBulk = { ...base, withBulk: true };
    const lastCount = () => {
      const r = replies.filter((x) => x.kind === 'ran').at(-1);
      return r?.kind === 'ran' && r.reply.ok ? r.reply.eventCount : null;
    };
    handle({
      kind: 'generate',
      reqId: 1,
      account: ACCOUNT,
      companions: 0,
      options: { count: 2000, kinds: ['incoming_message'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T20:00:00Z', seed: 5, leads: 50 },
    });
    // A file of 600 events, more than the composer lists: the worker would hold them.
    const lead = { id: 'f1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 };
    const events = Array.from({ length: 600 }, (_, k) => ({ at: new Date(Date.UTC(2026, 5, 1, 13, k % 60)).toISOString(), type: 'call_received', leadId: 'f1' }));
    const file = JSON.stringify({ name: 'calls', account, leads: [lead], bots: [], events });
    handle({ kind: 'parse', reqId: 2, text: file });
    const p = replies.at(-1);
    expect(p?.kind === 'parsed' && (p.result.ok ? p.result.value.bulk?.events : p.result.errors)).toBe(600);
    // Asked and answered "Keep mine": the generated traffic is still the one replayed.
    handle({ kind: 'take-parsed', reqId: 3, take: false });
    expect(replies.at(-1)?.kind).toBe('parsed-taken');
    handle({ kind: 'run', runId: 4, baseId: 1, base: withBulk, bot, saved: null });
    await settle();
    expect(lastCount()).toBe(base.events.length + 2000);
    // A file taken replaces it (its events stand apart from the composer's base, which the panel empties).
    handle({ kind: 'parse', reqId: 5, text: file });
    handle({ kind: 'take-parsed', reqId: 6, take: true });
    handle({ kind: 'run', runId: 7, baseId: 2, base: withBulk, bot, saved: null });
    await settle();
    expect(lastCount()).toBe(base.events.length + 600);
  });

  it('re-runs new traffic generated for the same scenario, not the traffic of the run before', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('whatsapp-cooldown');
    const withBulk = { ...base, withBulk: true };
    const generate = (reqId: number, count: number) =>
      handle({
        kind: 'generate',
        reqId,
        account: ACCOUNT,
        companions: 0,
        options: { count, kinds: ['incoming_message'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T20:00:00Z', seed: count, leads: 50 },
      });
    const lastRun = () => {
      const r = replies.filter((x) => x.kind === 'ran').at(-1);
      return r?.kind === 'ran' && r.reply.ok ? [r.reply.eventCount, r.reply.timeline?.density?.events.reduce((a, b) => a + b, 0)] : null;
    };
    generate(1, 2000);
    handle({ kind: 'run', runId: 2, baseId: 2, base: withBulk, bot, saved: null });
    await settle();
    handle({ kind: 'run', runId: 3, baseId: 2, base: null, bot: { ...bot, name: 'renamed' }, saved: null });
    await settle();
    expect(lastRun()).toEqual([base.events.length + 2000, base.events.length + 2000]);
    generate(4, 1600);
    handle({ kind: 'run', runId: 5, baseId: 3, base: withBulk, bot, saved: null });
    await settle();
    expect(lastRun()).toEqual([base.events.length + 1600, base.events.length + 1600]);
  });

  it('answers the same with the warm-up replays running between requests', async () => {
    const rowsOf = (r: WorkerReply | undefined) => {
      if (r?.kind !== 'ran' || !r.reply.ok) throw new Error('no run');
      const cols = r.reply.columns;
      return Array.from({ length: cols.count }, (_, k) => rowAt(cols, k));
    };
    const { base, bot } = sample('whatsapp-cooldown');
    const edited: Bot = { ...bot, triggers: [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 3 }] };
    const runTwice = async (options: WorkerCoreOptions) => {
      const { replies, handle, settle } = harness(options);
      handle({ kind: 'run', runId: 1, baseId: 1, base, bot, saved: null });
      await settle(); // the first run, then warm-up replays at idle
      handle({ kind: 'run', runId: 2, baseId: 1, base: null, bot: edited, saved: null });
      await vi.waitFor(() => expect(replies).toHaveLength(2), { timeout: 10_000 });
      return replies.map(rowsOf);
    };
    const warm = await runTwice({ warmUp: true });
    expect(warm).toEqual(await runTwice({}));
    expect(warm[1]!.length).toBeGreaterThan(warm[0]!.length); // the edit shortened the cooldown
  });

  it('shows the lead as it was at a row and each condition with its value', async () => {
    const { replies, handle, settle } = harness();
    const { base, bot } = sample('won-discount');
    handle({ kind: 'run', runId: 1, baseId: 1, base, bot, saved: null });
    await settle();
    handle({ kind: 'inspect', reqId: 2, baseId: 1, bot, rowBot: bot, row: { kind: 'skip', source: 0, at: '2026-06-02T13:00:00Z' } });
    const r = replies[1]!;
    if (r.kind !== 'inspected') throw new Error(r.kind);
    expect(r.value.lead?.stageId).toBe('s-won');
    expect(r.value.conditions.map((c) => c.pass)).toEqual([false]);
    expect(r.value.conditions[0]?.actual).toMatch(/5,?000/);
  });

  it('shows a delayed skip with the lead the engine checked: before the events of its instant', async () => {
    const { replies, handle, settle } = harness();
    const scenario = validateScenario({
      name: 'delay',
      account,
      leads: [{ id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 500 }],
      bots: [
        {
          id: 'd',
          name: 'Delayed',
          version: 1,
          enabled: true,
          triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }],
          conditions: [{ type: 'sale', min: 1000, max: null }],
          activeHours: null,
          keepUnanswered: false,
        },
      ],
      events: [
        { at: '2026-06-01T14:00:00Z', type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' },
        { at: '2026-06-01T14:10:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 5000 } },
      ],
    });
    if (!scenario.ok) throw new Error('invalid');
    const { workbench, apply } = workbenchFromScenario(scenario.value, null);
    const bot = { ...apply!, id: 'draft' } as Bot;
    handle({ kind: 'run', runId: 1, baseId: 1, base: baseScenario(ACCOUNT, workbench), bot, saved: null });
    await settle();
    handle({ kind: 'inspect', reqId: 2, baseId: 1, bot, rowBot: bot, row: { kind: 'skip', source: 0, at: '2026-06-01T14:10:00Z' } });
    const r = replies[1]!;
    if (r.kind !== 'inspected') throw new Error(r.kind);
    // The price update at 14:10 came after the due run (timers first): the skip saw 500.
    expect(r.value).toMatchObject({ eventIndex: null, lead: { id: 'l1', price: 500 } });
    expect(r.value.conditions.map((c) => c.pass)).toEqual([false]);
  });
});
