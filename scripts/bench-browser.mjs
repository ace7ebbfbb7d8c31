// `node scripts/bench-browser.mjs [--runs N] [--repeat N] [--only abc] [--gc] [--dev]`: the engine's
// speed in Chromium as the simulator panel runs it (its real Web Worker, driven through the worker's
// own protocol). Reports, with the load average:
//   (a) the standard workload (src/engine/bench/workload.ts, seed 42, 200,000 events) in a worker:
//       median events/s over --runs runs after a first one;
//   (b) the panel's 100,000-event generated replay against the 20 demo bots (the WhatsApp sample's
//       bot, 19 load demo bots, the traffic generator's defaults): engine time of the first run after
//       generating, then the median of the following runs ("Run simulation" again). The worker makes
//       the traffic's own pre-pass while generating (reported apart, and part of "generating took");
//       a run's engine time includes joining the composer's events to it;
//       Also the longest the page's main thread went without running a timer (a 20 ms interval)
//       while the worker generated the traffic and made the first run: the page here has no UI, so
//       this is the handling of the worker's messages only, not the panel's rendering;
//   (c) a re-run of 10,000 generated events after an edit of the draft (the cooldown changes each
//       time): median engine time.
// For (b) and (c) also: the worker thread's CPU time of the engine call (from a trace: thread time
// between two performance marks put around it in the bench's build only), which a loaded machine
// inflates far less than wall time, and the round trip the page sees (post to reply, columns and
// summaries included). --gc: the collector's pauses inside each engine call.
// The engine time is what the panel shows ("Replayed in … ms"): the wall time of the engine call in worker-core.ts.
// Between steps the page waits as a person would (opening the generator, the 150 ms re-run debounce,
// clicking Run again), so the worker is idle then, as in the panel. --repeat N: each part in N fresh
// pages, medians over them (a shared 2-core machine is noisy). BENCH_ROOT=<another checkout with
// node_modules>: measure that tree instead, for a before/after in one session.
// The pages are esbuild bundles (minified, es2022, like a production build) served from memory;
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH), headless. --dev: unminified bundles.
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const root = resolve(process.env.BENCH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 7);
const REPEAT = flag('--repeat', 1);
const GC = args.includes('--gc');
const minify = !args.includes('--dev');
const only = (args.includes('--only') ? String(args[args.indexOf('--only') + 1]) : 'abc').split('');

