#!/usr/bin/env node
// Initial JavaScript of the production build, gzip: the entry script and every chunk it preloads.
// Fails above the budget, and when msw or the simulator sneak into the initial chunks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1000;
const root = new URL('..', import.meta.url).pathname;
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

function build(mode, outDir) {
  execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return files.map((file) => {
    const code = readFileSync(join(outDir, file));
    return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, text: code.toString('utf8') };
  });
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let failed = false;

const prod = build('production', join(root, 'node_modules', '.cache', 'size', 'production'));
const total = prod.reduce((sum, f) => sum + f.gzip, 0);
console.log('Initial JavaScript of the production build (gzip):');
for (const f of prod) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzip).padStart(9)}  (${kb(f.raw)} raw)`);
console.log(`  ${'total'.padEnd(40)} ${kb(total).padStart(9)}  budget ${kb(BUDGET_BYTES)}`);
if (total > BUDGET_BYTES) {
  console.error(`FAIL: initial JavaScript is ${kb(total)}, over the ${kb(BUDGET_BYTES)} budget.`);
  failed = true;
}

// The demo build starts msw: it must still load the worker and the simulator on demand.
const demo = build('demo', join(root, 'node_modules', '.cache', 'size', 'demo'));
const demoTotal = demo.reduce((sum, f) => sum + f.gzip, 0);
console.log(`Initial JavaScript of the demo build (gzip): ${kb(demoTotal)}`);
for (const [what, marker] of [
  ['msw', 'mockServiceWorker'],
  ['the simulator engine worker', 'engine.worker'],
]) {
  if (demo.some((f) => f.text.includes(marker))) {
    console.error(`FAIL: ${what} is in the initial JavaScript; it should load on demand.`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log('size: within budget');
