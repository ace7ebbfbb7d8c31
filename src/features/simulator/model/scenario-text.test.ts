import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { MAX_IMPORT_BYTES } from '../worker/protocol';
import { scenarioFileText } from './scenario-text';
import { generateTraffic, MAX_TRAFFIC_EVENTS, TRAFFIC_KINDS } from './traffic';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const small = {
  name: 'Two events',
  account: ACCOUNT,
  leads: [{ id: 'l1', pipelineId: 'p-sales', stageId: 's-new', responsibleUserId: 'u-anna', price: 0 }],
  bots: [],
  events: [
    { at: '2026-06-01T13:00:00Z', type: 'call_received', leadId: 'l1' },
    { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' },
  ],
  start: '2026-06-01T12:00:00Z',
} as const;

describe('scenarioFileText', () => {
  it('reads back as the same scenario, keys in the same order', () => {
    const text = scenarioFileText(small as never);
    expect(JSON.parse(text)).toEqual(small);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(small));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('puts each lead and each event on a line of its own, and indents the rest', () => {
    const lines = scenarioFileText(small as never).split('\n');
    expect(lines).toContain('    {"at":"2026-06-01T13:00:00Z","type":"call_received","leadId":"l1"},');
    expect(lines).toContain('    {"at":"2026-06-01T14:00:00Z","type":"call_received","leadId":"l1"}');
    expect(lines.filter((l) => l.includes('"id":"l1"'))).toHaveLength(1);
    expect(lines).toContain('  "account": {');
    expect(lines).toContain('  "bots": [],');
  });

  it('can be opened again after the largest traffic the simulator generates', () => {
    // The longest events (field changes), the most of them, over the most leads.
    const sizes = TRAFFIC_KINDS.map((kind) => {
      const r = generateTraffic(
        { count: kind === 'field_updated' ? MAX_TRAFFIC_EVENTS : 2000, kinds: [kind], from: '2026-06-01T13:00:00Z', to: '2026-06-02T13:00:00Z', seed: 1, leads: kind === 'field_updated' ? 100_000 : 1000 },
        ACCOUNT,
      );
      if (!r.ok) throw new Error(r.message);
      const text = scenarioFileText({ ...parsed.value, leads: r.traffic.leads, events: r.traffic.events });
      return { kind, bytes: new TextEncoder().encode(text).length, text, perEvent: text.length / r.traffic.events.length };
    });
    const longest = [...sizes].sort((a, b) => b.perEvent - a.perEvent)[0]!;
    expect(longest.kind).toBe('field_updated');
    expect(longest.bytes).toBeLessThan(MAX_IMPORT_BYTES);
    const back = parseScenarioText(longest.text, MAX_IMPORT_BYTES);
    expect(back.ok).toBe(true);
  }, 60_000);
});
