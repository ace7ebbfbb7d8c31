// The unsaved draft of the dialog, kept in localStorage so that it survives a page reload.
import { Bot, isInstant, type ActiveHours, type Condition, type ConditionType, type Trigger } from '../../../domain';
import { pageStorage, storageIsMemoryOnly } from '../../../lib/page-storage';
import { isTabSlot, tabSlot } from '../../../lib/tab-slot';
import { DEFAULT_TRIGGER, TRIGGERS } from '../trigger-registry';

const CONDITION_TYPES: readonly ConditionType[] = ['tags', 'not_tags', 'stages', 'responsible', 'sale', 'source', 'utm'];

/** What the dialog edits: a bot without its id and version. Values may be half-edited (invalid). */
export type BotForm = {
  name: string;
  enabled: boolean;
  triggers: Trigger[];
  conditions: Condition[];
  activeHours: ActiveHours | null;
  keepUnanswered: boolean;
};

/**
 * `base`: the saved bot as it was at `baseVersion`, when known, so that a draft can be moved onto a
 * version saved since (the parts each side changed, told apart).
 */
export type StoredDraft = { form: BotForm; baseVersion: number; base?: BotForm; savedAt: string };

/** What "New bot" starts from. */
export const NEW_BOT_FORM: BotForm = {
  name: '',
  enabled: true,
  triggers: [DEFAULT_TRIGGER],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
};

/**
 * NaN in a stored draft: a custom delay or cooldown box holding text it cannot read ("1:5"). JSON
 * writes NaN as null, which came back after a reload as "Enter the delay in whole minutes." under a
 * box asking for HH:MM; kept as NaN, the box says again how to type it.
 */
const UNREADABLE = '\u0000unreadable number';

const BOT_DRAFT_PREFIX = 'salesbot-studio:draft:';
const NEW_DRAFT_PREFIX = 'salesbot-studio:new-draft:';
/**
 * Where the new bot of an earlier version of the Studio was kept, for the whole browser: read as the
 * place of a tab since closed (slot ''), so that what was typed there is offered, not lost.
 */
const SHARED_NEW_DRAFT_KEY = `${BOT_DRAFT_PREFIX}new`;

/** Where the new bot being created in the tab `slot` is kept ('': the place all tabs once shared). */
const newDraftKey = (slot: string) => (slot === '' ? SHARED_NEW_DRAFT_KEY : `${NEW_DRAFT_PREFIX}${slot}`);

/** Where the draft of a bot is kept; `null`: the new bot this tab is creating (src/lib/tab-slot.ts). */
export const draftKey = (botId: string | null) => (botId === null ? newDraftKey(tabSlot()) : `${BOT_DRAFT_PREFIX}${botId}`);

export function formFromBot(bot: Pick<Bot, keyof BotForm>): BotForm {
  return {
    name: bot.name,
    enabled: bot.enabled,
    triggers: structuredClone(bot.triggers),
    conditions: structuredClone(bot.conditions),
    activeHours: bot.activeHours ? structuredClone(bot.activeHours) : null,
    keepUnanswered: bot.keepUnanswered,
  };
}

/** Storage blocked (private mode, sandbox): drafts are simply not kept. */
const storage = (): Storage | null => pageStorage() ?? null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod issues that mean "the wrong kind of value" (a list that is a number, an unknown operator). */
const SHAPE_ISSUES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_union', 'invalid_value', 'unrecognized_keys', 'invalid_key', 'invalid_element']);

/**
 * True when a stored form holds values of a kind the dialog never writes: such a draft was tampered
 * with (or written by another version), and the editors would crash on it, so it is set aside. Values
 * that are merely unfinished (empty, out of range, a cleared number stored as null) are kept.
 */
function hasForeignShape(form: Record<string, unknown>): boolean {
  const parsed = Bot.safeParse({ ...form, id: 'draft', version: 0 }, { reportInput: true });
  if (parsed.success) return false;
  return parsed.error.issues.some(
    (i) => SHAPE_ISSUES.has(i.code) && !(i.code === 'invalid_type' && i.expected === 'number' && (i.input === null || Number.isNaN(i.input))),
  );
}

/** A stored form when it has the shape the dialog writes (values may be unfinished); null otherwise. */
function formOf(f: unknown): BotForm | null {
  if (!isObject(f)) return null;
  const ok =
    typeof f.name === 'string' &&
    typeof f.enabled === 'boolean' &&
    Array.isArray(f.triggers) &&
    f.triggers.every((t) => isObject(t) && typeof t.type === 'string' && Object.hasOwn(TRIGGERS, t.type)) &&
    Array.isArray(f.conditions) &&
    f.conditions.every((c) => isObject(c) && CONDITION_TYPES.includes(c.type as ConditionType)) &&
    (f.activeHours === null || (isObject(f.activeHours) && Array.isArray(f.activeHours.ranges))) &&
    typeof f.keepUnanswered === 'boolean';
  return ok && !hasForeignShape(f) ? (f as unknown as BotForm) : null;
}

