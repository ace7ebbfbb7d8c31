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
  ])('does not open a draft with %s, and sets it aside as it was', (_what, form) => {
    store(form);
    const text = localStorage.getItem(draftKey('b1'));
    expect(readDraft('b1')).toBeNull();
    expect(localStorage.getItem(draftKey('b1'))).toBeNull();
    expect(unreadableDrafts()).toEqual([{ key: expect.any(String), botId: 'b1', text }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sets aside each unreadable draft once, keeps a second one of the same bot beside the first, and discards on demand', () => {
    store({ ...base, triggers: 7 });
    readDraft('b1');
    localStorage.setItem(draftKey(null), 'not JSON');
    readDraft(null);
    store({ ...base, conditions: 'all' });
    readDraft('b1');
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
      expect(readDraft('b1')).toBeNull();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(localStorage.getItem(draftKey('b1'))).not.toBeNull();
    expect(unreadableDrafts()).toEqual([]);
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
