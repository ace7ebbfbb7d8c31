// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetTabSlot } from '../../../lib/tab-slot';
import { adoptDraft, clearAllDrafts, clearOwnDraft, continueNewDraft, discardNewDraft, draftKeeping, draftKey, NEW_BOT_FORM, orphanDrafts, otherNewDrafts, readDraft, writeDraft } from './draft-storage';

afterEach(() => localStorage.clear());

/** A full storage, for the new bot's place only: writing this tab's new bot throws as a browser does. */
function newBotPlaceFull(): void {
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (key === draftKey(null)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

/** A storage that holds at most `limit` characters in all (keys and values), refusing a write past it as a browser does. */
function storageOf(limit: number): void {
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    let used = 0;
    for (let i = 0; i < this.length; i++) {
      const k = this.key(i)!;
      used += k.length + this.getItem(k)!.length;
    }
    if (used + key.length + value.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

describe('writeDraft with the storage full', () => {
  const draft = (name: string) => ({ form: { ...NEW_BOT_FORM, name }, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' });
  const size = (name: string) => draftKey('follow-up').length + JSON.stringify(draft(name)).length;

  it('writes the draft once its older copy, which filled the storage, is out of the way', () => {
    storageOf(size('Longer name typed later') + 10);
    writeDraft('follow-up', draft('First'));
    writeDraft('follow-up', draft('Longer name typed later'));
    expect(readDraft('follow-up')?.form.name).toBe('Longer name typed later');
    expect(draftKeeping.kept()).toBe(true);
  });

  it('when it still cannot be written, removes the older copy: a reload must not restore it as the last changes', () => {
    storageOf(size('First') + 10);
    writeDraft('follow-up', draft('First'));
    expect(readDraft('follow-up')?.form.name).toBe('First');
    writeDraft('follow-up', draft('A name far too long for the room left in this storage'));
    expect(readDraft('follow-up')).toBeNull();
    expect(draftKeeping.kept()).toBe(false);
    writeDraft('other', draft('x')); // kept again: the footer stops saying "not kept"
    expect(draftKeeping.kept()).toBe(true);
  });

  it('leaves a draft another tab wrote since in place: only this tab’s own older copy makes room', () => {
    storageOf(size('Kept by the other tab') + 10);
    writeDraft('follow-up', draft('First'));
    // The other tab wrote the bot's draft since, and closed with "Close, keep the draft".
    const theirs = JSON.stringify(draft('Kept by the other tab'));
    localStorage.removeItem(draftKey('follow-up'));
    localStorage.setItem(draftKey('follow-up'), theirs);
    writeDraft('follow-up', draft('A name far too long for the room left in this storage'));
    expect(localStorage.getItem(draftKey('follow-up'))).toBe(theirs);
    expect(draftKeeping.kept()).toBe(false);
  });
});

describe('clearOwnDraft', () => {
  const draft = (name: string) => ({ form: { ...NEW_BOT_FORM, name }, baseVersion: 1, savedAt: '2026-06-01T12:00:00Z' });

  it('removes the draft this tab last wrote, never one another tab wrote over it since', () => {
    writeDraft('follow-up', draft('Mine'));
    clearOwnDraft('follow-up');
    expect(readDraft('follow-up')).toBeNull();
    writeDraft('follow-up', draft('Mine'));
    const theirs = JSON.stringify(draft('Typed in another tab'));
    localStorage.setItem(draftKey('follow-up'), theirs); // another tab of this browser
    clearOwnDraft('follow-up');
    expect(localStorage.getItem(draftKey('follow-up'))).toBe(theirs);
  });
});

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
    localStorage.setItem(draftKey('bot-5'), '{"form": 1}'); // not a draft: not offered as one (the list offers it to download)
    expect(orphanDrafts(['follow-up', 'welcome']).map((o) => [o.botId, o.draft.form.name])).toEqual([
      ['bot-2', 'Also deleted'],
      ['bot-9', 'Deleted elsewhere'],
    ]);
    expect(localStorage.getItem(draftKey('bot-5'))).toBe('{"form": 1}');
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

  it('leaves an orphan where it is when the new bot’s place cannot be written (storage full): nothing is lost', () => {
    writeDraft('bot-9', draft('Deleted elsewhere'));
    newBotPlaceFull();
    expect(adoptDraft('bot-9')).toBe(false);
    expect(readDraft('bot-9')).toMatchObject({ form: draft('Deleted elsewhere').form, baseVersion: 3 });
    expect(readDraft(null)).toBeNull();
  });
});

describe('each tab its own new bot', () => {
  const kept = (name: string, savedAt = '2026-06-01T12:00:00Z') => ({ form: { ...NEW_BOT_FORM, name }, baseVersion: 0, savedAt });
  /** Another tab of this browser: its own sessionStorage, the same localStorage. */
  const switchTab = () => {
    sessionStorage.clear();
    forgetTabSlot();
  };
  afterEach(switchTab);

  it('keeps two tabs’ new bots apart, and offers each tab the other’s', () => {
    writeDraft(null, kept('Made in tab A'));
    switchTab();
    expect(readDraft(null)).toBeNull();
    writeDraft(null, kept('Made in tab B'));
    expect(readDraft(null)?.form.name).toBe('Made in tab B');
    expect(otherNewDrafts().map((d) => d.draft.form.name)).toEqual(['Made in tab A']);
    // Tab A's new bot is no deleted bot's draft.
    expect(orphanDrafts([])).toEqual([]);
  });

  it('keeps the new bot across reloads of the tab (the slot is in sessionStorage)', () => {
    writeDraft(null, kept('Half done'));
    forgetTabSlot(); // a reload: module state gone, sessionStorage kept
    expect(readDraft(null)?.form.name).toBe('Half done');
    expect(otherNewDrafts()).toEqual([]);
  });

  it('moves another tab’s new bot here, unless this tab has one; discarding forgets it', () => {
    writeDraft(null, kept('From tab A'));
    switchTab();
    const [a] = otherNewDrafts();
    expect(continueNewDraft(a!.slot)).toBe(true);
    expect(readDraft(null)?.form.name).toBe('From tab A');
    expect(otherNewDrafts()).toEqual([]);

    switchTab(); // a third tab, with a new bot of its own
    writeDraft(null, kept('Tab C’s own'));
    const [b] = otherNewDrafts();
    expect(continueNewDraft(b!.slot)).toBe(false);
    expect(readDraft(null)?.form.name).toBe('Tab C’s own');
    expect(otherNewDrafts().map((d) => d.draft.form.name)).toEqual(['From tab A']);
    discardNewDraft(b!.slot);
    expect(otherNewDrafts()).toEqual([]);
    expect(readDraft(null)?.form.name).toBe('Tab C’s own');
  });

  it('leaves another tab’s new bot where it is when this tab’s place cannot be written (storage full)', () => {
    writeDraft(null, kept('From tab A'));
    switchTab();
    const [a] = otherNewDrafts();
    newBotPlaceFull();
    expect(continueNewDraft(a!.slot)).toBe(false);
    expect(otherNewDrafts()).toEqual([{ slot: a!.slot, draft: kept('From tab A') }]);
    expect(readDraft(null)).toBeNull();
  });

  it('does not offer another tab’s new bot that is still as "New bot" starts (nothing typed)', () => {
    writeDraft(null, kept(''));
    expect(readDraft(null)?.form).toEqual(NEW_BOT_FORM);
    switchTab();
    writeDraft(null, kept('Tab B'));
    switchTab();
    expect(otherNewDrafts().map((d) => d.draft.form.name)).toEqual(['Tab B']);
  });

  it('offers the new bot an earlier version kept for the whole browser, the latest typed first', () => {
    localStorage.setItem('salesbot-studio:draft:new', JSON.stringify(kept('Kept by the old version', '2026-05-01T09:00:00Z')));
    writeDraft(null, kept('Tab A'));
    switchTab();
    expect(otherNewDrafts().map((d) => d.draft.form.name)).toEqual(['Tab A', 'Kept by the old version']);
    expect(orphanDrafts([])).toEqual([]);
    expect(continueNewDraft(otherNewDrafts()[1]!.slot)).toBe(true);
    expect(localStorage.getItem('salesbot-studio:draft:new')).toBeNull();
    expect(readDraft(null)?.form.name).toBe('Kept by the old version');
  });

  it('“Reset demo data” forgets every tab’s new bot', () => {
    writeDraft(null, kept('Tab A'));
    switchTab();
    writeDraft(null, kept('Tab B'));
    localStorage.setItem('salesbot-studio:draft:new', JSON.stringify(kept('Old')));
    clearAllDrafts();
    expect(readDraft(null)).toBeNull();
    expect(otherNewDrafts()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });
});
