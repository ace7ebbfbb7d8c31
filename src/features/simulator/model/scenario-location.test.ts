import { describe, expect, it } from 'vitest';
import { scenarioLocation } from './scenario-location';

describe('scenarioLocation', () => {
  it.each([
    ['events.0.leadId', 'Event 1'],
    ['events.12', 'Event 13'],
    ['leads.1.stageId', 'Lead 2 at the start'],
    ['bots.0.triggers.2.stageIds', 'Bot 1'],
    ['until', 'Until'],
    ['', 'The scenario'],
    ['expect.activations.0', 'Expectations'],
  ])('%s → %s', (path, words) => {
    expect(scenarioLocation(path)).toBe(words);
  });
});
