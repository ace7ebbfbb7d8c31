// The text of an exported scenario file: indented as people read it, but one lead and one event per
// line. Indenting each event's fields too made a file of 200,000 generated events 20.6 MB, over the
// import limit, so a scenario exported here could not be opened again; one line per event is also
// what a diff of two exports reads best.
import type { Scenario } from '../../../domain';

const ONE_PER_LINE = new Set(['leads', 'events']);

function indented(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

function listOnePerLine(list: readonly unknown[]): string {
  if (list.length === 0) return '[]';
  return `[\n${list.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
}

/** The scenario as JSON text (keys in the scenario's own order), ending with a newline. */
export function scenarioFileText(scenario: Scenario): string {
  const entries = Object.entries(scenario).filter(([, v]) => v !== undefined);
  const body = entries
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${ONE_PER_LINE.has(key) && Array.isArray(value) ? listOnePerLine(value) : indented(value)}`)
    .join(',\n');
  return entries.length === 0 ? '{}\n' : `{\n${body}\n}\n`;
}
