// Saves and deletions that meet each other: in one tab (two requests in flight at once) and across
// tabs (another tab's change reaches this tab's store only through the shared storage).
import { afterEach, describe, expect, test } from 'vitest';
import type { Bot } from '../../src/domain';
import { jsonBytes } from '../../src/domain';
import { db, DATA_KEY, SETTINGS_KEY, type KeyValueStorage } from '../db';
import { call, newBot } from '../test/api';

afterEach(() => db.persistTo(null));

/** The storage two tabs share, which this tab's store reads only when told to. */
function sharedStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** Another tab changes what is stored, as its own store would write it; this tab hears nothing. */
function anotherTabWrites(storage: KeyValueStorage, change: (bots: Bot[]) => Bot[]): void {
  // Nothing is stored until a first change: then the other tab starts from the seed, as this one does.
  const text = storage.getItem(DATA_KEY);
  const stored = text ? (JSON.parse(text) as { bots: Bot[]; nextId: number }) : { bots: db.bots(), nextId: 1 };
  storage.setItem(DATA_KEY, JSON.stringify({ ...stored, bots: change(stored.bots) }));
}

describe('requests that meet', () => {
  test('two saves of one version at once: one is stored, the other is told of it (409), nothing is lost silently', async () => {
    const stored = db.bot('welcome')!;
    const answers = await Promise.all([call('PUT', '/api/bots/welcome', { ...stored, name: 'A' }), call('PUT', '/api/bots/welcome', { ...stored, name: 'B' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const won = answers.find((a) => a.status === 200)!.body as Bot;
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ current: { name: won.name, version: 2 } });
    expect(db.bot('welcome')).toMatchObject({ name: won.name, version: 2 });
  });

  test('a save meeting a deletion of its bot is stored first or gets 404 (the app offers a new bot), never a 500', async () => {
    const stored = db.bot('welcome')!;
    const [put, del] = await Promise.all([call('PUT', '/api/bots/welcome', { ...stored, name: 'A' }), call('DELETE', '/api/bots/welcome')]);
    expect(del.status).toBe(204);
    expect([200, 404]).toContain(put.status);
    expect(db.bot('welcome')).toBeUndefined();
  });

  test("a save after another tab saved the same bot is 409 with that tab's version, not written over it", async () => {
    const storage = sharedStorage();
    db.persistTo(storage);
    const stored = db.bot('welcome')!;
    anotherTabWrites(storage, (bots) => bots.map((b) => (b.id === 'welcome' ? { ...b, name: 'Saved in the other tab', version: b.version + 1 } : b)));
    const answer = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Mine' });
    expect(answer).toMatchObject({ status: 409, body: { current: { name: 'Saved in the other tab', version: stored.version + 1 } } });
  });

  test('a save or deletion of a bot another tab deleted is 404; a new bot does not take an id another tab gave', async () => {
    const storage = sharedStorage();
    db.persistTo(storage);
    const stored = db.bot('vip')!;
    anotherTabWrites(storage, (bots) => bots.filter((b) => b.id !== 'vip'));
    expect((await call('PUT', '/api/bots/vip', { ...stored, name: 'Mine' })).status).toBe(404);
    expect((await call('DELETE', '/api/bots/vip')).status).toBe(404);
    const theirs = { ...newBot({ name: 'Theirs' }), id: db.nextBotId(), version: 1 };
    anotherTabWrites(storage, (bots) => [...bots, theirs]);
    const mine = await call('POST', '/api/bots', newBot({ name: 'Mine' }));
    expect(mine.status).toBe(201);
    expect((mine.body as Bot).id).not.toBe(theirs.id);
  });
});

describe('the 64 KB limit (V14)', () => {
  test('holds for the bot as stored: a save whose next version is one digit longer is refused at the limit', async () => {
    const url = 'https://example.com/';
    const withPad = (pad: number) => ({ ...newBot(), triggers: Array.from({ length: 32 }, (_, i) => ({ type: 'website_visited' as const, url: url + 'a'.repeat(i === 0 ? pad : 2000), delayMinutes: 0 })) });
    // Exactly 64 KB stored at version 9 (created as version 1 at the limit, then saved 8 times).
    const pad = 65_536 - jsonBytes({ ...withPad(0), id: 'bot-1', version: 1 });
    let bot = (await call('POST', '/api/bots', withPad(pad))).body as Bot;
    expect(jsonBytes(bot)).toBe(65_536);
    for (let i = 0; i < 8; i++) bot = (await call('PUT', `/api/bots/${bot.id}`, bot)).body as Bot;
    expect(bot.version).toBe(9);
    const tenth = await call('PUT', `/api/bots/${bot.id}`, bot);
    expect(tenth.status).toBe(422);
    expect(jsonBytes(db.bot(bot.id)!)).toBe(65_536);
  });
});

describe('demo switches and the reset, across tabs', () => {
  test("changing a switch keeps the switches another tab changed; a reset never gives out an id another tab gave", async () => {
    const storage = sharedStorage();
    db.persistTo(storage);
    // The other tab chose the Advanced plan and created bot-7 (the counter now at 8).
    storage.setItem(SETTINGS_KEY, JSON.stringify({ ...db.settings(), plan: 'advanced' }));
    const theirs = { ...newBot({ name: 'Theirs' }), id: 'bot-7', version: 1 };
    storage.setItem(DATA_KEY, JSON.stringify({ bots: [...db.bots(), theirs], nextId: 8 }));
    expect((await call('PUT', '/api/demo/settings', { latency: 'slow' })).body).toMatchObject({ latency: 'slow', plan: 'advanced' });
    expect((await call('POST', '/api/demo/reset')).status).toBe(200);
    const next = await call('POST', '/api/bots', newBot({ name: 'After the reset' }));
    expect((next.body as Bot).id).toBe('bot-8');
  });
});