/**
 * Reads a stored draft; null for none, or for one not shaped like a draft, which stays where it is
 * (the list offers it to download or discard). `setAsideUnreadable`: the dialog opening the bot,
 * about to write its own draft there, first copies such a draft aside (see unreadableDrafts). Only
 * then: a read by the list, at every render and every other tab's write, moved the drafts of tabs
 * still writing them, and made a copy per keystroke.
 */
export function readDraft(botId: string | null, setAsideUnreadable = false): StoredDraft | null {
  return readDraftAt(draftKey(botId), setAsideUnreadable);
}

function readDraftAt(key: string, setAsideUnreadable = false): StoredDraft | null {
  const s = storage();
  const raw = s?.getItem(key);
  if (!s || !raw) return null;
  try {
    const value: unknown = JSON.parse(raw, (_key, v: unknown) => (v === UNREADABLE ? Number.NaN : v));
    if (!isObject(value) || typeof value.baseVersion !== 'number') throw new Error('not a draft');
    const form = formOf(value.form);
    if (form === null) throw new Error('not a draft');
    // The saved bot the draft started from: without it (an older draft, or one not readable), what
    // each side changed cannot be told apart after a save meanwhile, but the draft itself is fine.
    const base = value.base === undefined ? null : formOf(value.base);
    return {
      form,
      baseVersion: value.baseVersion,
      ...(base ? { base } : {}),
      // Kept only as an instant with its offset: a bare local time would be read in the browser's zone.
      savedAt: typeof value.savedAt === 'string' && isInstant(value.savedAt) ? value.savedAt : '',
    };
  } catch {
    // Not dropped: copied aside for the admin to download or discard (the list offers both), then
    // removed from its place. When the copy cannot be made (storage full), it stays where it is.
    if (setAsideUnreadable && setAside(s, key, raw)) s.removeItem(key);
    return null;
  }
}

/**
 * Where a draft this version cannot read is set aside: the key it was kept under, after this prefix
 * (a second one of the same place gets "~2", and so on).
 */
const UNREADABLE_DRAFT_PREFIX = 'salesbot-studio:draft-unreadable:';
const STORE_PREFIX = 'salesbot-studio:';

function setAside(s: Storage, key: string, raw: string): boolean {
  try {
    const base = `${UNREADABLE_DRAFT_PREFIX}${key.slice(STORE_PREFIX.length)}`;
    for (let n = 1; n <= 20; n++) {
      const at = n === 1 ? base : `${base}~${n}`;
      const there = s.getItem(at);
      if (there === raw) return true; // set aside before
      if (there === null) {
        s.setItem(at, raw);
        return true;
      }
    }
    return false;
  } catch {
    return false;
  }
}

/** A draft this browser kept but this version cannot read, as it was kept. */
export type UnreadableDraft = {
  /** Where it is: set aside, or still in its place (for discardUnreadableDraft). */
  key: string;
  /** The bot it belongs to; null for a new bot. */
  botId: string | null;
  text: string;
};

/** The bot a draft key belongs to: its id, null for a new bot's place, undefined for no draft key. */
function botOfDraftKey(key: string): string | null | undefined {
  if (key === SHARED_NEW_DRAFT_KEY || (key.startsWith(NEW_DRAFT_PREFIX) && isTabSlot(key.slice(NEW_DRAFT_PREFIX.length)))) return null;
  return key.startsWith(BOT_DRAFT_PREFIX) ? key.slice(BOT_DRAFT_PREFIX.length) : undefined;
}

/** True when `key` holds a draft this version cannot read (read without moving it). */
function unreadableAt(s: Storage, key: string): boolean {
  return s.getItem(key) !== null && readDraftAt(key) === null;
}

/**
 * The drafts this version cannot read: those set aside when their bot was opened, and those still in
 * their place (another tab, or another version, may still be writing them), in the order of their keys.
 */
