import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Bot } from '../src/domain';
import { db, DATA_KEY, DEFAULT_SETTINGS, SETTINGS_KEY, UNREADABLE_KEY, type KeyValueStorage } from './db';
import { newBot } from './test/api';

/** An in-memory stand-in for localStorage that outlives a "page reload" (a new persistTo). */
function fakeStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const create = (name: string): Bot => db.create({ ...newBot({ name }), id: db.nextBotId(), version: 1 });

afterEach(() => db.persistTo(null));

describe('the mocked API store', () => {
  test('in memory by default: nothing is written anywhere and reset restores the seed', () => {
    const seed = db.bots();
    create('Temporary');
    expect(db.bots()).toHaveLength(seed.length + 1);
    db.reset();
    expect(db.bots()).toEqual(seed);
  });

  test('a saved bot and the switches survive a reload from the same storage', () => {
    const storage = fakeStorage();
    db.persistTo(storage);
    const saved = create('Survives reloads');
    db.updateSettings({ latency: 'slow', plan: 'advanced' });
    db.persistTo(null); // the page goes away
    db.persistTo(storage); // and comes back
    expect(db.bot(saved.id)).toEqual(saved);
    expect(db.settings()).toMatchObject({ latency: 'slow', plan: 'advanced' });
    expect(db.account().plan).toBe('advanced');
  });

  test('ids keep counting after a reload, so a new bot never takes a stored id', () => {
    const storage = fakeStorage();
    db.persistTo(storage);
    const first = create('First');
    db.persistTo(storage);
    const second = create('Second');
    expect(second.id).not.toBe(first.id);
  });

  test('stored data that does not read at all falls back to the seed, keeping a copy and the id counter', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seed = db.bots();
    const storage = fakeStorage();
    // Cut off half-way: not JSON, yet it says which ids were used.
    const text = '{"bots":[{"id":"bot-7","name":"Cut off';
    storage.setItem(DATA_KEY, text);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ latency: 'glacial' }));
    db.persistTo(storage);
    expect(db.bots()).toEqual(seed);
    expect(db.settings()).toEqual(DEFAULT_SETTINGS);
    expect(db.nextBotId()).toBe('bot-8');
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([text]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(UNREADABLE_KEY), [text]);
    // Read again (another reload): the copy is not doubled.
    db.persistTo(storage);
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([text]);
  });

  test('one stored bot in another shape is left out and copied aside; the other bots stay and ids go on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = fakeStorage();
    db.persistTo(storage);
    const first = create('Mine');
    const second = create('Also mine');
    db.persistTo(null);
    // The page goes away; one stored bot gains a key this version does not know (an older or newer shape).
    const stored = JSON.parse(storage.getItem(DATA_KEY)!) as { bots: Record<string, unknown>[]; nextId: number };
    const odd = { ...stored.bots.find((b) => b.id === second.id)!, legacyFlag: true };
    stored.bots = stored.bots.map((b) => (b.id === second.id ? odd : b));
    storage.setItem(DATA_KEY, JSON.stringify(stored));

    db.persistTo(storage);
    expect(db.bot(first.id)).toEqual(first);
    expect(db.bot('welcome')).toBeDefined();
    expect(db.bot(second.id)).toBeUndefined();
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([odd]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1 stored bot\(s\) could not be read/), [odd]);
    // The next new bot never takes the skipped bot's id (nor any before it): its draft and
    // simulator events are kept by id.
    const next = create('New after the reload');
    expect(Number(next.id.slice(4))).toBeGreaterThan(Number(second.id.slice(4)));
    // The stored text is written again only with a change, and the skipped bot is still in the copy.
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([odd]);
  });

  test('the id counter never goes below an id stored, readable or not, whatever nextId says', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = fakeStorage();
    const bot = (id: string): Bot => ({ ...newBot(), id, version: 1 });
    storage.setItem(DATA_KEY, JSON.stringify({ bots: [bot('bot-9')], nextId: 1 }));
    db.persistTo(storage);
    expect(db.nextBotId()).toBe('bot-10');

    storage.setItem(DATA_KEY, JSON.stringify({ bots: [{ ...bot('bot-12'), triggers: [] }], nextId: 'many' }));
    db.persistTo(storage);
    expect(db.bot('bot-12')).toBeUndefined();
    expect(db.nextBotId()).toBe('bot-13');

    storage.setItem(DATA_KEY, JSON.stringify({ bots: [], nextId: 30 }));
    db.persistTo(storage);
    expect(db.bots()).toEqual([]); // every bot deleted on purpose: no seed
    expect(db.nextBotId()).toBe('bot-30');
 
    // A name that reads like an id is not one.
    storage.setItem(DATA_KEY, JSON.stringify({ bots: [{ ...bot('bot-31'), name: 'bot-999999999' }], nextId: 32 }));
    db.persistTo(storage);
    expect(db.nextBotId()).toBe('bot-32');
  });

  test('of two stored bots with one id the first is kept and the second copied aside', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seed = db.bots();
    const storage = fakeStorage();
    const twin = { ...seed[0]!, name: 'Twin' };
    storage.setItem(DATA_KEY, JSON.stringify({ bots: [seed[0], twin, seed[1]], nextId: 1 }));
    db.persistTo(storage);
    expect(db.bots()).toEqual([seed[0], seed[1]]);
    expect(JSON.parse(storage.getItem(UNREADABLE_KEY)!)).toEqual([twin]);
  });

  test('another tab storing a lower counter does not take this page\'s counter back', () => {
    const storage = fakeStorage();
    db.persistTo(storage);
    const mine = create('Mine');
    storage.setItem(DATA_KEY, JSON.stringify({ bots: db.bots().filter((b) => b.id !== mine.id), nextId: 1 }));
    db.reload();
    expect(db.bot(mine.id)).toBeUndefined();
    expect(Number(db.nextBotId().slice(4))).toBeGreaterThan(Number(mine.id.slice(4)));
  });

  test('reset writes the seed back to the storage', () => {
    const seed = db.bots();
    const storage = fakeStorage();
    db.persistTo(storage);
    create('Gone after reset');
    db.reset();
    db.persistTo(storage);
    expect(db.bots()).toEqual(seed);
  });

  test('a bot made after a reset never takes the id of one made before it, also after a reload', () => {
    const storage = fakeStorage();
    db.persistTo(storage);
    const before = create('Made before the reset');
    db.reset();
    db.persistTo(storage);
    const after = create('Made after the reset');
    expect(after.id).not.toBe(before.id);
  });

  test('a save failure switch is used up by one save', () => {
    db.updateSettings({ failNextSave: '500' });
    expect(db.takeSaveFailure()).toBe('500');
    expect(db.takeSaveFailure()).toBe('none');
  });
});
