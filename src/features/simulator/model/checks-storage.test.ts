// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bot, SimEvent } from '../../../domain';
import { browserStorage, checksKey, loadChecks, MAX_STORED_CHECKS_BYTES, saveChecks, unreadableChecks, unreadableKey } from './checks-storage';
import { EMPTY_WORKBENCH, type Workbench } from './types';
import { DRAFT_ID } from './build-scenario';
import { forgetTabSlot } from '../../../lib/tab-slot';


const EVENTS: SimEvent[] = [
  { at: '2026-06-01T14:00:00Z', type: 'lead_created', lead: { id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0, tagIds: [] } },
  { at: '2026-06-01T14:05:00Z', type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' },
];
const composed: Workbench = { ...EMPTY_WORKBENCH, events: EVENTS };

afterEach(() => localStorage.clear());

describe('the scenario kept with a bot', () => {
  it('keeps events composed by hand, with no expectations, so that a reload loses none of them', () => {
    expect(saveChecks(localStorage, 'b1', composed)).toBe('saved');
    const back = loadChecks(localStorage, 'b1')?.workbench;
    expect(back?.events).toEqual(EVENTS);
    expect(back?.expect).toBeUndefined();
  });

  it('keeps expectations with their scenario', () => {
    const checked: Workbench = { ...composed, expect: { activations: [{ botId: 'b1', leadId: 'l1', at: '2026-06-01T14:15:00Z' }] } };
    expect(saveChecks(localStorage, 'b1', checked)).toBe('saved');
    expect(loadChecks(localStorage, 'b1')?.workbench.expect).toEqual(checked.expect);
  });

  it("keeps the choice to include the account's other bots with the scenario, and nothing when it is off", () => {
    expect(saveChecks(localStorage, 'b1', { ...composed, includeAccountBots: true })).toBe('saved');
    expect(loadChecks(localStorage, 'b1')).toEqual({ workbench: { ...composed, includeAccountBots: true }, unreadable: false });
    saveChecks(localStorage, 'b1', composed);
    expect(localStorage.getItem(checksKey('b1'))).not.toContain('includeAccountBots');
    expect(loadChecks(localStorage, 'b1')?.workbench).not.toHaveProperty('includeAccountBots');
    // A value of another kind is not a choice: left out, and the copy set aside as for any unreadable part.
    localStorage.setItem(checksKey('b1'), JSON.stringify({ ...JSON.parse(localStorage.getItem(checksKey('b1'))!), includeAccountBots: 'yes' }));
    expect(loadChecks(localStorage, 'b1')).toEqual({ workbench: composed, unreadable: true });
  });

  it('forgets the scenario once it is emptied', () => {
    saveChecks(localStorage, 'b1', composed);
    expect(saveChecks(localStorage, 'b1', EMPTY_WORKBENCH)).toBe('removed');
    expect(localStorage.getItem(checksKey('b1'))).toBeNull();
  });

  it('brings back an event that names a lead no longer there, and an emptied id, as they were', () => {
    // Event 1 (which created l1) was deleted: event 2 now breaks a rule, which the panel shows.
    const broken: Workbench = {
      ...EMPTY_WORKBENCH,
      leads: [{ id: '', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }],
      events: [EVENTS[1]!, { at: '2026-06-01T14:06:00Z', type: 'call_received', leadId: '' }],
    };
    expect(saveChecks(localStorage, 'b1', broken)).toBe('saved');
    const back = loadChecks(localStorage, 'b1');
    expect(back).toEqual({ workbench: broken, unreadable: false });
    expect(unreadableChecks(localStorage, 'b1')).toBeNull();
  });

  it('sets aside, without deleting, a kept copy that cannot be read at all, and says so', () => {
    for (const text of ['{"v":1,"events":[', '[1,2,3]', '{"v":2,"events":[]}']) {
      localStorage.setItem(checksKey('b1'), text);
      expect(loadChecks(localStorage, 'b1')).toEqual({ workbench: EMPTY_WORKBENCH, unreadable: true });
      // Loading deletes nothing: the original is still there, and a copy waits for the admin.
      expect(localStorage.getItem(checksKey('b1'))).toBe(text);
      expect(localStorage.getItem(unreadableKey('b1'))).toBe(text);
    }
  });

  it('keeps what it can read of a copy with an item of an unknown kind, and sets the whole copy aside', () => {
    saveChecks(localStorage, 'b1', composed);
    const stored = JSON.parse(localStorage.getItem(checksKey('b1'))!) as { events: unknown[] };
    stored.events.push({ at: '2026-06-01T14:10:00Z', type: 'teleported', leadId: 'l1' });
    const text = JSON.stringify(stored);
    localStorage.setItem(checksKey('b1'), text);
    const back = loadChecks(localStorage, 'b1');
    expect(back?.unreadable).toBe(true);
    expect(back?.workbench.events).toEqual(EVENTS);
    expect(unreadableChecks(localStorage, 'b1')).toBe(text);
  });

  it('with generated traffic, keeps the events, leads and expectations composed here, not the load demo bots', () => {
    const loadBot = { id: 'load-1' } as Bot;
    const fileBot = { id: 'b-other' } as Bot;
    const withTraffic: Workbench = {
      ...composed,
      expect: { activations: [{ botId: 'b1', leadId: 'l1', at: '2026-06-01T14:15:00Z' }] },
      otherBots: [fileBot, loadBot],
      bulk: { label: '100,000 generated events', events: 100_000, leads: 2_000 },
    };
    expect(saveChecks(localStorage, 'b1', withTraffic)).toBe('saved');
    const back = loadChecks(localStorage, 'b1')?.workbench;
    expect(back?.events).toEqual(EVENTS);
    expect(back?.expect).toEqual(withTraffic.expect);
    expect(back?.bulk).toBeNull();
    expect(JSON.parse(localStorage.getItem(checksKey('b1'))!).otherBots).toEqual([fileBot]);
  });

  it('removes the older copy when the scenario is too large or the browser refuses it, so that a reload brings back nothing stale', () => {
    saveChecks(localStorage, 'b1', composed);
    const huge: Workbench = { ...composed, name: 'x'.repeat(MAX_STORED_CHECKS_BYTES) };
    expect(saveChecks(localStorage, 'b1', huge)).toBe('too-large');
    expect(localStorage.getItem(checksKey('b1'))).toBeNull();

    saveChecks(localStorage, 'b1', composed);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(saveChecks(localStorage, 'b1', { ...composed, events: [EVENTS[0]!] })).toBe('unavailable');
    } finally {
      full.mockRestore();
    }
    expect(localStorage.getItem(checksKey('b1'))).toBeNull();
    expect(saveChecks(undefined, 'b1', composed)).toBe('unavailable');
    expect(saveChecks(undefined, 'b1', EMPTY_WORKBENCH)).toBe('removed');
  });

  it('keeps a scenario of exactly 2 MB of text, and refuses one a character longer', () => {
    saveChecks(localStorage, 'b1', { ...composed, name: '' });
    const bare = localStorage.getItem(checksKey('b1'))!.length;
    const sized = (length: number): Workbench => ({ ...composed, name: 'x'.repeat(length - bare) });
    expect(saveChecks(localStorage, 'b1', sized(MAX_STORED_CHECKS_BYTES))).toBe('saved');
    expect(localStorage.getItem(checksKey('b1'))).toHaveLength(MAX_STORED_CHECKS_BYTES);
    expect(saveChecks(localStorage, 'b1', sized(MAX_STORED_CHECKS_BYTES + 1))).toBe('too-large');
    expect(localStorage.getItem(checksKey('b1'))).toBeNull();
  });

  it('finds no storage, rather than throwing, when the browser blocks site data', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      expect(browserStorage()).toBeUndefined();
    } finally {
      blocked.mockRestore();
    }
    expect(browserStorage()).toBe(localStorage);
  });
});

describe('the new bot’s scenario, per tab', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    forgetTabSlot();
  });
  /** Another tab of this browser: its own sessionStorage (and slot), the same localStorage. */
  const switchTab = () => {
    sessionStorage.clear();
    forgetTabSlot();
  };

  it('keeps each tab’s new bot scenario, and its unreadable copy, apart', () => {
    const storage = browserStorage()!;
    storage.setItem(checksKey(DRAFT_ID), 'not JSON');
    expect(loadChecks(storage, DRAFT_ID)?.unreadable).toBe(true);
    expect(unreadableChecks(storage, DRAFT_ID)).toBe('not JSON');
    switchTab();
    expect(loadChecks(storage, DRAFT_ID)).toBeNull();
    expect(unreadableChecks(storage, DRAFT_ID)).toBeNull();
  });
});
