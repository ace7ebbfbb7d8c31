// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { adoptDraft, clearAllDrafts, draftKey, NEW_BOT_FORM, orphanDrafts, readDraft, writeDraft } from './draft-storage';

afterEach(() => localStorage.clear());

describe('clearAllDrafts', () => {
  it('forgets every bot’s draft and the new bot’s, and nothing else', () => {
    const draft = { form: { ...NEW_BOT_FORM, name: 'Half done' }, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' };
    writeDraft('follow-up', draft);
    writeDraft('bot-7', draft);
    writeDraft(null, draft);
    localStorage.setItem('salesbot-studio:checks:follow-up', '{"v":1}');
    localStorage.setItem('salesbot-studio:data', '{}');
    clearAllDrafts();
    expect(readDraft('follow-up')).toBeNull();
    expect(readDraft('bot-7')).toBeNull();
    expect(localStorage.getItem(draftKey(null))).toBeNull();
    expect(localStorage.getItem('salesbot-studio:checks:follow-up')).toBe('{"v":1}');
    expect(localStorage.getItem('salesbot-studio:data')).toBe('{}');
  });
});

describe('readDraft', () => {
  it('keeps the time a draft was kept only when it names its offset (never read in the browser zone)', () => {
    const form = { ...NEW_BOT_FORM, name: 'Half done' };
    writeDraft('a', { form, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' });
    writeDraft('b', { form, baseVersion: 1, savedAt: '2026-06-01T10:00' });
    expect(readDraft('a')?.savedAt).toBe('2026-06-01T12:00:00Z');
    expect(readDraft('b')).toMatchObject({ form, savedAt: '' });
  });
});

describe('a custom interval the box cannot read', () => {
  it('comes back after a reload as unreadable (NaN), not as an empty number, so the box says again how to type it', () => {
    const form = { ...NEW_BOT_FORM, triggers: [{ type: 'website_visited' as const, url: 'https://example.com', delayMinutes: Number.NaN }] };
    writeDraft('a', { form, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' });
    const back = readDraft('a')!.form.triggers[0] as { delayMinutes: number };
    expect(back.delayMinutes).toBeNaN();
    // A cleared number stays as the editor left it.
    writeDraft('b', { form: { ...form, triggers: [{ ...form.triggers[0]!, delayMinutes: null as unknown as number }] }, baseVersion: 1, savedAt: '' });
    expect((readDraft('b')!.form.triggers[0] as { delayMinutes: number | null }).delayMinutes).toBeNull();
  });
});

describe('orphanDrafts and adoptDraft', () => {
  const draft = (name: string) => ({ form: { ...NEW_BOT_FORM, name }, baseVersion: 3, savedAt: '2026-06-01T12:00:00Z' });

  it('finds the drafts of bots that are not in the list, never the new bot’s', () => {
    writeDraft('follow-up', draft('Still here'));
    writeDraft('bot-9', draft('Deleted elsewhere'));
    writeDraft('bot-2', draft('Also deleted'));
    writeDraft(null, draft('New one'));
    localStorage.setItem(draftKey('bot-5'), '{"form": 1}'); // not a draft: dropped, not offered
    expect(orphanDrafts(['follow-up', 'welcome']).map((o) => [o.botId, o.draft.form.name])).toEqual([
      ['bot-2', 'Also deleted'],
      ['bot-9', 'Deleted elsewhere'],
    ]);
    expect(localStorage.getItem(draftKey('bot-5'))).toBeNull();
  });

  it('moves an orphan to the new bot’s place, based on no version, unless a new bot’s draft is there', () => {
    writeDraft('bot-9', draft('Deleted elsewhere'));
    writeDraft('bot-2', draft('Also deleted'));
    expect(adoptDraft('bot-9')).toBe(true);
    expect(readDraft(null)).toMatchObject({ form: { name: 'Deleted elsewhere' }, baseVersion: 0 });
    expect(readDraft('bot-9')).toBeNull();
    // The place is taken: the second one stays where it is.
    expect(adoptDraft('bot-2')).toBe(false);
    expect(readDraft('bot-2')?.form.name).toBe('Also deleted');
    expect(adoptDraft('no-such-bot')).toBe(false);
  });
});
