// Where this tab keeps the bot it is creating. Drafts of saved bots are kept per bot (two tabs
// editing one bot share its draft, and each sees the other's typing), but a new bot has no id yet:
// kept in one place for the whole browser, two tabs each starting a new bot wrote over each other's
// work, and the first to save removed the other's draft. Each tab gets a place of its own, named by
// an id kept in sessionStorage (which lasts as long as the tab, reloads included; another tab opened
// by the admin starts with its own, and a tab the browser duplicates, which starts with a copy of
// it, takes a new one at start-up: claimTabSlot). The new bots of other tabs, or of tabs since
// closed, stay where they are, and the bot list offers to continue them here (those of tabs still
// open only once those tabs are closed: openTabSlots).

const TAB_KEY = 'salesbot-studio:tab';
/** What an id of ours looks like: anything else found under TAB_KEY is replaced. */
const SLOT_PATTERN = /^[0-9a-z]{8,32}$/;

let current: string | null = null;

function randomSlot(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // blocked site data: the slot lasts as long as the page
  }
}

/** This tab's place for the new bot it is creating (the same across reloads of the tab). */
export function tabSlot(): string {
  if (current !== null) return current;
  const store = sessionStore();
  let slot: string | null;
  try {
    slot = store?.getItem(TAB_KEY) ?? null;
  } catch {
    slot = null;
  }
  if (slot === null || !SLOT_PATTERN.test(slot)) {
    slot = randomSlot();
    try {
      store?.setItem(TAB_KEY, slot);
    } catch {
      // full or blocked: the slot lasts as long as the page
    }
  }
  current = slot;
  return slot;
}

/** The Web Lock a page holds on its slot for as long as it lives (see claimTabSlot). */
const LOCK_PREFIX = 'salesbot-studio:tab:';

function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** How long start-up waits for the browser to say whether this tab's slot is free. */
const CLAIM_WAIT_MS = 300;

/**
 * Holds this tab's slot for as long as the page lives (a Web Lock named after it). A tab the browser
 * duplicated starts with a copy of the original's sessionStorage, hence its slot: when another open
 * tab already holds the slot, this tab takes one of its own, so that the two do not share a new
 * bot. Call once at start-up, before the first tabSlot(). Without Web Locks (or when the browser
 * takes long to answer) the slot read from sessionStorage stands.
 */
export async function claimTabSlot(): Promise<void> {
  const locks = webLocks();
  if (!locks) return;
  const claim = (slot: string) =>
    new Promise<boolean>((resolve) => {
      locks
        .request(`${LOCK_PREFIX}${slot}`, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          // Held until the page goes: the promise never settles.
          return lock === null ? undefined : new Promise<void>(() => {});
        })
        .catch(() => resolve(true));
    });
  const answered = async (): Promise<void> => {
    for (let tries = 0; tries < 3; tries++) {
      if (await claim(tabSlot())) return;
      takeNewSlot();
    }
  };
  await Promise.race([answered(), new Promise<void>((resolve) => setTimeout(resolve, CLAIM_WAIT_MS))]);
}

/** Gives this tab a new slot (it was another open tab's). */
function takeNewSlot(): void {
  current = randomSlot();
  try {
    sessionStore()?.setItem(TAB_KEY, current);
  } catch {
    // full or blocked: the slot lasts as long as the page
  }
}

/** Whether this browser can say which tabs are open (openTabSlots): without Web Locks it cannot. */
export const canTellOpenTabs = (): boolean => typeof webLocks()?.query === 'function';

/** How long openTabSlots waits for the browser's answer. */
const QUERY_WAIT_MS = 1000;

/**
 * The slots of the tabs of this site open now, in this browser (this tab's included): each page
 * holds its slot's Web Lock while it lives (claimTabSlot), and the browser lets go of it when the page
 * goes. Null when the browser cannot say (no Web Locks, an error, no answer in time): the caller then
 * cannot tell an open tab from a closed one.
 */
export async function openTabSlots(): Promise<ReadonlySet<string> | null> {
  const locks = webLocks();
  if (typeof locks?.query !== 'function') return null;
  const asked = locks.query().then(
    ({ held }) => new Set((held ?? []).flatMap(({ name }) => (name?.startsWith(LOCK_PREFIX) ? [name.slice(LOCK_PREFIX.length)] : []))),
    () => null,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), QUERY_WAIT_MS);
  });
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

/** True for a string tabSlot() could have made (a stored key's tail is checked before it is used). */
export const isTabSlot = (s: string): boolean => SLOT_PATTERN.test(s);

/** Tests: forget the slot read, as a new tab would start (sessionStorage is the test's to clear). */
export function forgetTabSlot(): void {
  current = null;
}
