// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { validateScenario, type SimEvent } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { checksKey, loadChecks, saveChecks } from './checks-storage';
import { EMPTY_WORKBENCH, type Workbench } from './types';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const EVENTS: SimEvent[] = [
  { at: '2026-06-01T14:00:00Z', type: 'lead_created', lead: { id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0, tagIds: [] } },
  { at: '2026-06-01T14:05:00Z', type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' },
];
const composed: Workbench = { ...EMPTY_WORKBENCH, events: EVENTS };

afterEach(() => localStorage.clear());

describe('the scenario kept with a bot', () => {
  it('keeps events composed by hand, with no expectations, so that a reload loses none of them', () => {
    expect(saveChecks(localStorage, 'b1', composed)).toBe('saved');
    const back = loadChecks(localStorage, 'b1', ACCOUNT);
    expect(back?.events).toEqual(EVENTS);
    expect(back?.expect).toBeUndefined();
  });

  it('keeps expectations with their scenario', () => {
    const checked: Workbench = { ...composed, expect: { activations: [{ botId: 'b1', leadId: 'l1', at: '2026-06-01T14:15:00Z' }] } };
    expect(saveChecks(localStorage, 'b1', checked)).toBe('saved');
    expect(loadChecks(localStorage, 'b1', ACCOUNT)?.expect).toEqual(checked.expect);
  });

  it('forgets the scenario once it is emptied, and never keeps worker-held traffic', () => {
    saveChecks(localStorage, 'b1', composed);
    expect(saveChecks(localStorage, 'b1', EMPTY_WORKBENCH)).toBe('removed');
    expect(localStorage.getItem(checksKey('b1'))).toBeNull();
    saveChecks(localStorage, 'b1', composed);
    expect(saveChecks(localStorage, 'b1', { ...composed, bulk: { label: 'Generated', events: 100_000, leads: 2_000 } })).toBe('removed');
    expect(loadChecks(localStorage, 'b1', ACCOUNT)).toBeNull();
  });
});
