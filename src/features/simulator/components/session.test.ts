import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../../domain';
import { EMPTY_WORKBENCH } from '../model/types';
import { forgetAllWorkbenches, IDLE_STOP_MS, recallWorkbench, rememberWorkbench, retainClient } from './session';

afterEach(() => {
  vi.useRealTimers();
  forgetAllWorkbenches();
});

describe('the shared engine', () => {
  it('stops a minute after the last panel closed, and the scenarios kept forget its traffic and the load demo bots that came with it', () => {
    vi.useFakeTimers();
    const bot = (id: string) => ({ id }) as Bot;
    const release = retainClient();
    rememberWorkbench('b1', { ...EMPTY_WORKBENCH, bulk: { label: '300 generated events', events: 300, leads: 10_000 }, otherBots: [bot('load-1'), bot('file-2')] });
    release();
    vi.advanceTimersByTime(IDLE_STOP_MS - 1);
    expect(recallWorkbench('b1')?.bulk).not.toBeNull(); // a panel reopened within the minute finds it
    vi.advanceTimersByTime(1);
    expect(recallWorkbench('b1')).toMatchObject({ bulk: null, otherBots: [bot('file-2')] });
  });
});
