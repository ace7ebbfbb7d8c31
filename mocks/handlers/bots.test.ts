import { describe, expect, test } from 'vitest';
import { Bot } from '../../src/domain';
import { apiUrl } from '../../src/lib/api-client';
import { db } from '../db';
import { call, newBot } from '../test/api';

const seedIds = ['welcome', 'follow-up', 'discount', 'reminder', 'confirm', 'vip', 'hours'];

/** Everything stored, to compare before and after a refused request. */
const snapshot = () => JSON.stringify({ bots: db.bots() });

describe('GET /api/bots', () => {
  test('lists the seeded demo bots (200), each a valid Bot', async () => {
    const answer = await call('GET', '/api/bots');
    expect(answer.status).toBe(200);
    const bots = Bot.array().parse(answer.body);
    expect(bots.map((b) => b.id)).toEqual(seedIds);
  });
});

describe('GET /api/bots/:id', () => {
  test('answers one bot (200)', async () => {
    const answer = await call('GET', '/api/bots/vip');
    expect(answer.status).toBe(200);
    expect(Bot.parse(answer.body)).toMatchObject({ id: 'vip', name: 'VIP welcome' });
  });

  test('an unknown id is 404 with a message', async () => {
    const answer = await call('GET', '/api/bots/nope');
    expect(answer).toMatchObject({ status: 404, body: { message: expect.stringMatching(/does not exist/) } });
  });
});

describe('POST /api/bots', () => {
  test('creates a bot with a server-assigned id and version 1 (201), ignoring id and version in the body', async () => {
    const answer = await call('POST', '/api/bots', { ...newBot(), id: 'welcome', version: 99 });
    expect(answer.status).toBe(201);
    const created = Bot.parse(answer.body);
    expect(created.id).toMatch(/^bot-\d+$/);
    expect(created.version).toBe(1);
    expect(db.bot(created.id)).toEqual(created);
    expect(db.bot('welcome')?.name).toBe('Welcome on creation');
  });

  test('two creations get two different ids', async () => {
    const a = Bot.parse((await call('POST', '/api/bots', newBot())).body);
    const b = Bot.parse((await call('POST', '/api/bots', newBot())).body);
    expect(a.id).not.toBe(b.id);
    expect(db.bots()).toHaveLength(seedIds.length + 2);
  });

  test('an empty tag condition is 422 with its path, and nothing is stored', async () => {
    const before = snapshot();
    const answer = await call('POST', '/api/bots', newBot({ conditions: [{ type: 'tags', mode: 'and', tagIds: [] }] }));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      message: expect.any(String),
      errors: [{ path: 'conditions.0.tagIds', message: expect.stringMatching(/at least one tag/i) }],
    });
    expect(snapshot()).toBe(before);
  });

  test('an id unknown to the account is 422 at its path (V8)', async () => {
    const answer = await call('POST', '/api/bots', newBot({ triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-nowhere'], delayMinutes: 0 }] }));
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: 'triggers.0.stageIds.0' }] } });
  });

  test('a body that is not JSON is 422 with the error at the root (SPEC §9: invalid bodies get 422)', async () => {
    const before = snapshot();
    const answer = await call('POST', '/api/bots', undefined, '{"name": ');
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] } });
    expect(snapshot()).toBe(before);
  });

  test('an array body is 422', async () => {
    const answer = await call('POST', '/api/bots', [newBot()]);
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: '', message: expect.stringMatching(/JSON object/) }] } });
  });

  test('a bot over 64 KB is 422 (V14), also one over 1 MB (not even parsed), neither stored', async () => {
    const before = snapshot();
    const big = await call('POST', '/api/bots', newBot({ name: 'x'.repeat(70 * 1024) }));
    // With what makes it so, where that field has a limit of its own.
    expect(big).toMatchObject({
      status: 422,
      body: { errors: [{ path: '', message: expect.stringMatching(/64 KB/) }, { path: 'name', message: 'The name can be at most 100 characters.' }] },
    });
    const huge = await call('POST', '/api/bots', newBot({ name: 'x'.repeat(1100 * 1024) }));
    expect(huge).toMatchObject({ status: 422 });
    expect((huge.body as { errors: unknown[] }).errors).toEqual([{ path: '', message: expect.stringMatching(/64 KB/) }]);
    expect(snapshot()).toBe(before);
  });

  test('tag triggers are refused on the base plan (422) and accepted on enterprise (201)', async () => {
    const tagBot = newBot({ triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }] });
    db.updateSettings({ plan: 'base' });
    expect(await call('POST', '/api/bots', tagBot)).toMatchObject({ status: 422, body: { errors: [{ path: 'triggers.0.type' }] } });
    db.updateSettings({ plan: 'enterprise' });
    expect((await call('POST', '/api/bots', tagBot)).status).toBe(201);
  });
});