// The panel's flow, in the page: the worker is the real engine.worker.ts; the page speaks its protocol.
const PAGE = /* ts */ `
import account from './mocks/fixtures/demo-account.json';
import whatsapp from './mocks/fixtures/scenarios/whatsapp-reply-cooldown.json';
import { validateBot, validateScenario, type Account, type Bot, type Scenario } from './src/domain';
import { baseScenario, retargetExpectations, simulatedBot, workbenchFromScenario } from './src/features/simulator/model/build-scenario';
import { localInputToInstant } from './src/features/simulator/model/local-time';
import type { WorkerReply, WorkerRequest, RunReply } from './src/features/simulator/worker/protocol';

const acc = account as unknown as Account;
/** A person's pauses in the panel's flow (ms): opening the generator, the re-run debounce, clicking Run again. */
const PAUSE = { openGenerator: 800, debounce: 150, click: 300 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function engine() {
  const worker = new Worker('/engine-worker.js', { type: 'module' });
  let waiting: ((r: WorkerReply) => void) | null = null;
  worker.onmessage = (e: MessageEvent<WorkerReply>) => waiting?.(e.data);
  worker.onerror = (e) => { throw new Error('worker: ' + e.message); };
  const ask = (req: WorkerRequest) =>
    new Promise<WorkerReply>((res) => {
      waiting = res;
      worker.postMessage(req);
    });
  return { ask, stop: () => worker.terminate() };
}

/** The WhatsApp sample loaded, N generated events (the generator's defaults otherwise), then runs. */
async function replay(count: number, runs: number, edit: boolean) {
  const parsed = validateScenario(whatsapp);
  if (!parsed.ok) throw new Error('sample does not validate');
  const { workbench, apply } = workbenchFromScenario(parsed.value as Scenario, null);
  const botOf = (b: Bot) => simulatedBot(validateBot(b, acc), null)!;
  let bot = botOf(apply!);
  const expect = retargetExpectations(workbench.expect, workbench.mainBotRef, bot.id);
  const e = engine();
  let runId = 0;
  const run = async (baseId: number, base: unknown, b: Bot) => {
    const t0 = performance.now();
    const r = (await e.ask({ kind: 'run', runId: ++runId, baseId, base: base as never, bot: b, saved: null, ...(expect ? { expect } : {}) })) as Extract<WorkerReply, { kind: 'ran' }>;
    const roundTrip = performance.now() - t0;
    const reply = r.reply as Extract<RunReply, { ok: true }>;
    if (!reply.ok) throw new Error('run failed: ' + JSON.stringify(r));
    return { engineMs: reply.engineMs, roundTrip, events: reply.eventCount, runs: reply.counts.runs, skips: reply.counts.skips };
  };
  const sample = await run(1, baseScenario(acc, workbench), bot);
  await sleep(PAUSE.openGenerator);
  const options = {
    count,
    kinds: ['incoming_message', 'lead_moved', 'tag_toggle', 'story_mention'] as const,
    from: localInputToInstant('2026-06-01T09:00', acc.timezone)!,
    to: localInputToInstant('2026-06-08T09:00', acc.timezone)!,
    seed: 42,
    leads: 10000,
  };
  // The main thread's longest gap between timer ticks while the worker generates and replays.
  let maxGap = 0;
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - lastTick);
    lastTick = now;
  }, 20);
  const g0 = performance.now();
  const gen = await e.ask({ kind: 'generate', reqId: 1, options: { ...options, kinds: [...options.kinds] }, account: acc, companions: 19 });
  const generateMs = performance.now() - g0;
  if (gen.kind !== 'generated' || !gen.result.ok) throw new Error('generate failed');
  const made = gen.result.value;
  const wb = made.inline
    ? { ...workbench, leads: [...workbench.leads, ...made.inline.leads], events: [...workbench.events, ...made.inline.events], otherBots: [...workbench.otherBots, ...made.companions], bulk: null }
    : { ...workbench, otherBots: [...workbench.otherBots, ...made.companions], bulk: made.bulk };
  await sleep(PAUSE.debounce);
  const first = await run(2, baseScenario(acc, wb), bot);
  clearInterval(ticker);
  const later: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < runs; i++) {
    if (edit) {
      const t = bot.triggers[0]!;
      if (t.type !== 'message') throw new Error('the sample bot changed');
      bot = botOf({ ...bot, triggers: [{ ...t, cooldownMinutes: i % 2 ? 10 : 15 }] });
    }
    await sleep(edit ? PAUSE.debounce : PAUSE.click);
    later.push(await run(2, null, bot));
  }
  e.stop();
  return {
    sampleMs: sample.engineMs,
    generateMs,
    first,
    medianEngineMs: median(later.map((x) => x.engineMs)),
    minEngineMs: Math.min(...later.map((x) => x.engineMs)),
    medianRoundTrip: median(later.map((x) => x.roundTrip)),
    engineMs: later.map((x) => x.engineMs),
    bots: 1 + wb.otherBots.length,
    maxGapMs: maxGap,
  };
}

async function workload(runs: number) {
  const w = new Worker('/workload-worker.js', { type: 'module' });
  const reply = await new Promise<{ events: number; ms: number[]; firstMs: number; result: string }>((res, rej) => {
    w.onmessage = (e) => res(e.data);
    w.onerror = (e) => rej(new Error(e.message));
    w.postMessage({ runs });
  });
  w.terminate();
  return reply;
}

(window as unknown as { bench: unknown }).bench = { replay, workload, userAgent: navigator.userAgent };
`;

