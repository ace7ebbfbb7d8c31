import { describe, expect, it } from 'vitest';
import type { Bot } from '../../../domain';
import { EMPTY_WORKBENCH } from './types';
import { stoppedWords, withoutHeldTraffic } from './engine-stopped';

const STOPPED = "The simulator's engine stopped (Out of memory).";

describe('stoppedWords', () => {
  it('says how to get back the traffic the engine held, by where it came from', () => {
    expect(stoppedWords(STOPPED, 'run', { label: '700 events and 3 leads from the file', events: 700, leads: 3, from: 'file' })).toBe(
      "The simulator's engine stopped (Out of memory), and the 700 events and 3 leads from the file it held went with it: import the file again to replay them.",
    );
    // Exporting stopped too: its own "again" follows.
    expect(stoppedWords(STOPPED, 'export', { label: '2,000 generated events over 100 leads (seed 42)', events: 2000, leads: 100, from: 'generated' })).toBe(
      "The simulator's engine stopped (Out of memory), and the 2,000 generated events over 100 leads (seed 42) it held went with it: generate them again to replay them. Export the scenario again to restart it.",
    );
  });

  it('with nothing held, says what to do again', () => {
    expect(stoppedWords(STOPPED, 'read', null)).toBe(`${STOPPED} Import the file again to restart it.`);
  });
});

describe('withoutHeldTraffic', () => {
  it('drops the held traffic and the load demo bots that came with it, keeping a file’s other bots', () => {
    const bot = (id: string) => ({ id }) as Bot;
    const wb = { ...EMPTY_WORKBENCH, bulk: { label: 'x', events: 600, leads: 1 }, otherBots: [bot('load-1'), bot('file-2')] };
    expect(withoutHeldTraffic(wb)).toEqual({ ...wb, bulk: null, otherBots: [bot('file-2')] });
    const none = { ...EMPTY_WORKBENCH, otherBots: [bot('load-1')] };
    expect(withoutHeldTraffic(none)).toBe(none);
  });
});
