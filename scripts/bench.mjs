// `npm run bench`: bundles src/engine/bench/run-bench.ts with esbuild (cached like the simulate command)
// and runs it under --expose-gc so that heap growth can be measured from a clean heap.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle, root } from './bundle-cache.mjs';

if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
const bundle = await ensureBundle('src/engine/bench/run-bench.ts', 'bench.mjs', ['src/domain', 'src/engine', 'src/cli', 'src/lib']);
const { runBench } = await import(pathToFileURL(bundle).href);
runBench({ root, cacheDir: join(root, 'node_modules', '.cache', 'salesbot') });
