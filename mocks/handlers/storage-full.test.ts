// @vitest-environment jsdom
// The browser's storage for the site is full (localStorage.setItem throws QuotaExceededError): every
// change answers 507 and changes nothing, in memory either, so a reload shows what the page showed.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Bot } from '../../src/domain';
import { db, DATA_KEY } from '../db';
import { call, newBot } from '../test/api';

const full = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

/** What the store holds in memory and what a reload would read back. */
const stored = () => ({ memory: db.bots(), settings: db.settings(), raw: localStorage.getItem(DATA_KEY) });
const afterReload = () => {
  db.persistTo(localStorage);
  return db.bots();
};

beforeEach(() => {
  localStorage.clear();
  db.persistTo(localStorage);
  // Something stored already, so that "what a reload reads" is the stored data, not the seed.
  db.create({ ...newBot({ name: 'Stored before' }), id: db.nextBotId(), version: 1 });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.persistTo(null);
  localStorage.clear();
});

const storageMessage = expect.stringMatching(/storage for this site is full.*nothing was changed/);

describe('with the browser storage full', () => {
  test('POST /api/bots is 507 with a message about the storage, and no bot appears, now or after a reload', async () => {
    const before = stored();
    full();
    const answer = await call('POST', '/api/bots', newBot({ name: 'Never stored' }));
    expect(answer).toEqual({ status: 507, body: { message: storageMessage } });
    expect(stored()).toEqual(before);
    vi.restoreAllMocks();
    expect(afterReload()).toEqual(before.memory);
  });

  test('the id a refused POST would have had is not used up', async () => {
    const id = db.nextBotId();
    full();
    expect((await call('POST', '/api/bots', newBot())).status).toBe(507);
    vi.restoreAllMocks();
    expect(Bot.parse((await call('POST', '/api/bots', newBot())).body).id).toBe(id);
  });

  test('PUT /api/bots/:id is 507 and the bot keeps its stored version', async () => {
    const bot = db.bot('follow-up')!;
    const before = stored();
    full();
    const answer = await call('PUT', '/api/bots/follow-up', { ...bot, name: 'Never stored' });
    expect(answer).toEqual({ status: 507, body: { message: storageMessage } });
    expect(stored()).toEqual(before);
    expect(db.bot('follow-up')).toEqual(bot);
    vi.restoreAllMocks();
    expect(afterReload()).toEqual(before.memory);
    // Once there is room again, the same save goes through with the version it was based on.
    expect(await call('PUT', '/api/bots/follow-up', { ...bot, name: 'Stored at last' })).toMatchObject({ status: 200, body: { version: bot.version + 1 } });
  });

  test('DELETE /api/bots/:id is 507 and the bot is still there', async () => {
    const before = stored();
    full();
    const answer = await call('DELETE', '/api/bots/welcome');
    expect(answer).toEqual({ status: 507, body: { message: expect.stringMatching(/could not record the deletion; nothing was changed/) } });
    expect(stored()).toEqual(before);
    expect(db.bot('welcome')).toBeDefined();
  });

  test('an armed failure stays armed when the storage refuses to disarm it', async () => {
    db.updateSettings({ failNextSave: '500' });
    full();
    expect((await call('POST', '/api/bots', newBot())).status).toBe(507);
    expect(db.settings().failNextSave).toBe('500');
  });

  test('the demo switches and the reset are 507 too, and change nothing', async () => {
    const before = stored();
    full();
    expect(await call('PUT', '/api/demo/settings', { latency: 'slow' })).toMatchObject({ status: 507, body: { message: storageMessage } });
    expect(await call('POST', '/api/demo/reset')).toMatchObject({ status: 507, body: { message: storageMessage } });
    expect(stored()).toEqual(before);
  });

  test('a change whose second write is refused puts the first one back', () => {
    const raw = localStorage.getItem(DATA_KEY);
    db.updateSettings({ latency: 'slow' });
    const realSetItem = Storage.prototype.setItem;
    // reset() writes the bots, then the switches: only the second write is refused.
    let writes = 0;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      realSetItem.call(this, key, value);
    });
    expect(() => db.reset()).toThrow(/storage/);
    expect(localStorage.getItem(DATA_KEY)).toBe(raw);
    expect(db.settings().latency).toBe('slow');
  });
});
