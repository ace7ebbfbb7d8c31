import { describe, expect, test, vi } from 'vitest';
import { DemoSettings } from '../../src/api/demo-schema';
import { db, DEFAULT_SETTINGS } from '../db';
import { call, newBot } from '../test/api';

describe('/api/demo', () => {
  test('GET /api/demo/settings answers the switches, all off by default', async () => {
    const answer = await call('GET', '/api/demo/settings');
    expect(answer.status).toBe(200);
    expect(DemoSettings.parse(answer.body)).toEqual({ latency: 'none', failNextSave: 'none', plan: 'enterprise' });
  });

  test('PUT /api/demo/settings changes only the switches it names', async () => {
    const answer = await call('PUT', '/api/demo/settings', { failNextSave: 'network' });
    expect(answer).toMatchObject({ status: 200, body: { latency: 'none', failNextSave: 'network', plan: 'enterprise' } });
    expect(db.settings().failNextSave).toBe('network');
  });

  test('an unknown switch value is 422 at its path and changes nothing', async () => {
    const answer = await call('PUT', '/api/demo/settings', { latency: 'glacial' });
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: 'latency' }] } });
    expect(db.settings()).toEqual(DEFAULT_SETTINGS);
  });

  // On a simulated clock (msw's delay() is a setTimeout): no wall-clock figure to miss on a busy machine.
  test('"realistic" latency delays answers by 200–800 ms, "none" does not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const answered = (latency: 'none' | 'realistic') => {
        db.updateSettings({ latency });
        const state = { done: false };
        void call('GET', '/api/bots').then(() => (state.done = true));
        return state;
      };
      // The request's own work (no timer) gets turns of the event loop; the simulated clock stays put.
      const settle = async (state: { done: boolean }) => {
        for (let turn = 0; turn < 200 && !state.done; turn++) await new Promise((resolve) => setImmediate(resolve));
      };
      const quick = answered('none');
      await settle(quick);
      expect(quick.done).toBe(true);
      const slow = answered('realistic');
      // The latency's timer is set before the clock moves (else it would start late and the bound drift).
      await settle(slow);
      expect(slow.done).toBe(false);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(199);
      await settle(slow);
      expect(slow.done).toBe(false);
      await vi.advanceTimersByTimeAsync(601);
      await settle(slow);
      expect(slow.done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('POST /api/demo/reset restores the seed bots and the default switches', async () => {
    const seed = db.bots();
    await call('POST', '/api/bots', newBot());
    await call('DELETE', '/api/bots/vip');
    await call('PUT', '/api/demo/settings', { plan: 'base', latency: 'realistic', failNextSave: '500' });
    const answer = await call('POST', '/api/demo/reset');
    expect(answer).toEqual({ status: 200, body: DEFAULT_SETTINGS });
    expect(db.bots()).toEqual(seed);
    expect((await call('GET', '/api/bots')).body).toEqual(seed);
  });

  test('an address under /api that does not exist is a JSON 404', async () => {
    expect(await call('GET', '/api/nothing-here')).toMatchObject({ status: 404, body: { message: expect.any(String) } });
  });
});