export function unreadableDrafts(): UnreadableDraft[] {
  const s = storage();
  if (!s) return [];
  const found: UnreadableDraft[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key === null) continue;
    let botId: string | null | undefined;
    if (key.startsWith(UNREADABLE_DRAFT_PREFIX)) botId = botOfDraftKey(`${STORE_PREFIX}${key.slice(UNREADABLE_DRAFT_PREFIX.length).replace(/~\d+$/, '')}`) ?? null;
    else {
      botId = botOfDraftKey(key);
      if (botId === undefined || !unreadableAt(s, key)) continue;
    }
    const text = s.getItem(key);
    if (text !== null) found.push({ key, botId, text });
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Forgets an unreadable draft (see unreadableDrafts): a copy set aside, or one in its place that is still unreadable. */
export function discardUnreadableDraft(key: string): void {
  const s = storage();
  if (!s) return;
  if (key.startsWith(UNREADABLE_DRAFT_PREFIX) || (botOfDraftKey(key) !== undefined && unreadableAt(s, key))) s.removeItem(key);
}

/**
 * The stored draft of a bot (null: a new bot) when it differs from what it would replace: the bot as
 * given, or a new bot's defaults. A draft equal to that is no unsaved change.
 */
export function pendingDraft(botId: string | null, bot: Pick<Bot, keyof BotForm> | null, setAsideUnreadable = false): StoredDraft | null {
  const draft = readDraft(botId, setAsideUnreadable);
  if (!draft) return null;
  const base = bot ? formFromBot(bot) : NEW_BOT_FORM;
  return JSON.stringify(draft.form) === JSON.stringify(base) ? null : draft;
}

/**
 * Whether the last draft written was kept by the browser: false when its storage is full or
 * blocked (the draft then lives in memory only, and a reload would lose it). A tiny external
 * store, for useSyncExternalStore: the dialog says so in its footer.
 */
let lastDraftKept = true;
const keptListeners = new Set<() => void>();
function setDraftKept(kept: boolean): void {
  if (kept === lastDraftKept) return;
  lastDraftKept = kept;
  keptListeners.forEach((l) => l());
}
export const draftKeeping = {
  subscribe(listener: () => void): () => void {
    keptListeners.add(listener);
    return () => keptListeners.delete(listener);
  },
  kept: (): boolean => lastDraftKept,
};

/**
 * The text of the draft this tab last wrote, or shows as it is stored (holdStoredDraft), by key.
 * Another tab of this browser editing the same bot writes the same key: a tab whose form came back to
 * the saved bot removes the stored draft only when it is still its own (see clearOwnDraft), never one
 * another tab wrote since.
 */
const writtenHere = new Map<string, string>();

/** Writes `raw` at `key`; false when the browser refuses (quota exceeded, storage blocked). */
function tryWrite(s: Storage, key: string, raw: string): boolean {
  try {
    s.setItem(key, raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a draft in this browser (see draftKeeping for when it cannot). When the browser refuses it,
 * the older copy of this draft is removed and the write tried once more, without it: that copy may
 * be what fills the storage, and left in place a reload restored it as "your unsaved changes" (and
 * the list said "Unsaved changes"), older than what was typed since. When the write still fails,
 * the older copy stays removed: the footer says that the changes are not kept.
 * Only this tab's own older copy (draftIsOwn): one another tab wrote since (kept there with "Close,
 * keep the draft") stays, and this write is reported as not kept; removed, it was lost with nothing
 * kept in its place when the retry failed too.
 */
export function writeDraft(botId: string | null, draft: StoredDraft): void {
  const s = storage();
  const key = draftKey(botId);
  const raw = JSON.stringify(draft, (_key, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? UNREADABLE : v));
  let written = false;
  if (s) {
    written = tryWrite(s, key, raw);
    if (!written && draftIsOwn(botId)) {
      try {
        s.removeItem(key);
      } catch {
        // storage blocked
      }
      written = tryWrite(s, key, raw);
    }
  }
  if (written) writtenHere.set(key, raw);
  else writtenHere.delete(key);
  // Blocked storage stood in for by one in memory (src/main.tsx): a reload loses the draft all the same.
  setDraftKept(written && !storageIsMemoryOnly());
}

/** Forgets the bot's draft, whoever wrote it: Save, "Discard draft", "Discard changes". */
export function clearDraft(botId: string | null): void {
  const key = draftKey(botId);
  storage()?.removeItem(key);
  writtenHere.delete(key);
  setDraftKept(true); // nothing left to keep
}

/** The stored text of the bot's draft, as it is (null for none). */
export function storedDraftText(botId: string | null): string | null {
  return storage()?.getItem(draftKey(botId)) ?? null;
}

/**
 * True when the draft stored for the bot holds `form` as it is (another tab wrote it, and this tab
 * shows it unchanged): then it is this tab's own too (see clearOwnDraft), and kept as a write would
 * have kept it. False when it holds something else: write `form`.
 */
export function holdStoredDraft(botId: string | null, form: BotForm): boolean {
  const key = draftKey(botId);
  const raw = storedDraftText(botId);
  const stored = raw === null ? null : readDraftAt(key);
  if (raw === null || stored === null || JSON.stringify(stored.form) !== JSON.stringify(form)) return false;
  writtenHere.set(key, raw);
  setDraftKept(!storageIsMemoryOnly());
  return true;
}

/** True when the draft stored for the bot is the one this tab last wrote or held (no other tab wrote it since). */
export function draftIsOwn(botId: string | null): boolean {
  const key = draftKey(botId);
  const raw = storage()?.getItem(key) ?? null;
  return raw !== null && writtenHere.get(key) === raw;
}

/**
 * The form came back to the saved bot (or a new bot's defaults): forgets the bot's draft when it is
 * still the one this tab last wrote or held. A draft another tab wrote since stays: that tab's admin may have
 * closed it with "Close, keep the draft", and a tab that merely undid its own change used to remove it.
 */
export function clearOwnDraft(botId: string | null): void {
  const key = draftKey(botId);
  if (draftIsOwn(botId)) storage()?.removeItem(key);
  writtenHere.delete(key);
  setDraftKept(true); // nothing of this tab's left to keep
}

/** The ids of the bots this browser keeps a draft of (new bots aside: see newBotSlots). */
function draftIds(s: Storage): string[] {
  return storedKeys(s)
    .map(botOfDraftKey)
    .filter((id): id is string => typeof id === 'string');
}

/** The tabs (slots) whose new bot this browser keeps, this tab's included; '' for the place all tabs once shared. */
function newBotSlots(s: Storage): string[] {
  return storedKeys(s)
    .filter((key) => botOfDraftKey(key) === null)
    .map((key) => (key === SHARED_NEW_DRAFT_KEY ? '' : key.slice(NEW_DRAFT_PREFIX.length)));
}

function storedKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Forgets every draft this browser keeps (after "Reset demo data": the bots they belong to are gone). */
export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const id of draftIds(s)) clearDraft(id);
  for (const slot of newBotSlots(s)) s.removeItem(newDraftKey(slot));
  for (const { key } of unreadableDrafts()) s.removeItem(key);
  setDraftKept(true);
}

/**
 * Drafts of bots that are not among `knownIds` any more (someone deleted the bot while this browser
 * held its changes), with their bot ids: nothing else leads back to them.
 */
export function orphanDrafts(knownIds: readonly string[]): { botId: string; draft: StoredDraft }[] {
  const s = storage();
  if (!s) return [];
  const known = new Set(knownIds);
  const found: { botId: string; draft: StoredDraft }[] = [];
  for (const id of draftIds(s)) {
    if (known.has(id)) continue;
    const draft = readDraft(id);
    if (draft) found.push({ botId: id, draft });
  }
  // By code unit, not localeCompare: the order must not change with the browser's language.
  return found.sort((a, b) => (a.botId < b.botId ? -1 : a.botId > b.botId ? 1 : 0));
}

/** Moves a draft to the new bot's place, so that "New bot" opens it; false when a new bot's draft is already there. */
export function adoptDraft(botId: string): boolean {
  const draft = readDraft(botId);
  // A new bot starts from no saved version.
  return draft !== null && moveToNewBot(draftKey(botId), { form: draft.form, baseVersion: 0, savedAt: draft.savedAt });
}

/**
 * Writes `draft` (read from `from`) as this tab's new bot and removes it from `from`; false, with
 * nothing moved, when this tab keeps a new bot already or the browser would not write it.
 */
function moveToNewBot(from: string, draft: StoredDraft): boolean {
  if (readDraft(null) !== null) return false;
  writeDraft(null, draft);
  if (readDraft(null) === null) return false; // not written (storage full): the draft stays where it was
  storage()?.removeItem(from);
  return true;
}

/**
 * The new bots other tabs are creating, or were creating when they closed (with the place they are
 * kept in), the last typed first: nothing else leads back to them once their tab is gone.
 */
export function otherNewDrafts(): { slot: string; draft: StoredDraft }[] {
  const s = storage();
  if (!s) return [];
  const mine = tabSlot();
  const found: { slot: string; draft: StoredDraft }[] = [];
  for (const slot of newBotSlots(s)) {
    if (slot === mine) continue;
    const draft = readDraftAt(newDraftKey(slot));
    if (draft && JSON.stringify(draft.form) !== JSON.stringify(NEW_BOT_FORM)) found.push({ slot, draft });
  }
  // savedAt is an ISO instant (or '' when unknown): compared as text, the latest first.
  return found.sort((a, b) => (a.draft.savedAt > b.draft.savedAt ? -1 : a.draft.savedAt < b.draft.savedAt ? 1 : a.slot < b.slot ? -1 : 1));
}

/**
 * Moves another tab's new bot here, so that "New bot" opens it; false when this tab already keeps
 * a new bot of its own (or the browser would not write it). A tab still open over that bot writes
 * its typing back when it sees the draft go (see the dialog), so a move loses nothing there either.
 */
export function continueNewDraft(slot: string): boolean {
  if (slot === tabSlot()) return readDraft(null) !== null;
  const draft = readDraftAt(newDraftKey(slot));
  return draft !== null && moveToNewBot(newDraftKey(slot), draft);
}

/** Forgets the new bot another tab was creating. */
export function discardNewDraft(slot: string): void {
  storage()?.removeItem(newDraftKey(slot));
}
