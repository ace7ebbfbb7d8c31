import { describe, expect, test } from 'vitest';
import { apiUrl } from '../../src/lib/api-client';
import { db } from '../db';
import { call } from '../test/api';

describe('addresses and methods the mocked API does not serve', () => {
  test.each([
    ['PATCH', '/api/bots/vip', 'GET, PUT, DELETE'],
    ['DELETE', '/api/bots', 'GET, POST'],
    ['POST', '/api/account', 'GET'],
    ['DELETE', '/api/demo/settings', 'GET, PUT'],
    ['GET', '/api/demo/reset', 'POST'],
  ])('%s %s: 405, with the methods the address takes in Allow and in words', async (method, path, allow) => {
    const before = JSON.stringify(db.bots());
    const response = await fetch(apiUrl(path), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(await response.json()).toEqual({ message: `${path} does not take ${method}; it takes ${allow}.` });
    expect(JSON.stringify(db.bots())).toBe(before);
  });

  test('an address the API does not have is 404 as JSON, whatever the method', async () => {
    for (const method of ['GET', 'POST']) {
      for (const path of ['/api/bot', '/api/bots/vip/extra', '/api/demo']) {
        expect(await call(method, path)).toEqual({ status: 404, body: { message: 'The app asked the server for an address it does not know.' } });
      }
    }
  });
});
