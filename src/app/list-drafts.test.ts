// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TRIGGER } from '../features/trigger-setup';
import { newBotChecksKey } from '../features/simulator/model/checks-storage';
import { forgetAllWorkbenches } from '../features/simulator/components/session';
import { forgetTabSlot, tabSlot } from '../lib/tab-slot';
import { listDrafts, NEW_BOT_EVENTS_PREFIX, otherNewBotEventSlots, SHARED_NEW_BOT_EVENTS_KEY } from './list-drafts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const EVENTS = '{"v":1,"name":"Composed in another tab","leads":[],"events":[],"mainBotRef":null,"otherBots":[]}';
const MINE = '{"v":1,"name":"Composed here","leads":[],"events":[],"mainBotRef":null,"otherBots":[]}';

/** A new bot's draft as the dialog keeps it, in the tab `slot`. */
function keepDraft(slot: string, name: string): void {
  const form = { name, enabled: true, triggers: [DEFAULT_TRIGGER], conditions: [], activeHours: null, keepUnanswered: false };
  localStorage.setItem(`salesbot-studio:new-draft:${slot}`, JSON.stringify({ form, baseVersion: 0, savedAt: '2026-06-01T12:00:00Z' }));
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  forgetTabSlot();
  forgetAllWorkbenches();
});

it('reads the places of new bots’ events where the simulator keeps them', () => {
  expect(`${NEW_BOT_EVENTS_PREFIX}${A}`).toBe(newBotChecksKey(A));
  expect(SHARED_NEW_BOT_EVENTS_KEY).toBe(newBotChecksKey(''));
});

describe('otherNewBotEventSlots', () => {
  it('lists the other tabs whose new bot has events kept, the place all tabs once shared as ""; not this tab’s, nor keys of another shape', () => {
    localStorage.setItem(newBotChecksKey(B), EVENTS);
    localStorage.setItem(newBotChecksKey(A), EVENTS);
    localStorage.setItem(newBotChecksKey(''), EVENTS);
    localStorage.setItem(newBotChecksKey(tabSlot()), MINE);
    localStorage.setItem(`${NEW_BOT_EVENTS_PREFIX}NOT A SLOT`, EVENTS);
    localStorage.setItem('salesbot-studio:checks:follow-up', EVENTS);
    expect(otherNewBotEventSlots()).toEqual(['', A, B]);
  });
});

describe('the new bot of another tab with events but no draft (its form never changed)', () => {
  it('is offered, after the new bots with a draft; one with both is offered once, as a draft', () => {
    keepDraft(A, 'Spring promo');
    localStorage.setItem(newBotChecksKey(A), EVENTS);
    localStorage.setItem(newBotChecksKey(B), EVENTS);
    expect(listDrafts.others?.()).toEqual([
      // With when it was last changed: the list tells offers of one name apart by it.
      { slot: A, name: 'Spring promo', savedAt: '2026-06-01T12:00:00Z' },
      { slot: B, name: '', eventsOnly: true },
    ]);
  });

  it('is continued here, its events moved to this tab’s new bot', async () => {
    localStorage.setItem(newBotChecksKey(B), EVENTS);
    expect(await listDrafts.continueOther?.(B)).toBe(true);
    expect(localStorage.getItem(newBotChecksKey(tabSlot()))).toBe(EVENTS);
    expect(localStorage.getItem(newBotChecksKey(B))).toBeNull();
    expect(listDrafts.others?.()).toEqual([]);
  });

  it('waits while this tab has an unsaved new bot, or events of its own: nothing moves until then', async () => {
    localStorage.setItem(newBotChecksKey(B), EVENTS);
    keepDraft(tabSlot(), 'Mine');
    expect(await listDrafts.continueOther?.(B)).toBe(false);
    localStorage.removeItem(`salesbot-studio:new-draft:${tabSlot()}`);
    localStorage.setItem(newBotChecksKey(tabSlot()), MINE);
    expect(await listDrafts.continueOther?.(B)).toBe(false);
    expect(localStorage.getItem(newBotChecksKey(B))).toBe(EVENTS);
    expect(localStorage.getItem(newBotChecksKey(tabSlot()))).toBe(MINE);
    // This tab's events discarded (its new bot's dialog did): now they come.
    localStorage.removeItem(newBotChecksKey(tabSlot()));
    expect(await listDrafts.continueOther?.(B)).toBe(true);
    expect(localStorage.getItem(newBotChecksKey(tabSlot()))).toBe(EVENTS);
  });

  it('is discarded, events gone by the time the discard is done (the list then reads them again)', async () => {
    localStorage.setItem(newBotChecksKey(B), EVENTS);
    await listDrafts.discardOther?.(B);
    expect(localStorage.getItem(newBotChecksKey(B))).toBeNull();
    expect(listDrafts.others?.()).toEqual([]);
  });
});
