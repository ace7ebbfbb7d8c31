#!/usr/bin/env node
// Lighthouse (desktop preset) on the demo build, served by `vite preview`; prints a table and
// fails below the budgets: performance ≥ 95, accessibility 100, best practices 100.
// Lighthouse is fetched by npx from the npm registry on first use (pinned; not a project dependency).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.AUDIT_PORT ?? 4181);
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = join(root, '.lighthouse');
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100 };

if (!existsSync(chrome)) {
  console.error(`Chromium was not found at ${chrome}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
execFileSync('npm', ['run', '--silent', 'build:demo'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

await waitForServer();
const report = join(outDir, 'report.json');
execFileSync(
  'npx',
  [
    '-y',
    LIGHTHOUSE,
    `http://localhost:${port}/`,
    '--preset=desktop',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
);
stop();

const lhr = JSON.parse(readFileSync(report, 'utf8'));
let failed = false;
console.log('| category | score | budget |\n|---|---|---|');
for (const [id, min] of Object.entries(budgets)) {
  const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
  if (score < min) failed = true;
  console.log(`| ${lhr.categories[id]?.title ?? id} | ${score} | ≥ ${min} |`);
}
for (const [id, cat] of Object.entries(lhr.categories)) {
  for (const ref of cat.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && id !== 'performance') {
      console.log(`  ${id}: ${audit.id} — ${audit.title}`);
    }
  }
}
const m = (id) => lhr.audits[id]?.displayValue ?? '?';
console.log(`FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
process.exit(failed ? 1 : 0);
