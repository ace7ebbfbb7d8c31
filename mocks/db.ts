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

const StoredData = z
  .strictObject({ bots: z.array(Bot), nextId: z.number().int().min(1) })
  .refine((d) => new Set(d.bots.map((b) => b.id)).size === d.bots.length, { error: 'Two stored bots share an id.' });
type StoredData = z.infer<typeof StoredData>;

type State = StoredData & { settings: DemoSettings };

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

function load(): State {
  const fresh = seed();
  const data = readStored(DATA_KEY, StoredData);
  const settings = readStored(SETTINGS_KEY, DemoSettings);
  return { ...(data ?? fresh), settings: settings ?? fresh.settings };
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
    const writes: [string, string, string][] = [];
    const [before, after] = [dataText(state), dataText(next)];
    if (before !== after) writes.push([DATA_KEY, before, after]);
    const [settingsBefore, settingsAfter] = [JSON.stringify(state.settings), JSON.stringify(next.settings)];
    if (settingsBefore !== settingsAfter) writes.push([SETTINGS_KEY, settingsBefore, settingsAfter]);
    const done: [string, string][] = [];
    try {
      for (const [key, old, text] of writes) {
        target.setItem(key, text);
        done.push([key, old]);
      }
    } catch (error) {
      for (const [key, old] of done) {
        try {
          target.setItem(key, old);
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
  // Each change below goes through commit(): it throws StorageFullError, changing nothing, when
  // the browser refuses to store it.
  /** Stores a new, already validated bot (its id from nextBotId()). */
  create(bot: Bot): Bot {
    const nextId = Number(bot.id.slice('bot-'.length)) + 1 || state.nextId + 1;
    commit({ ...state, bots: [...state.bots, clone(bot)], nextId: Math.max(nextId, state.nextId) });
    return clone(bot);
  },
  /** Replaces a stored bot (same id), already validated and versioned. */
  replace(bot: Bot): Bot {
    if (!state.bots.some((b) => b.id === bot.id)) throw new Error(`No bot ${bot.id} to replace.`);
    commit({ ...state, bots: state.bots.map((b) => (b.id === bot.id ? clone(bot) : b)) });
    return clone(bot);
  },
  remove(id: string): boolean {
    if (!state.bots.some((b) => b.id === id)) return false;
    commit({ ...state, bots: state.bots.filter((b) => b.id !== id) });
    return true;
  },
  settings(): DemoSettings {
    return { ...state.settings };
  },
  updateSettings(patch: DemoSettingsPatch): DemoSettings {
    commit({ ...state, settings: DemoSettings.parse({ ...state.settings, ...patch }) });
    return { ...state.settings };
  },
  /** Takes the armed failure for a save, disarming it (each switch fails one save). */
  takeSaveFailure(accept: (failure: SaveFailure) => boolean = () => true): SaveFailure {
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
    commit({ ...seed(), nextId: state.nextId });
  },
  /**
   * Persists into `target` (the browser passes localStorage): loads what is stored there, falling
   * back to the seed when it is missing or corrupt; null goes back to memory only.
   */
  persistTo(target: KeyValueStorage | null): void {
    storage = target;
    state = load();
  },
  /** Re-reads the storage (another tab changed it). */
  reload(): void {
    if (storage) state = load();
  },
};
