// The store behind the mocked API: seeded from the demo fixtures, resettable, and — in the browser —
// persisted in localStorage so that saved bots and the demo switches survive a reload.
// In Node (Vitest) it lives in memory only; `reset()` runs after each test.
import * as z from 'zod';
import { Account, Bot } from '../src/domain';
import { DemoSettings, type DemoSettingsPatch, type SaveFailure } from '../src/api/demo-schema';
import demoAccount from './fixtures/demo-account.json';
import demoBots from './fixtures/demo-bots.json';

/** The part of the Web Storage API the store needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DATA_KEY = 'salesbot-studio:db:v1';
export const SETTINGS_KEY = 'salesbot-studio:demo:v1';

const seedAccount = Account.parse(demoAccount);
const seedBots = z.array(Bot).parse(demoBots);

export const DEFAULT_SETTINGS: DemoSettings = { latency: 'none', failNextSave: 'none', plan: seedAccount.plan };

/** What is stored under DATA_KEY: every bot, and the number the next new bot's id starts from. */
const StoredData = z.strictObject({ bots: z.array(Bot), nextId: z.number().int().min(1) });
type StoredData = z.infer<typeof StoredData>;

type State = StoredData & { settings: DemoSettings };

/**
 * Where stored bots that cannot be read back (an older or corrupt shape, a second bot with the same
 * id) are copied before anything is written over them: a JSON array of what was skipped (a whole
 * unreadable text as a string), newest last.
 */
export const UNREADABLE_KEY = 'salesbot-studio:db:v1:unreadable';

let storage: KeyValueStorage | null = null;
let state: State = seed();

function seed(): State {
  return { bots: structuredClone(seedBots), nextId: 1, settings: { ...DEFAULT_SETTINGS } };
}

/** Reads a stored JSON value back through a schema; anything missing, corrupt or invalid gives null. */
function readStored<T>(key: string, schema: z.ZodType<T>): T | null {
  if (!storage) return null;
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The lowest next id a stored text allows, even one that does not parse: above every "bot-n" in it
 * and at least any `"nextId": n` in it.
 */
function nextIdFloor(text: string): number {
  const numbers = [
    // Ids only ("id":"bot-7"), not a name or a tag that happens to read "bot-999999999".
    ...Array.from(text.matchAll(/"id"\s*:\s*"bot-(\d{1,15})"/g), (m) => Number(m[1]) + 1),
    ...Array.from(text.matchAll(/"nextId"\s*:\s*(\d{1,15})\b/g), (m) => Number(m[1])),
  ];
  return Math.max(1, ...numbers);
}

/**
 * Reads the stored bots back one by one. A bot that does not read (one extra key from an older
 * version, a broken field) or that repeats an id is skipped, copied under UNREADABLE_KEY and logged;
 * the others are kept. Throwing everything away for one bad bot lost every saved bot and, with the
 * id counter back at 1, gave the next new bot an old id, with that bot's draft and simulator events.
 * The counter never goes below an id seen in the stored text, readable or not.
 */
function readBots(): Pick<State, 'bots' | 'nextId'> | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(DATA_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  const floor = nextIdFloor(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const container = z.looseObject({ bots: z.array(z.unknown()), nextId: z.unknown() }).safeParse(raw);
  if (!container.success) {
    keepUnreadable([text], 'The stored bots could not be read at all');
    return { ...seed(), nextId: floor };
  }
  const bots: Bot[] = [];
  const skipped: unknown[] = [];
  for (const entry of container.data.bots) {
    const bot = Bot.safeParse(entry);
    if (bot.success && !bots.some((b) => b.id === bot.data.id)) bots.push(bot.data);
    else skipped.push(entry);
  }
  const storedNext = StoredData.shape.nextId.safeParse(container.data.nextId);
  const nextId = Math.max(storedNext.success ? storedNext.data : 1, floor);
  if (skipped.length > 0) keepUnreadable(skipped, `${skipped.length} stored bot(s) could not be read and were left out`);
  // Nothing readable left of what was there: the demo starts from its seed (ids still count on).
  if (bots.length === 0 && skipped.length > 0) return { bots: seed().bots, nextId };
  return { bots, nextId };
}

/** Copies what could not be read under UNREADABLE_KEY (after what is there already) and says so in the console. */
function keepUnreadable(entries: unknown[], what: string): void {
  let kept: unknown[] = [];
  try {
    const before: unknown = JSON.parse(storage?.getItem(UNREADABLE_KEY) ?? '[]');
    if (Array.isArray(before)) kept = before;
  } catch {
    // A copy that does not read is replaced.
  }
  const texts = new Set(kept.map((e) => JSON.stringify(e)));
  const fresh = entries.filter((e) => !texts.has(JSON.stringify(e)));
  let where = `a copy is in localStorage under "${UNREADABLE_KEY}"`;
  try {
    if (fresh.length > 0) storage?.setItem(UNREADABLE_KEY, JSON.stringify([...kept, ...fresh]));
  } catch {
    where = 'the browser had no room to keep a copy';
  }
  // Said once per entry: the storage is read again before every change.
  if (fresh.length > 0) console.warn(`Mocked API: ${what}; ${where}.`, entries);
}

function load(): State {
  const settings = readStored(SETTINGS_KEY, DemoSettings);
  return { ...(readBots() ?? seed()), settings: settings ?? { ...DEFAULT_SETTINGS } };
}

/**
 * The browser refused to store a change (its storage for the site is full): the change was not
 * made, in memory either, so that the page never shows what a reload would take back.
 */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('The browser refused to store the change (its storage for this site is full).', { cause });
    this.name = 'StorageFullError';
  }
}

