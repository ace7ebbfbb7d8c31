// `npm run bench`: the engine on the standard workload (median events/s, heap growth), the schedule
// helper, and the command line on a 200,000-event file versus a plain JSON.parse of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { validateScenario } from '../../domain';
import type { Scenario, SimResult } from '../../domain';
import { eventEcho, prepareEvents, simulate, simulateLog } from '../simulate';
import { benchSchedules } from '../time/bench';
import { standardWorkload } from './workload';

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function runBench(opts: { root: string; cacheDir: string; runs?: number }): void {
  const runs = opts.runs ?? 7;
  // As a scenario file gives it (JSON.parse makes short ids internalized strings, like real input).
  const scenario = JSON.parse(JSON.stringify(standardWorkload(42))) as Scenario;
  const valid = validateScenario(scenario);
  if (!valid.ok) throw new Error(`The workload does not validate: ${JSON.stringify(valid.errors.slice(0, 3))}`);
  const events = scenario.events.length;
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures scale with it)`);
  console.log(`Standard workload: ${scenario.leads!.length} leads, ${events} events, ${scenario.bots.length} bots (seed 42)`);

  gc?.();
  const baseline = process.memoryUsage().heapUsed; // the scenario alone
  simulate(scenario); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const growths: number[] = [];
  const retained: number[] = [];
  const kept: { last: SimResult | null } = { last: null };
  // Speed: back-to-back runs, as a user re-running a replay would (no forced GC in between).
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    kept.last = simulate(scenario);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    cpuRates.push(events / ((cpu.user + cpu.system) / 1e6));
    rates.push(events / (ms / 1000));
  }
  // Memory: from a collected heap, the growth during one run and what its result keeps.
  for (let r = 0; r < 3; r++) {
    kept.last = null;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const result = simulate(scenario);
    growths.push(process.memoryUsage().heapUsed - before);
    kept.last = result;
    gc?.();
    retained.push(process.memoryUsage().heapUsed - baseline);
  }
  const last = kept.last;
  if (last === null) return;
  console.log(`Result: ${last.activations.length} activations, ${last.skipped.length} skipped, ${last.warnings.length} warnings`);
  console.log(
    `Engine: median ${(median(rates) / 1e6).toFixed(2)} M events/s over ${runs} runs (min ${(Math.min(...rates) / 1e6).toFixed(2)}, max ${(Math.max(...rates) / 1e6).toFixed(2)})`,
  );
  console.log(`Engine per CPU second (this process's CPU time, GC threads included): median ${(median(cpuRates) / 1e6).toFixed(2)} M events/s`);
  // The same engine as the simulator's worker runs it: the result in columns (no object per
  // entry), and on re-runs of unchanged events the pre-pass made once and the last result's
  // buffers written over. Reported beside the figure above, not instead of it.
  const logRates: number[] = [];
  const rerunRates: number[] = [];
  const prepared = prepareEvents(scenario.events);
  let spare = simulateLog(scenario, prepared);
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    simulateLog(scenario);
    logRates.push(events / ((performance.now() - t0) / 1000));
    t0 = performance.now();
    spare = simulateLog(scenario, prepared, spare);
    rerunRates.push(events / ((performance.now() - t0) / 1000));
  }
  console.log(
    `Engine with the result in columns (simulateLog, as the simulator's worker runs it): median ${(median(logRates) / 1e6).toFixed(2)} M events/s; re-running unchanged events: ${(median(rerunRates) / 1e6).toFixed(2)} M events/s`,
  );
  // The simulator's "What happened?" on this workload: one event's echo is one watched replay.
  const echoTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    eventEcho(scenario, Math.floor(events / 2) + r, prepared);
    echoTimes.push(performance.now() - t0);
  }
  console.log(`What one event started (eventEcho, the pre-pass made once, as the simulator's worker asks it): median ${median(echoTimes).toFixed(0)} ms over 3 events`);
  console.log(
    `Heap growth during a run (from a collected heap, before GC: peak estimate) over 3 runs: median ${mb(median(growths))} MB, max ${mb(Math.max(...growths))} MB; retained result after GC: ${mb(median(retained))} MB${gc ? '' : ' (no --expose-gc: rough)'}`,
  );

  const schedules = benchSchedules();
  console.log(`Schedules: ${schedules.occurrences} occurrences of a recurring trigger in America/New_York in ${schedules.ms.toFixed(2)} ms`);

  // The command line on a generated 200,000-event file, against reading + JSON.parse alone.
  mkdirSync(opts.cacheDir, { recursive: true });
  const file = join(opts.cacheDir, 'bench-200k.json');
  writeFileSync(file, JSON.stringify(scenario));
  const bytes = readFileSync(file).length;
  const node = process.execPath;
  const time = (args: string[]) => {
    const t0 = performance.now();
    execFileSync(node, args, { cwd: opts.root, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    return performance.now() - t0;
  };
  const parseOnly = ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
  const cli = [join(opts.root, 'scripts', 'simulate.mjs'), file];
  time(cli); // builds the bundle if needed
  const cliTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    parseTimes.push(time(parseOnly));
    cliTimes.push(time(cli));
  }
  console.log(
    `Command line on a ${events}-event file (${mb(bytes)} MB): simulate ${median(cliTimes).toFixed(0)} ms vs node + read + JSON.parse ${median(parseTimes).toFixed(0)} ms (medians of 3, whole processes)`,
  );

  // Hostile input: the same file with every event broken, so that each one fails validation (zod
  // runs on all of them, not the quick check). It must be refused (exit 2, at most 100 errors) about
  // as fast as a good file is replayed, not hang.
  const broken: [string, (e: Record<string, unknown>) => void][] = [
    ['an unknown type', (e) => (e.type = 'no_such_type')],
    ['an unreadable time', (e) => (e.at = 'not a date')],
  ];
  const hostile: string[] = [];
  for (const [what, breakIt] of broken) {
    const bad = JSON.parse(JSON.stringify(scenario)) as { events: Record<string, unknown>[] };
    bad.events.forEach(breakIt);
    const badFile = join(opts.cacheDir, 'bench-200k-hostile.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const times: number[] = [];
    let outcome = '';
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const run = spawnSync(node, [join(opts.root, 'scripts', 'simulate.mjs'), badFile], { cwd: opts.root, maxBuffer: 1 << 30, encoding: 'utf8' });
      times.push(performance.now() - t0);
      const errors = (JSON.parse(run.stdout) as { errors?: unknown[] }).errors;
      outcome = `exit ${run.status}, ${errors?.length ?? 0} errors`;
    }
    hostile.push(`${what} ${median(times).toFixed(0)} ms (${outcome})`);
  }
  console.log(`Command line on that file with every event broken (hostile input, medians of 3): ${hostile.join('; ')}`);
}
