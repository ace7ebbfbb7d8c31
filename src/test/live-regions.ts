// What the page's live regions tell a screen reader, for component tests (jsdom). A live region is an
// element with role status, alert or log, an <output>, or one with aria-live (not "off"). Status and
// alert regions are atomic: a change in them is read as their whole text, buttons' names included.

const LIVE = '[role="status"], [role="alert"], [role="log"], output, [aria-live]';

/** Whether `el` is a live region of its own. */
export function isLiveRegion(el: Element): boolean {
  return el.matches(LIVE) && el.getAttribute('aria-live') !== 'off';
}

/** The live regions in `root`, `root` itself included. */
export function liveRegions(root: Element): HTMLElement[] {
  return [root, ...root.querySelectorAll(LIVE)].filter((el): el is HTMLElement => el instanceof HTMLElement && isLiveRegion(el));
}

/** A region's words as a screen reader gets them: its text, white space folded. */
export const wordsOf = (region: Element): string => (region.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The controls inside `region` (a live region should hold words only). */
export const controlsIn = (region: Element): string[] =>
  [...region.querySelectorAll('button, a[href], input, select, textarea, [role="button"], [role="switch"], [role="checkbox"]')].map(
    (c) => c.getAttribute('aria-label') ?? wordsOf(c),
  );

/** The nearest live region holding `node`, if any. */
function regionOf(node: Node): Element | null {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (el.getAttribute('aria-live') === 'off') return null;
    if (isLiveRegion(el)) return el;
  }
  return null;
}

/**
 * Records what the live regions in `root` say from now on, in order: a region's words each time they
 * change to something not empty (emptied and set again, they count again), and the words of a region
 * that comes into the page with them (some screen readers read those, some do not; none should be
 * needed). `said()` returns what was said since the last call.
 */
export function listenToLiveRegions(root: Node): { said(): string[]; stop(): void } {
  const last = new Map<Element, string>();
  let heard: string[] = [];
  const take = (records: MutationRecord[]) => {
    const changed = new Set<Element>();
    for (const r of records) {
      const region = regionOf(r.target);
      if (region) changed.add(region);
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        liveRegions(n).forEach((el) => changed.add(el));
      }
    }
    for (const region of changed) {
      if (!region.isConnected) continue;
      const words = wordsOf(region);
      if (words !== (last.get(region) ?? '')) {
        last.set(region, words);
        if (words !== '') heard.push(words);
      }
    }
  };
  const observer = new MutationObserver(take);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    said() {
      take(observer.takeRecords());
      const out = heard;
      heard = [];
      return out;
    },
    stop: () => observer.disconnect(),
  };
}