const dataText = (s: State) => JSON.stringify({ bots: s.bots, nextId: s.nextId } satisfies StoredData);

/**
 * Makes `next` the state: stores what differs from the current one first, and only then keeps it
 * in memory. A write the browser refuses (storage full) throws StorageFullError and changes
 * nothing: what was already written for this change is put back.
 */
function commit(next: State): void {
  if (storage) {
    const target = storage;
    const writes: [string, string][] = [];
    if (dataText(state) !== dataText(next)) writes.push([DATA_KEY, dataText(next)]);
    if (JSON.stringify(state.settings) !== JSON.stringify(next.settings)) writes.push([SETTINGS_KEY, JSON.stringify(next.settings)]);
    const done: [string, string | null][] = [];
    try {
      for (const [key, text] of writes) {
        const old = target.getItem(key);
        target.setItem(key, text);
        done.push([key, old]);
      }
    } catch (error) {
      for (const [key, old] of done) {
        try {
          if (old === null) target.removeItem(key);
          else target.setItem(key, old);
        } catch {
          // Nothing more to be done: the next successful write stores the whole state again.
        }
      }
      throw new StorageFullError(error);
    }
  }
  state = next;
}

const clone = <T>(value: T): T => structuredClone(value);

export const db = {
  /** The demo account, with the plan the demo switch selects. */
  account(): Account {
    return { ...clone(seedAccount), plan: state.settings.plan };
  },
  bots(): Bot[] {
    return clone(state.bots);
  },
  bot(id: string): Bot | undefined {
    const bot = state.bots.find((b) => b.id === id);
    return bot && clone(bot);
  },
  /** The id the next created bot gets ("bot-1", "bot-2", … skipping ids in use); nothing is reserved. */
  nextBotId(): string {
    let n = state.nextId;
    while (state.bots.some((b) => b.id === `bot-${n}`)) n++;
    return `bot-${n}`;
  },
  // Each change below starts from what is stored now (another tab may have changed it before its
  // storage event reached this one: reload) and goes through commit(): it throws StorageFullError,
  // changing nothing, when the browser refuses to store it.
  /** Stores a new, already validated bot (its id from nextBotId()). */
  create(bot: Bot): Bot {
    db.reload();
    const nextId = Number(bot.id.slice('bot-'.length)) + 1 || state.nextId + 1;
    commit({ ...state, bots: [...state.bots, clone(bot)], nextId: Math.max(nextId, state.nextId) });
    return clone(bot);
  },
  /** Replaces a stored bot (same id), already validated and versioned. */
  replace(bot: Bot): Bot {
    db.reload();
    if (!state.bots.some((b) => b.id === bot.id)) throw new Error(`No bot ${bot.id} to replace.`);
    commit({ ...state, bots: state.bots.map((b) => (b.id === bot.id ? clone(bot) : b)) });
    return clone(bot);
  },
  remove(id: string): boolean {
    db.reload();
    if (!state.bots.some((b) => b.id === id)) return false;
    commit({ ...state, bots: state.bots.filter((b) => b.id !== id) });
    return true;
  },
  settings(): DemoSettings {
    return { ...state.settings };
  },
  updateSettings(patch: DemoSettingsPatch): DemoSettings {
    db.reload();
    commit({ ...state, settings: DemoSettings.parse({ ...state.settings, ...patch }) });
    return { ...state.settings };
  },
  /** Takes the armed failure for a save, disarming it (each switch fails one save). */
  takeSaveFailure(accept: (failure: SaveFailure) => boolean = () => true): SaveFailure {
    db.reload();
    const failure = state.settings.failNextSave;
    if (failure === 'none' || !accept(failure)) return 'none';
    commit({ ...state, settings: { ...state.settings, failNextSave: 'none' } });
    return failure;
  },
  /**
   * Restores the seed bots and the default switches (and stores them). The id counter goes on: the
   * browser keeps drafts and simulator events by bot id, and a new bot must not inherit those of a
   * bot made before the reset.
   */
  reset(): void {
    db.reload(); // the id counter as another tab left it: it never goes back
    commit({ ...seed(), nextId: state.nextId });
  },
  /**
   * Persists into `target` (the browser passes localStorage): loads what is stored there (every
   * bot that reads; see readBots()), the seed when nothing is; null goes back to memory only.
   */
  persistTo(target: KeyValueStorage | null): void {
    storage = target;
    state = load();
  },
  /** Re-reads the storage (another tab changed it). */
  reload(): void {
    // The counter never goes back, even if what the other tab stored says less.
    if (!storage) return;
    const loaded = load();
    state = { ...loaded, nextId: Math.max(loaded.nextId, state.nextId) };
  },
};