const WORKLOAD_WORKER = /* ts */ `
import { validateScenario, type Scenario } from './src/domain';
import * as engine from './src/engine';
import { standardWorkload } from './src/engine/bench/workload';

self.onmessage = (e: MessageEvent<{ runs: number }>) => {
  // As a scenario file gives it (JSON.parse: short ids become internalized strings), like npm run bench.
  const scenario = JSON.parse(JSON.stringify(standardWorkload(42))) as Scenario;
  if (!validateScenario(scenario).ok) throw new Error('The workload does not validate');
  let t0 = performance.now();
  let result = engine.simulate(scenario);
  const firstMs = performance.now() - t0;
  const ms: number[] = [];
  for (let r = 0; r < e.data.runs; r++) {
    t0 = performance.now();
    result = engine.simulate(scenario);
    ms.push(performance.now() - t0);
  }
  // The columnar result the panel's worker uses, with the events' pre-pass made once (where the engine has them).
  const logMs: number[] = [];
  const e2 = engine as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>;
  if (e2.simulateLog && e2.prepareEvents) {
    const prepared = e2.prepareEvents(scenario.events);
    for (let r = 0; r <= e.data.runs; r++) {
      t0 = performance.now();
      e2.simulateLog(scenario, prepared);
      if (r > 0) logMs.push(performance.now() - t0);
    }
  }
  postMessage({ events: scenario.events.length, ms, logMs, firstMs, result: result.activations.length + ' activations, ' + result.skipped.length + ' skipped' });
};
`;

/**
 * In the engine worker only, simulate() is wrapped in two performance marks named after the event
 * count: the trace gives their thread times, i.e. the CPU time of each run, which a loaded machine
 * (other processes on the 2 cores) does not inflate the way it inflates wall time.
 */
const markSimulate = {
  name: 'mark-simulate',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/\.\.\/engine$/ }, (a) => (a.importer.endsWith('worker-core.ts') ? { path: 'engine', namespace: 'bench' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
      resolveDir: root,
      loader: 'ts',
      // simulate() or simulateLog() (whichever the worker calls) and the events' pre-pass.
      contents: `
        import * as engine from './src/engine';
        export * from './src/engine';
        const marked = (what: string, n: number, f: () => unknown) => {
          performance.mark('bench:' + what + ':' + n + ':start');
          try {
            return f();
          } finally {
            performance.mark('bench:' + what + ':' + n + ':end');
          }
        };
        const e = engine as unknown as Record<string, (...a: never[]) => never>;
        export const simulate = (s: { events: unknown[] }) => marked('simulate', s.events.length, () => e.simulate!(s as never));
        export const simulateLog = (s: { events: unknown[] }, p: unknown) => marked('simulate', s.events.length, () => e.simulateLog!(s as never, p as never));
        export const prepareEvents = (events: unknown[]) => marked('prepare', events.length, () => e.prepareEvents!(events as never));
        export const prepareAppended = (events: unknown[], tail: unknown) => marked('prepare', events.length, () => e.prepareAppended!(events as never, tail as never));`,
    }));
  },
};

/**
 * CPU (thread) ms of the marked simulate() calls in a trace, per event count, in order; with --gc,
 * also the garbage collector's pauses of the worker thread within each call (wall ms).
 */
function simulateCpuMs(trace) {
  const all = JSON.parse(trace.toString()).traceEvents ?? [];
  const events = all.filter((e) => typeof e.name === 'string' && e.name.startsWith('bench:'));
  const gcs = all.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ph === 'X');
  events.sort((a, b) => a.ts - b.ts);
  const open = new Map();
  const out = new Map();
  for (const e of events) {
    const [, what, count, edge] = e.name.split(':');
    const n = `${what}:${count}`;
    if (edge === 'start') open.set(n, e);
    else if (open.has(n) && e.tts !== undefined) {
      const start = open.get(n);
      const inside = gcs.filter((g) => g.tid === e.tid && g.ts >= start.ts && g.ts < e.ts);
      if (!out.has(n)) out.set(n, []);
      out.get(n).push({
        cpu: (e.tts - start.tts) / 1000,
        gcMs: inside.reduce((sum, g) => sum + g.dur, 0) / 1000,
        gcs: `${inside.filter((g) => g.name === 'MinorGC').length} minor, ${inside.filter((g) => g.name === 'MajorGC').length} major`,
      });
      open.delete(n);
    }
  }
  return out;
}

