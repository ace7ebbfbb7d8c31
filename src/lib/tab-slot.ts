// Where this tab keeps the bot it is creating. Drafts of saved bots are kept per bot (two tabs
// editing one bot share its draft, and each sees the other's typing), but a new bot has no id yet:
// kept in one place for the whole browser, two tabs each starting a new bot wrote over each other's
// work, and the first to save removed the other's draft. Each tab gets a place of its own, named by
// an id kept in sessionStorage (which lasts as long as the tab, reloads included; another tab opened
// by the admin starts with its own, but a tab the browser duplicates starts with a copy of it, and
// then shares the original's new bot, as all tabs did before). The new bots of other tabs, or of
// tabs since closed, stay where they are, and the bot list offers to continue them here.

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

/** True for a string tabSlot() could have made (a stored key's tail is checked before it is used). */
export const isTabSlot = (s: string): boolean => SLOT_PATTERN.test(s);

/** Tests: forget the slot read, as a new tab would start (sessionStorage is the test's to clear). */
export function forgetTabSlot(): void {
  current = null;
}
