// The real command (scripts/simulate.mjs) when its reader goes away early, as with `simulate FILE | head`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { standardWorkload } from '../engine/bench/workload';

const script = fileURLToPath(new URL('../../scripts/simulate.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'simulate-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command on `file`, reads its first chunk of stdout, then closes the pipe. */
function readFirstChunkThenClose(file: string): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
}

describe('simulate FILE | head', () => {
  it('stops quietly with exit 0 when the reader closes the pipe early, with no stack trace', async () => {
    // Several megabytes of result: far more than a pipe holds, so writes are still pending when it closes.
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(standardWorkload(7, { leads: 2_000, events: 40_000, bots: 20 })));
    const { code, first, stderr } = await readFirstChunkThenClose(file);
    expect(first.startsWith('{"activations":[')).toBe(true);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
