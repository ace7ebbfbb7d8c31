// `npm run --silent simulate -- FILE.json` and `-- --check FILE...` (SPEC §8). The TypeScript CLI is
// bundled once with esbuild (rebuilt when src/domain, src/engine, src/cli or src/lib change) so that each call
// starts fast. Only the result goes to stdout; build messages, if any, go to stderr.
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle-cache.mjs';

let bundle;
try {
  bundle = await ensureBundle('src/cli/simulate.ts', 'simulate.mjs', ['src/domain', 'src/engine', 'src/cli', 'src/lib']);
} catch (e) {
  process.stderr.write(`Could not build the simulate command: ${e instanceof Error ? e.message : String(e)}\n`);
  process.stdout.write(JSON.stringify({ errors: [{ path: '', message: 'The simulate command could not be built.' }] }) + '\n');
  process.exit(2);
}
// A reader that stops early (`| head`, a closed pager) is not an error of ours: stop writing and exit
// quietly with the code the command had, as other command-line tools do, instead of a stack trace.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = main(process.argv.slice(2));
