// The `simulate` command (SPEC §8): thin — read the file, validate, run the engine, print.
//   simulate FILE.json          → the SimResult as JSON on stdout, exit 0; bad input → exit 2, { errors }
//   simulate --check FILE...    → one line per file and "N passed, N failed"; exit 1 on any failure
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../domain';
import type { Scenario, SimResult, ValidationError } from '../domain';
import { simulate, simulateLog, tryParseInstant } from '../engine';
import { writeResultJson } from './result-json';

export type Io = {
  readText(path: string): string;
  out(text: string): void;
  /** UTF-8 bytes; when absent, they are decoded and go to out(). */
  outBytes?(chunk: Uint8Array): void;
};

const nodeIo: Io = {
  readText: (path) => readFileSync(path, 'utf8'),
  out: (text) => {
    process.stdout.write(text);
  },
  // The exit code is set, not process.exit(): Node writes everything queued to a pipe before it exits.
  outBytes: (chunk) => {
    process.stdout.write(chunk);
  },
};

/** Writes chunks of UTF-8 through io (decoding them for an io that takes text only). */
function outChunks(chunks: readonly Uint8Array[], io: Io): void {
  if (io.outBytes) {
    for (const chunk of chunks) io.outBytes(chunk);
    return;
  }
  const decoder = new TextDecoder();
  for (const chunk of chunks) io.out(decoder.decode(chunk, { stream: true }));
  io.out(decoder.decode());
}

/** The result's JSON and a newline, in chunks of UTF-8: exactly `JSON.stringify(simulate(scenario)) + '\n'`. */
export function resultChunks(scenario: Scenario): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  writeResultJson(simulateLog(scenario), (chunk) => chunks.push(chunk));
  chunks.push(NEWLINE);
  return chunks;
}
const NEWLINE = new Uint8Array([10]);

type Loaded = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

function load(path: string, io: Io): Loaded {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message =
      code === 'ENOENT'
        ? `The file ${path} does not exist.`
        : code === 'EISDIR'
          ? `${path} is a folder, not a scenario file.`
          : code === 'EACCES' || code === 'EPERM'
            ? `The file ${path} cannot be read: you do not have permission to read it.`
            : `The file ${path} cannot be read (${code ?? (e instanceof Error ? e.message : String(e))}).`;
    return { ok: false, errors: [{ path: '', message }] };
  }
  const parsed = parseScenarioText(text);
  return parsed.ok ? { ok: true, scenario: parsed.value } : { ok: false, errors: parsed.errors };
}

const instantMs = (s: string): number => tryParseInstant(s) ?? Date.parse(s);

/** What differs between a result and a scenario's `expect`; empty when it holds. */
export function compareWithExpect(scenario: Scenario, result: SimResult): string[] {
  const expect = scenario.expect;
  if (!expect) return [];
  const problems: string[] = [];
  const key = (botId: string, leadId: string | undefined, at: string) => JSON.stringify([botId, leadId ?? null, instantMs(at)]);
  const describe = (botId: string, leadId: string | undefined, at: string) => `${botId}${leadId ? ` for ${leadId}` : ''} at ${at}`;
  if (expect.activations) {
    const actual = new Map<string, string>();
    for (const a of result.activations) actual.set(key(a.botId, a.leadId, a.at), describe(a.botId, a.leadId, a.at));
    const wanted = new Map<string, string>();
    for (const a of expect.activations) wanted.set(key(a.botId, a.leadId, a.at), describe(a.botId, a.leadId, a.at));
    for (const [k, text] of wanted) if (!actual.has(k)) problems.push(`missing activation ${text}`);
    for (const [k, text] of actual) if (!wanted.has(k)) problems.push(`unexpected activation ${text}`);
  }
  if (expect.skipped) {
    const actual = new Set(result.skipped.map((s) => `${s.botId}\u0000${s.reason}`));
    for (const s of expect.skipped) {
      if (!actual.has(`${s.botId}\u0000${s.reason}`)) problems.push(`missing skip of ${s.botId} (${s.reason})`);
    }
  }
  return problems;
}

function summarize(problems: string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}

function check(files: string[], io: Io): number {
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const file of files) {
    const loaded = load(file, io);
    if (!loaded.ok) {
      failed++;
      const first = loaded.errors[0];
      const where = first && first.path ? `${first.path}: ` : '';
      const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more errors)` : '';
      lines.push(`FAIL ${file}: ${where}${first?.message ?? 'The file is not a valid scenario.'}${more}`);
      continue;
    }
    let problems: string[];
    try {
      problems = compareWithExpect(loaded.scenario, simulate(loaded.scenario));
    } catch (e) {
      problems = [`the engine failed: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (problems.length === 0) {
      passed++;
      lines.push(`ok   ${file}`);
    } else {
      failed++;
      lines.push(`FAIL ${file}: ${summarize(problems)}`);
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  io.out(lines.join('\n') + '\n');
  return failed > 0 ? 1 : 0;
}

function errorsOut(errors: ValidationError[], io: Io): number {
  io.out(JSON.stringify({ errors: errors.map((e) => ({ path: e.path, message: e.message })) }, null, 2) + '\n');
  return 2;
}

function simulationFailed(e: unknown, io: Io): number {
  return errorsOut([{ path: '', message: `The simulation failed: ${e instanceof Error ? e.message : String(e)}` }], io);
}

const USAGE = 'Give one scenario file (npm run --silent simulate -- FILE.json) or --check with one or more files.';

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = nodeIo): number {
  const args = argv.filter((a) => a !== '--');
  const checking = args[0] === '--check';
  const files = checking ? args.slice(1) : args;
  // An option among the files is a mistake in the command, not a file that is missing: a second
  // --check was read as a file name ("FAIL --check: The file --check does not exist.", exit 1), and
  // so were one-dash options such as -h. A file whose name starts with "-" is given as ./-name.json.
  const option = files.find((a) => a.length > 1 && a.startsWith('-'));
  if (option !== undefined) {
    const what =
      option === '--check'
        ? '--check comes once, before the files.'
        : `Unknown option "${option}"${option.startsWith('--') ? '' : ` (a file whose name starts with "-" is given as ./${option})`}.`;
    return errorsOut([{ path: '', message: `${what} ${USAGE}` }], io);
  }
  if (checking) {
    if (files.length === 0) return errorsOut([{ path: '', message: USAGE }], io);
    return check(files, io);
  }
  if (args.length !== 1) return errorsOut([{ path: '', message: USAGE }], io);
  const loaded = load(args[0]!, io);
  if (!loaded.ok) return errorsOut(loaded.errors, io);
  // The JSON is made from the engine's columns (no object per entry) and all of it before any is
  // written, so that a failure prints only { errors }.
  let chunks: Uint8Array[];
  try {
    chunks = resultChunks(loaded.scenario);
  } catch (e) {
    return simulationFailed(e, io);
  }
  outChunks(chunks, io);
  return 0;
}
