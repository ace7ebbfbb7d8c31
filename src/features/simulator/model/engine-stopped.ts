// When the simulator's engine (its Web Worker) stops on its own: what is said.

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
 * away generated or imported traffic).
 */
export function stoppedWords(message: string, during: StoppedDuring): string {
  return `${message} ${AGAIN[during]}`;
}
