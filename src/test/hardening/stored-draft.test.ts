// @vitest-environment jsdom
// A draft kept in localStorage is input like any other: a tampered one (or one another version wrote)
// is not opened (the editors would crash on it) but set aside as it was, for the admin to download or
// discard; a half-edited one written by the dialog comes back intact.
import { afterEach, describe, expect, it } from 'vitest';
import { clearAllDrafts, discardUnreadableDraft, draftKey, readDraft, unreadableDrafts } from '../../features/trigger-setup/lib/draft-storage';

const base = { name: 'Follow-up', enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false };
const store = (form: unknown) => localStorage.setItem(draftKey('b1'), JSON.stringify({ form, baseVersion: 3, savedAt: '2026-06-01T12:00:00Z' }));

afterEach(() => localStorage.clear());

describe('drafts kept in local storage', () => {
  it.each([
    ['a list of stages that is a number', { ...base, triggers: [{ type: 'lead_moved_to_stage', stageIds: 7, delayMinutes: 0 }] }],
    ['a delay that is text', { ...base, triggers: [{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 'soon' }] }],
    ['tag ids that are text', { ...base, conditions: [{ type: 'tags', mode: 'or', tagIds: 'VIP' }] }],
    ['an unknown and/or mode', { ...base, conditions: [{ type: 'tags', mode: 'xor', tagIds: [] }] }],
    ['an unknown UTM operator', { ...base, conditions: [{ type: 'utm', param: 'utm_source', op: 'regex', value: 'x' }] }],
    ['a range with numbers for times', { ...base, activeHours: { ranges: [{ weekday: 1, from: 9, to: 18 }] } }],
    ['an unknown key in a trigger', { ...base, triggers: [{ type: 'call_received', constructor: { prototype: { polluted: 1 } } }] }],
  ])('does not open a draft with %s; the list finds it where it is, and opening the bot sets it aside as it was', (_what, form) => {
    store(form);
    const text = localStorage.getItem(draftKey('b1'));
    // Read by the list (at every render, and at every other tab's write): left where it is.
    expect(readDraft('b1')).toBeNull();
    expect(localStorage.getItem(draftKey('b1'))).toBe(text);
    expect(unreadableDrafts()).toEqual([{ key: draftKey('b1'), botId: 'b1', text }]);
    // Opened: copied aside before the dialog writes its own draft there.
    expect(readDraft('b1', true)).toBeNull();
    expect(localStorage.getItem(draftKey('b1'))).toBeNull();
    expect(unreadableDrafts()).toEqual([{ key: expect.stringContaining('draft-unreadable'), botId: 'b1', text }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('makes no copy per write of a tab still writing a draft it cannot read (the list reads at every storage event)', () => {
    for (let i = 0; i < 30; i++) {
      store({ ...base, triggers: 7, name: `typed ${i}` }); // another version's tab, typing
      readDraft('b1'); // this tab's list, re-rendered by the storage event
    }
    expect(unreadableDrafts()).toHaveLength(1);
    expect(JSON.parse(unreadableDrafts()[0]!.text).form.name).toBe('typed 29');
    // Discarding the one in its place removes it; a good draft written meanwhile is never discarded.
    const key = unreadableDrafts()[0]!.key;
    store(base);
    discardUnreadableDraft(key);
    expect(readDraft('b1')?.form.name).toBe('Follow-up');
  });

  it('sets aside each unreadable draft once, keeps a second one of the same bot beside the first, and discards on demand', () => {
    store({ ...base, triggers: 7 });
    readDraft('b1', true);
    localStorage.setItem(draftKey(null), 'not JSON');
    readDraft(null, true);
    store({ ...base, conditions: 'all' });
    readDraft('b1', true);
    const copies = unreadableDrafts();
    expect(copies.map((c) => c.botId)).toEqual(['b1', 'b1', null]);
    expect(copies.map((c) => JSON.parse(c.text === 'not JSON' ? '{}' : c.text).form?.triggers ?? null)).toEqual([7, base.triggers, null]);
    discardUnreadableDraft(copies[0]!.key);
    expect(unreadableDrafts()).toHaveLength(2);
    clearAllDrafts(); // "Reset demo data"
    expect(unreadableDrafts()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('leaves an unreadable draft in its place when the browser will not keep a copy (storage full)', () => {
    store({ ...base, triggers: 7 });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(readDraft('b1', true)).toBeNull();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem(draftKey('b1'))).not.toBeNull();
    expect(unreadableDrafts().map((d) => d.key)).toEqual([draftKey('b1')]); // listed where it is
  });

  it.each([
    ['an empty name', { ...base, name: '' }],
    ['a stage trigger with no stage yet', { ...base, triggers: [{ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 }] }],
    ['a cleared number of hours (NaN, stored as null)', { ...base, triggers: [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: Number.NaN, direction: 'before' }] }],
    ['a custom delay being typed (NaN, stored as null)', { ...base, triggers: [{ type: 'website_visited', url: '', delayMinutes: Number.NaN }] }],
    ['a tag condition without tags', { ...base, conditions: [{ type: 'tags', mode: 'or', tagIds: [] }] }],
    ['a sale condition without bounds', { ...base, conditions: [{ type: 'sale', min: null, max: null }] }],
    ['an overlap in active hours', { ...base, activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '18:00' }, { weekday: 1, from: '10:00', to: '11:00' }] } }],
    ['markup in the name', { ...base, name: '<img src=x onerror="window.__pwned=1">' }],
  ])('keeps a half-edited draft with %s', (_what, form) => {
    store(form);
    const draft = readDraft('b1');
    expect(draft?.form).toEqual(JSON.parse(JSON.stringify(form)));
    expect(draft?.baseVersion).toBe(3);
  });
});
