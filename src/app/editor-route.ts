// The bot editor in the page's address, so that the browser's Back closes it, Forward opens it again,
// and a link (or a reload) opens a bot: `#/bots/<id>` (the id URI-encoded), `#/new-bot` for a new bot,
// no fragment for the list. A hash and the History API are all it takes; a router would weigh more
// than the whole of this on the initial page.

/** What the address shows: null is the list; `botId` null is a new bot. */
export type EditorRoute = { botId: string | null } | null;

const BOT = '#/bots/';
const NEW_BOT = '#/new-bot';

/** The route a location's hash asks for; anything else (none, `#x`, a bad escape) is the list. */
export function routeFromHash(hash: string): EditorRoute {
  if (hash === NEW_BOT) return { botId: null };
  if (!hash.startsWith(BOT) || hash.length === BOT.length) return null;
  try {
    return { botId: decodeURIComponent(hash.slice(BOT.length)) };
  } catch {
    return null; // "%E0%A4%A" and the like: no bot has such an id
  }
}

/** A link to a bot that names none: "#/bots/" with no id, or an id that is not URI-encoded text. */
export function isBrokenLink(hash: string): boolean {
  return hash.startsWith(BOT) && routeFromHash(hash) === null;
}

/** The hash of `route` ('' for the list). */
export function hashOf(route: EditorRoute): string {
  return route === null ? '' : route.botId === null ? NEW_BOT : BOT + encodeURIComponent(route.botId);
}

export const sameRoute = (a: EditorRoute, b: EditorRoute): boolean => (a === null || b === null ? a === b : a.botId === b.botId);

/** The key of this studio's mark in `history.state`. */
const KEY = 'salesbotStudioPage';
/**
 * This page load's mark on the entries it made. An entry with this page's mark can be left with
 * `history.back()`: the entry under it is this document's own list. One marked by an earlier load
 * (before a reload) cannot: going back to it would load the page again.
 */
const PAGE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export type EditorHistory = {
  /**
   * Makes the address say `route`. Opening an editor from the list pushes an entry (Back then closes
   * it); closing leaves that entry with `history.back()`, so that no entry is left for Back or Forward
   * to open again by surprise, or, for an entry this page did not make (a reload), replaces it with
   * the list's. An editor opened by a link from outside gets the list put under it, so Back closes it
   * there too rather than leaving the studio.
   */
  show(route: EditorRoute): void;
  /** Replaces the current entry with the list's (a link to a bot that is not there). */
  showListInstead(): void;
  /**
   * Call on `popstate`: the route the address now asks for, or 'own' when the move was the page's
   * own (the `history.back()` of show(null)): show the current route again, something may have
   * opened since. A new entry the browser made (an address typed, a link followed) over an editor's
   * entry of this page is left at once, with that entry, for the list's under them, and the 'own'
   * move that comes shows what is then open: the list's entry is the one under any editor's.
   */
  popped(): EditorRoute | 'own';
};

/**
 * Once the browser has put the page back where a history entry left it (after `popstate`, in the same
 * task), brings the focused element into view when that left it outside the window. A new bot's first
 * save gives the focus to its row, often far down the list; the `history.back()` that closes the
 * editor then scrolled the page back to where it was when the editor opened (the top), and the
 * focused row was off screen. The restoration itself is kept: it puts the list back as the admin
 * left it, and only a focus it leaves out of view is moved, to the nearest edge.
 */
function focusIntoViewAfterRestore(win: Window): void {
  const later = win.requestAnimationFrame?.bind(win) ?? ((run: () => void) => win.setTimeout(run, 0));
  later(() => {
    const focused = win.document.activeElement;
    if (!focused || focused === win.document.body) return;
    const r = focused.getBoundingClientRect();
    if (r.top < 0 || r.bottom > win.innerHeight || r.left < 0 || r.right > win.innerWidth) focused.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

export function createEditorHistory(win: Window = window): EditorHistory {
  let backPending = false;
  const { history } = win;
  const mark = { [KEY]: PAGE };
  const marked = () => typeof history.state === 'object' && history.state !== null && KEY in history.state;
  const ours = () => marked() && (history.state as Record<string, unknown>)[KEY] === PAGE;
  const listUrl = () => win.location.pathname + win.location.search;
  // The entry the page was on last: an unmarked entry that a popstate reaches is new, made over it.
  const here = () => ({ route: routeFromHash(win.location.hash), ours: ours() });
  let was = here();
  const showListInstead = () => {
    history.replaceState(mark, '', listUrl());
    was = here();
  };
  return {
    show(route) {
      // The pop that comes shows it: a push now would be the entry that back() removes.
      if (backPending) return;
      const current = routeFromHash(win.location.hash);
      if (sameRoute(current, route)) {
        if (route !== null && !marked()) {
          showListInstead();
          history.pushState(mark, '', hashOf(route));
        }
        was = here();
        return;
      }
      if (route === null) {
        if (ours()) {
          backPending = true;
          history.back();
          return;
        }
        showListInstead();
      } else if (current === null) {
        // The list's entry is marked too (the one the page loaded on was not), so that Back to it is not taken for a new entry.
        if (!marked()) history.replaceState(mark, '', win.location.href);
        history.pushState(mark, '', hashOf(route));
      } else history.replaceState(ours() ? mark : history.state, '', hashOf(route));
      was = here();
    },
    showListInstead,
    popped() {
      focusIntoViewAfterRestore(win);
      if (backPending) {
        backPending = false;
        was = here();
        return 'own';
      }
      const route = routeFromHash(win.location.hash);
      // Back and Forward reach entries the page has marked: this one is new, an address typed or a
      // link followed over the entry the page was on.
      if (!marked()) {
        if (was.ours && was.route !== null) {
          // Over an editor's entry, itself over the list's: both are left, so that Back from what
          // opens next goes to the list, not to the editor left or to a list entry put under it.
          backPending = true;
          history.go(-2);
          return route;
        }
        // Over the list's (or a broken link's): this page's entry as it is (show() would put a second list entry under it).
        if (was.route === null) history.replaceState(mark, '', win.location.href);
      }
      was = here();
      return route;
    },
  };
}
