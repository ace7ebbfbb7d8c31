// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clearAllDrafts, draftKey, NEW_BOT_FORM, readDraft, writeDraft } from './draft-storage';

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
