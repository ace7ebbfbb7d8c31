import { describe, expect, it } from 'vitest';
import { simulate, simulateLog } from '../../../engine';
import { validateScenario, type Scenario } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { SAMPLES, loadSample } from '../samples';
import { buildColumns, rowAt } from './columns';
import { activationAt, tableOf } from './result-table';
import { generateTraffic, loadDemoBots, TRAFFIC_KINDS } from './traffic';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

function generated(): Scenario {
  const made = generateTraffic({ count: 3000, kinds: TRAFFIC_KINDS, from: '2026-06-01T13:00:00Z', to: '2026-06-03T13:00:00Z', seed: 5, leads: 200 }, ACCOUNT);
  if (!made.ok) throw new Error(made.message);
  return { name: 'Generated', account: ACCOUNT, leads: made.traffic.leads, bots: loadDemoBots(20, ACCOUNT, 5), events: made.traffic.events };
}

const scenarios: [string, Scenario][] = [
  ...SAMPLES.map((s): [string, Scenario] => {
    const loaded = loadSample(s);
    if (!loaded.ok) throw new Error(s.id);
    return [s.label, loaded.value];
  }),
  ['3,000 generated events, 20 load demo bots', generated()],
];

describe('the engine result as the worker reads it', () => {
  it.each(scenarios)('gives the same rows and runs from the engine’s columns as from its objects: %s', (_, scenario) => {
    const log = simulateLog(scenario);
    const objects = simulate(scenario);
    const rows = (c: ReturnType<typeof buildColumns>) => Array.from({ length: c.count }, (_, k) => rowAt(c, k));
    expect(rows(buildColumns(log))).toEqual(rows(buildColumns(tableOf(objects))));
    expect(Array.from({ length: log.runs.count }, (_, i) => activationAt(log, i))).toEqual(objects.activations);
    expect(log.skips.count).toBe(objects.skipped.length);
  });
});
