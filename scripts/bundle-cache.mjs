// Bundles a TypeScript entry with esbuild into node_modules/.cache/salesbot/ when the bundle is
// missing or older than any source file it depends on; returns the bundle's path.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// One folder per checkout: a git worktree may share node_modules with the main checkout, and its
// bundles (built from its own sources) must not overwrite the other's or be taken for them.
const cacheDir = join(root, 'node_modules', '.cache', 'salesbot', createHash('sha1').update(root).digest('hex').slice(0, 8));

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|tsx|js|mjs|json)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** entry: path relative to the repo root; sourceDirs: folders whose changes make the bundle stale. */
export async function ensureBundle(entry, name, sourceDirs) {
  const out = join(cacheDir, name);
  let built;
  try {
    built = statSync(out).mtimeMs;
  } catch {
    built = 0;
  }
  const newest = Math.max(newestMtime(join(root, 'scripts')), ...sourceDirs.map((d) => newestMtime(join(root, d))));
  if (built > 0 && built >= newest) return out;
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [join(root, entry)],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
  });
  renameSync(tmp, out); // atomic: a concurrent run never imports a half-written bundle
  return out;
}
