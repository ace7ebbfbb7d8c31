// Keeping the focused control in view when the page moves under it. Content that appears above
// the focus (a "This bot can never run" warning when the fifth weekday is ticked, a new event's
// editor above "Add event", generated events above "Generate traffic") pushed the focused control
// below the scroll box's edge, where a keyboard user no longer sees what they are on. The browser's
// scroll anchoring does not help at the top of a scroll box, where it is off.
import { useEffect } from 'react';

/**
 * Whether `el` is not wholly inside `box`'s visible area, by its height. An element taller than the
 * box (the results table at a high zoom) never fits: it is left where it is.
 */
export function outOfView(el: Element, box: Element): boolean {
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.height > b.height) return false;
  return r.top < b.top - 1 || r.bottom > b.bottom + 1;
}

/** Keys that scroll the page when the focused control does not take them itself. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ']);
const takesKeys = (el: Element): boolean =>
  (el instanceof HTMLInputElement && el.type !== 'checkbox') ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el as HTMLElement).isContentEditable;

/** The nearest ancestor of `el` inside `root` (or `root` itself) that scrolls vertically. */
function scrollBoxOf(el: Element, root: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
    if (node === root) break;
  }
  return null;
}

/**
 * The children of `el` that have a box, for a ResizeObserver: a child with no box of its own
 * (`display: contents`, as the wrapper of a part with its own error boundary, around the simulator)
 * is never reported resized, and stands for its children. Such wrappers are added to `wrappers`, as
 * their children come and go too.
 */
function boxedChildren(el: Element, wrappers: Element[]): Element[] {
  const boxes: Element[] = [];
  for (const child of Array.from(el.children)) {
    if (getComputedStyle(child).display !== 'contents') boxes.push(child);
    else {
      wrappers.push(child);
      boxes.push(...boxedChildren(child, wrappers));
    }
  }
  return boxes;
}

/**
 * While the focus is inside `root` (an element, e.g. from a callback ref kept in state), brings the focused element back into view (nearest edge) when
 * a change of size inside `root` has moved it out of its scroll box. Not after the user scrolled
 * (wheel, touch, a press on a scroll bar, a scrolling key) since the focus last moved: the page does
 * not fight them.
 */
export function useKeepFocusInView(root: HTMLElement | null): void {
  useEffect(() => {
    const el = root;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let userScrolled = false;
    const onFocus = () => {
      userScrolled = false;
    };
    const onUserScroll = () => {
      userScrolled = true;
    };
    // Scrolling with the keyboard from a button, a checkbox or a scroll box: known once the key has
    // been handled, since a control that takes the key (the results' rows, a button's Space) cancels it.
    const onKey = (e: KeyboardEvent) => {
      if (!SCROLL_KEYS.has(e.key) || !(e.target instanceof Element) || takesKeys(e.target)) return;
      if (e.key === ' ' && e.target.closest('button, [role="button"], a, input, [role="switch"], [role="checkbox"]')) return;
      setTimeout(() => {
        if (!e.defaultPrevented) userScrolled = true;
      }, 0);
    };
    const check = () => {
      const focused = document.activeElement;
      if (userScrolled || !focused || focused === el || !el.contains(focused)) return;
      const box = scrollBoxOf(focused, el);
      if (box && outOfView(focused, box)) focused.scrollIntoView({ block: 'nearest' });
    };
    const observer = new ResizeObserver(check);
    const structure = new MutationObserver(() => observeAll());
    const observeAll = () => {
      observer.disconnect();
      // The columns' contents change size; the columns themselves (fixed by the dialog) do not. The
      // columns come later (a saved bot's editors) and again (a reloaded form): watched each time.
      // Through wrappers with no box: the simulator's column holds one (its error boundary's), and
      // the simulator inside it went unwatched ("Add lead" pushed out of view by the new lead).
      const parents: Element[] = [el];
      const columns = boxedChildren(el, parents);
      parents.push(...columns);
      const contents = columns.flatMap((column) => boxedChildren(column, parents));
      for (const box of [...columns, ...contents]) observer.observe(box);
      for (const parent of parents) structure.observe(parent, { childList: true });
    };
    observeAll();
    el.addEventListener('focusin', onFocus);
    el.addEventListener('wheel', onUserScroll, { passive: true });
    el.addEventListener('touchmove', onUserScroll, { passive: true });
    el.addEventListener('pointerdown', onUserScroll);
    el.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      structure.disconnect();
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('wheel', onUserScroll);
      el.removeEventListener('touchmove', onUserScroll);
      el.removeEventListener('pointerdown', onUserScroll);
      el.removeEventListener('keydown', onKey);
    };
  }, [root]);
}
