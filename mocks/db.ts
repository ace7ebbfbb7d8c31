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

function persist(): void {
  if (!storage) return;
  try {
    storage.setItem(DATA_KEY, JSON.stringify({ bots: state.bots, nextId: state.nextId } satisfies StoredData));
    storage.setItem(SETTINGS_KEY, JSON.stringify(state.settings));
  } catch {
    // Storage full or disabled: the demo keeps working in memory for this page.
  }
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
  /** Stores a new, already validated bot (its id from nextBotId()). */
  create(bot: Bot): Bot {
    state.bots.push(clone(bot));
    state.nextId = Number(bot.id.slice('bot-'.length)) + 1 || state.nextId + 1;
    persist();
    return clone(bot);
  },
  /** Replaces a stored bot (same id), already validated and versioned. */
  replace(bot: Bot): Bot {
    const i = state.bots.findIndex((b) => b.id === bot.id);
    if (i < 0) throw new Error(`No bot ${bot.id} to replace.`);
    state.bots[i] = clone(bot);
    persist();
    return clone(bot);
  },
  remove(id: string): boolean {
    const before = state.bots.length;
    state.bots = state.bots.filter((b) => b.id !== id);
    if (state.bots.length === before) return false;
    persist();
    return true;
  },
  settings(): DemoSettings {
    return { ...state.settings };
  },
  updateSettings(patch: DemoSettingsPatch): DemoSettings {
    state.settings = DemoSettings.parse({ ...state.settings, ...patch });
    persist();
    return { ...state.settings };
  },
  /** Takes the armed failure for a save, disarming it (each switch fails one save). */
  takeSaveFailure(accept: (failure: SaveFailure) => boolean = () => true): SaveFailure {
    const failure = state.settings.failNextSave;
    if (failure === 'none' || !accept(failure)) return 'none';
    state.settings = { ...state.settings, failNextSave: 'none' };
    persist();
    return failure;
  },
  /**
   * Restores the seed bots and the default switches (and stores them). The id counter goes on: the
   * browser keeps drafts and simulator events by bot id, and a new bot must not inherit those of a
   * bot made before the reset.
   */
  reset(): void {
    state = { ...seed(), nextId: state.nextId };
    persist();
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
