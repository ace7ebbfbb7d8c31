import { describe, expect, test } from 'vitest';
import { Account } from '../../src/domain';
import { call } from '../test/api';

describe('GET /api/account', () => {
  test('answers the demo account (200)', async () => {
    const answer = await call('GET', '/api/account');
    expect(answer.status).toBe(200);
    expect(Account.parse(answer.body)).toMatchObject({ id: 'acc-demo', plan: 'enterprise', timezone: 'America/New_York' });
  });

  test('the plan switch changes the plan the account reports', async () => {
    expect(await call('PUT', '/api/demo/settings', { plan: 'base' })).toMatchObject({ status: 200, body: { plan: 'base' } });
    expect(Account.parse((await call('GET', '/api/account')).body).plan).toBe('base');
    await call('PUT', '/api/demo/settings', { plan: 'advanced' });
    expect(Account.parse((await call('GET', '/api/account')).body).plan).toBe('advanced');
  });
});