describe('PUT /api/bots/:id', () => {
  test('saves with the stored version and answers the bot with version + 1 (200)', async () => {
    const stored = db.bot('welcome')!;
    const answer = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Hello there' });
    expect(answer.status).toBe(200);
    expect(Bot.parse(answer.body)).toMatchObject({ id: 'welcome', name: 'Hello there', version: stored.version + 1 });
    expect(db.bot('welcome')).toMatchObject({ name: 'Hello there', version: stored.version + 1 });
  });

  test('a stale version is 409 with the current bot, and nothing changes', async () => {
    const stored = db.bot('welcome')!;
    await call('PUT', '/api/bots/welcome', { ...stored, name: 'First admin' });
    const before = snapshot();
    const answer = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Second admin' });
    expect(answer.status).toBe(409);
    const body = answer.body as { message: string; current: unknown };
    expect(body.message).toMatch(/Another admin saved/);
    expect(Bot.parse(body.current)).toMatchObject({ name: 'First admin', version: stored.version + 1 });
    expect(snapshot()).toBe(before);
  });

  test('a version ahead of the stored one is 409 too (only the stored version saves), and nothing changes', async () => {
    const stored = db.bot('welcome')!;
    const before = snapshot();
    const answer = await call('PUT', '/api/bots/welcome', { ...stored, name: 'From the future', version: stored.version + 1 });
    expect(answer.status).toBe(409);
    expect(Bot.parse((answer.body as { current: unknown }).current)).toMatchObject({ name: stored.name, version: stored.version });
    expect(snapshot()).toBe(before);
  });

  test('an invalid body is 422 and the stored bot stays as it was', async () => {
    const stored = db.bot('discount')!;
    const before = snapshot();
    const answer = await call('PUT', '/api/bots/discount', { ...stored, conditions: [{ type: 'sale', min: 10, max: 5 }] });
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: 'conditions.0.max' }] } });
    expect(snapshot()).toBe(before);
  });

  test('a body naming another bot is 422 at "id"', async () => {
    const stored = db.bot('discount')!;
    const answer = await call('PUT', '/api/bots/vip', stored);
    expect(answer).toMatchObject({ status: 422, body: { errors: [{ path: 'id' }] } });
  });

  test('a missing version is 422 at "version"', async () => {
    const { version: _version, ...rest } = db.bot('vip')!;
    expect(await call('PUT', '/api/bots/vip', rest)).toMatchObject({ status: 422, body: { errors: [{ path: 'version' }] } });
  });

  test('an unknown id is 404 and creates nothing', async () => {
    const answer = await call('PUT', '/api/bots/ghost', { ...db.bot('vip')!, id: 'ghost' });
    expect(answer.status).toBe(404);
    expect(db.bot('ghost')).toBeUndefined();
  });

  test('a body that is not JSON or not an object is 422', async () => {
    expect((await call('PUT', '/api/bots/vip', undefined, 'not json')).status).toBe(422);
    expect((await call('PUT', '/api/bots/vip', 42)).status).toBe(422);
    expect((await call('PUT', '/api/bots/vip', null)).status).toBe(422);
  });
});

describe('DELETE /api/bots/:id', () => {
  test('removes the bot (204, no body)', async () => {
    const answer = await call('DELETE', '/api/bots/vip');
    expect(answer).toEqual({ status: 204, body: null });
    expect(db.bot('vip')).toBeUndefined();
    expect((await call('GET', '/api/bots/vip')).status).toBe(404);
  });

  test('an unknown id is 404', async () => {
    expect((await call('DELETE', '/api/bots/ghost')).status).toBe(404);
  });
});

describe('failure injection for the next save', () => {
  test('"500" fails the next save with 500, stores nothing, and is used up', async () => {
    db.updateSettings({ failNextSave: '500' });
    const before = snapshot();
    const stored = db.bot('welcome')!;
    const failed = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Changed' });
    expect(failed).toMatchObject({ status: 500, body: { message: expect.stringMatching(/nothing was saved/) } });
    expect(snapshot()).toBe(before);
    expect(db.settings().failNextSave).toBe('none');
    expect((await call('PUT', '/api/bots/welcome', { ...stored, name: 'Changed' })).status).toBe(200);
  });

  test('"500" also fails a creation and a deletion', async () => {
    const before = snapshot();
    db.updateSettings({ failNextSave: '500' });
    expect((await call('POST', '/api/bots', newBot())).status).toBe(500);
    db.updateSettings({ failNextSave: '500' });
    expect((await call('DELETE', '/api/bots/vip')).status).toBe(500);
    expect(snapshot()).toBe(before);
  });

  test('"network" makes the next save a network error and stores nothing', async () => {
    db.updateSettings({ failNextSave: 'network' });
    const before = snapshot();
    await expect(fetch(apiUrl('/api/bots'), { method: 'POST', body: JSON.stringify(newBot()) })).rejects.toThrow(
      TypeError,
    );
    expect(snapshot()).toBe(before);
    expect(db.settings().failNextSave).toBe('none');
  });

  test('"409" plays another admin saving first: the version goes up and the save gets 409 with it', async () => {
    db.updateSettings({ failNextSave: '409' });
    const stored = db.bot('welcome')!;
    const answer = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Mine' });
    expect(answer.status).toBe(409);
    const current = Bot.parse((answer.body as { current: unknown }).current);
    expect(current).toMatchObject({ name: stored.name, version: stored.version + 1 });
    expect(db.bot('welcome')).toEqual(current);
    // Overwriting with the current version then succeeds.
    const overwrite = await call('PUT', '/api/bots/welcome', { ...stored, name: 'Mine', version: current.version });
    expect(overwrite).toMatchObject({ status: 200, body: { name: 'Mine', version: current.version + 1 } });
  });

  test('"409" leaves a creation alone and waits for the next PUT or DELETE', async () => {
    db.updateSettings({ failNextSave: '409' });
    expect((await call('POST', '/api/bots', newBot())).status).toBe(201);
    expect(db.settings().failNextSave).toBe('409');
    expect((await call('DELETE', '/api/bots/vip')).status).toBe(409);
    expect(db.bot('vip')).toBeDefined();
  });
});
