// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { checksKey } from '../features/simulator/model/checks-storage';
import { DRAFT_ID } from '../features/simulator/model/build-scenario';
import { newBotScenarioEvents } from '../lib/new-bot-scenario';

afterEach(() => localStorage.clear());

it('counts the events of this tab’s new bot where the simulator keeps them', () => {
  expect(newBotScenarioEvents()).toBeNull();
  localStorage.setItem(checksKey(DRAFT_ID), JSON.stringify({ v: 1, name: 'Mine', leads: [], events: [{}, {}, {}], mainBotRef: null, otherBots: [] }));
  expect(newBotScenarioEvents()).toBe(3);
  localStorage.setItem(checksKey(DRAFT_ID), JSON.stringify({ v: 1, name: 'Leads only', leads: [{}], events: [], mainBotRef: null, otherBots: [] }));
  expect(newBotScenarioEvents()).toBe(0);
  localStorage.setItem(checksKey(DRAFT_ID), 'not json');
  expect(newBotScenarioEvents()).toBe(0);
  // A saved bot's scenario is no new bot's.
  localStorage.clear();
  localStorage.setItem(checksKey('welcome'), JSON.stringify({ v: 1, name: 'Saved', leads: [], events: [{}], mainBotRef: null, otherBots: [] }));
  expect(newBotScenarioEvents()).toBeNull();
});