async function bundle() {
  const common = { bundle: true, write: false, format: 'esm', target: 'es2022', minify, platform: 'browser', logLevel: 'warning', legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' } };
  const ts = (contents) => ({ stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' } });
  const [page, engineWorker, workloadWorker] = await Promise.all([
    build({ ...common, ...ts(PAGE) }),
    build({ ...common, entryPoints: [resolve(root, 'src/features/simulator/worker/engine.worker.ts')], plugins: [markSimulate] }),
    build({ ...common, ...ts(WORKLOAD_WORKER) }),
  ]);
  return {
    '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/page.js"></script>'],
    '/page.js': ['text/javascript', page.outputFiles[0].text],
    '/engine-worker.js': ['text/javascript', engineWorker.outputFiles[0].text],
    '/workload-worker.js': ['text/javascript', workloadWorker.outputFiles[0].text],
  };
}

const files = await bundle();
const server = createServer((req, res) => {
  const file = files[(req.url ?? '/').split('?')[0]];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const f = (ms) => `${ms.toFixed(1)} ms`;
try {
  // A fresh page (and so fresh workers) for each part: nothing is warm from another part.
  const inFreshPage = async (fn, arg, traced = false) => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => 'bench' in window);
      if (!traced) return await page.evaluate(fn, arg);
      await browser.startTracing(page, { categories: ['blink.user_timing', ...(GC ? ['devtools.timeline'] : [])] });
      const value = await page.evaluate(fn, arg);
      return { ...value, cpu: simulateCpuMs(await browser.stopTracing()) };
    } finally {
      await page.close();
    }
  };
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ua = await inFreshPage(() => window.bench.userAgent);
  const pages = REPEAT > 1 ? ` (medians over ${REPEAT} fresh pages)` : '';
  console.log(
    `Chromium ${ua.match(/Chrome\/([\d.]+)/)?.[1] ?? ua}; ${cpus().length} CPUs; load average ${load()}; ${minify ? 'minified' : 'unminified'} bundles of ${root}; ${RUNS} runs after the first`,
  );

  if (only.includes('a')) {
    const all = [];
    for (let i = 0; i < REPEAT; i++) all.push(await inFreshPage((runs) => window.bench.workload(runs), RUNS));
    const ms = med(all.map((w) => med(w.ms)));
    const { events, result } = all[0];
    console.log(
      `(a) standard workload, ${events.toLocaleString('en-US')} events${pages}: simulate() median ${(events / ms / 1000).toFixed(2)} M events/s (${f(ms)}; first run ${f(med(all.map((w) => w.firstMs)))}; min ${f(Math.min(...all.flatMap((w) => w.ms)))}) → ${result}   [load ${load()}]`,
    );
    if (all[0].logMs.length) {
      const logMs = med(all.map((w) => med(w.logMs)));
      console.log(`    simulateLog() with the pre-pass made once (what the panel's re-runs do): median ${(events / logMs / 1000).toFixed(2)} M events/s (${f(logMs)})`);
    }
  }

  /** A replay part in REPEAT fresh pages; figures are medians over them. */
  const repeated = async (fn, arg) => {
    const all = [];
    for (let i = 0; i < REPEAT; i++) {
      const r = await inFreshPage(fn, arg, true);
      const marked = r.cpu.get(`simulate:${r.first.events}`) ?? [];
      // The first run of these events also made (or joined) their pre-pass (later runs reuse it).
      const prepare = (r.cpu.get(`prepare:${r.first.events}`) ?? [])[0]?.cpu ?? 0;
      // Bulk traffic's own pre-pass, made when it was generated (its event count: without the composer's).
      const bulkCounts = [...r.cpu.keys()].filter((k) => k.startsWith('prepare:') && k !== `prepare:${r.first.events}`);
      const bulkPrepare = bulkCounts.length ? Math.max(...bulkCounts.map((k) => r.cpu.get(k)[0].cpu)) : 0;
      const cpu = marked.map((m, i) => m.cpu + (i === 0 ? prepare : 0));
      if (GC) console.log(`    GC pauses in each simulate(): ${marked.map((m) => `${m.gcMs.toFixed(1)} ms (${m.gcs})`).join('; ')}`);
      all.push({ ...r, cpuFirst: cpu[0] ?? NaN, cpuPrepare: prepare, cpuBulkPrepare: bulkPrepare, cpuMedian: cpu.length > 1 ? med(cpu.slice(1)) : NaN });
    }
    const pick = (get) => med(all.map(get));
    const { bots, first } = all[0];
    return {
      bots,
      cpuFirst: pick((x) => x.cpuFirst),
      cpuPrepare: pick((x) => x.cpuPrepare),
      cpuBulkPrepare: pick((x) => x.cpuBulkPrepare),
      cpuMedian: pick((x) => x.cpuMedian),
      first: { ...first, engineMs: pick((x) => x.first.engineMs), roundTrip: pick((x) => x.first.roundTrip) },
      medianEngineMs: pick((x) => x.medianEngineMs),
      minEngineMs: Math.min(...all.map((x) => x.minEngineMs)),
      medianRoundTrip: pick((x) => x.medianRoundTrip),
      generateMs: pick((x) => x.generateMs),
      maxGapMs: pick((x) => x.maxGapMs),
      detail: all.map((x) => `${x.first.engineMs.toFixed(1)} | ${x.engineMs.map((y) => y.toFixed(1)).join(' ')}`).join('; '),
    };
  };
  if (only.includes('b')) {
    const r = await repeated((runs) => window.bench.replay(100_000, runs, false), RUNS);
    console.log(
      `(b) 100,000-event replay, ${r.bots} bots (${r.first.events.toLocaleString('en-US')} events; ${r.first.runs} runs, ${r.first.skips} skips)${pages}: first run ${f(r.first.engineMs)} (round trip ${f(r.first.roundTrip)}), then median ${f(r.medianEngineMs)} (min ${f(r.minEngineMs)}; round trip ${f(r.medianRoundTrip)})   [load ${load()}]`,
    );
    console.log(
      `    CPU time of the engine call (the worker thread's): first run ${f(r.cpuFirst)} (joining its pre-pass ${f(r.cpuPrepare)}), then median ${f(r.cpuMedian)}; the traffic's own pre-pass, made while generating: ${f(r.cpuBulkPrepare)}`,
    );
    console.log(`    engine ms, first | then: ${r.detail}; generating took ${f(r.generateMs)}`);
    console.log(`    longest main-thread gap while generating and making the first run (no UI: the worker's messages only): ${f(r.maxGapMs)}`);
  }
  if (only.includes('c')) {
    const e = await repeated((runs) => window.bench.replay(10_000, runs, true), Math.max(RUNS, 9));
    console.log(
      `(c) 10,000-event re-run after an edit, ${e.bots} bots${pages}: median ${f(e.medianEngineMs)} engine (min ${f(e.minEngineMs)}), round trip ${f(e.medianRoundTrip)}; first run after generating ${f(e.first.engineMs)}   [load ${load()}]`,
    );
    console.log(`    CPU time of the engine call (the worker thread's): first run ${f(e.cpuFirst)} (the events' pre-pass ${f(e.cpuPrepare)}), then median ${f(e.cpuMedian)}`);
    console.log(`    engine ms, first | then: ${e.detail}`);
  }
} finally {
  await browser.close();
  server.close();
}
