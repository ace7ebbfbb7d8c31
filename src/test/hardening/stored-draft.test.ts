// @vitest-environment jsdom
// A draft kept in localStorage is input like any other: a tampered one is dropped (the editors would
// crash on it), while a half-edited one written by the dialog comes back intact.
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, readDraft } from '../../features/trigger-setup/lib/draft-storage';

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
  ])('drops a draft with %s, and forgets it', (_what, form) => {
    store(form);
    expect(readDraft('b1')).toBeNull();
    expect(localStorage.getItem(draftKey('b1'))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
