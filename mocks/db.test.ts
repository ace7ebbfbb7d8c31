import { afterEach, describe, expect, test } from 'vitest';
import type { Bot } from '../src/domain';
import { db, DATA_KEY, DEFAULT_SETTINGS, SETTINGS_KEY, type KeyValueStorage } from './db';
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

  test('corrupt or invalid stored data falls back to the seed', () => {
    const seed = db.bots();
    const storage = fakeStorage();
    storage.setItem(DATA_KEY, '{not json');
    storage.setItem(SETTINGS_KEY, JSON.stringify({ latency: 'glacial' }));
    db.persistTo(storage);
    expect(db.bots()).toEqual(seed);
    expect(db.settings()).toEqual(DEFAULT_SETTINGS);

    const broken = { ...seed[0], triggers: [] };
    storage.setItem(DATA_KEY, JSON.stringify({ bots: [broken], nextId: 1 }));
    db.persistTo(storage);
    expect(db.bots()).toEqual(seed);

    storage.setItem(DATA_KEY, JSON.stringify({ bots: [seed[0], seed[0]], nextId: 1 }));
    db.persistTo(storage);
    expect(db.bots()).toEqual(seed);
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
