// When the simulator's engine (its Web Worker) stops on its own: what is lost, and what is said.
import { isLoadDemoBot } from './checks-storage';
import type { BulkInfo, Workbench } from './types';

/** What the panel was doing when the engine stopped: each is done again its own way. */
export type StoppedDuring = 'run' | 'generate' | 'read' | 'export';

const AGAIN: Record<StoppedDuring, string> = {
  run: 'Run the simulation again to restart it.',
  generate: 'Generate the traffic again to restart it.',
  read: 'Import the file again to restart it.',
  export: 'Export the scenario again to restart it.',
};

/**
 * The words for an engine that stopped, from the client's ("The simulator's engine stopped (…).").
 * Nothing in the scenario is at fault, and pressing again starts a new engine (a reload would throw
 * away generated or imported traffic). `lost`: the traffic the engine held, gone with it. A run
 * starts again by itself once the page forgets that traffic, so it asks for no press then.
 */
export function stoppedWords(message: string, during: StoppedDuring, lost: BulkInfo | null): string {
  if (lost === null) return `${message} ${AGAIN[during]}`;
  const redo = lost.from === 'file' ? 'import the file again' : lost.from === 'generated' ? 'generate them again' : 'generate or import them again';
  const said = `${message.replace(/\.$/, '')}, and the ${lost.label} it held went with it: ${redo} to replay them.`;
  return during === 'read' || during === 'export' ? `${said} ${AGAIN[during]}` : said;
}

/**
 * The workbench without the traffic the engine held (and the load demo bots that came with it), as
 * a reload leaves it; the same workbench when it held none.
 */
export function withoutHeldTraffic(wb: Workbench): Workbench {
  return wb.bulk === null ? wb : { ...wb, bulk: null, otherBots: wb.otherBots.filter((b) => !isLoadDemoBot(b)) };
}
