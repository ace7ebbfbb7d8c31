// Keeping the focused control in view when the page moves under it. Content that appears above
// the focus (a "This bot can never run" warning when the fifth weekday is ticked, a new event's
// editor above "Add event", generated events above "Generate traffic") pushed the focused control
// below the scroll box's edge, where a keyboard user no longer sees what they are on. The browser's
// scroll anchoring does not help at the top of a scroll box, where it is off.
import { useEffect } from 'react';

/** Whether `el` is not wholly inside `box`'s visible area (by its height; an element taller than the box never is). */
export function outOfView(el: Element, box: Element): boolean {
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return r.top < b.top - 1 || r.bottom > b.bottom + 1;
}

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
 * While the focus is inside `root` (an element, e.g. from a callback ref kept in state), brings the focused element back into view (nearest edge) when
 * a change of size inside `root` has moved it out of its scroll box. Not after the user scrolled
 * (wheel, touch, a press on a scroll bar) since the focus last moved: the page does not fight them.
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
    const check = () => {
      const focused = document.activeElement;
      if (userScrolled || !focused || focused === el || !el.contains(focused)) return;
      const box = scrollBoxOf(focused, el);
      if (box && outOfView(focused, box)) focused.scrollIntoView({ block: 'nearest' });
    };
    const observer = new ResizeObserver(check);
    const observeAll = () => {
      observer.disconnect();
      // The columns' contents change size; the columns themselves (fixed by the dialog) do not.
      for (const child of Array.from(el.querySelectorAll(':scope > *, :scope > * > *'))) observer.observe(child);
    };
    observeAll();
    const structure = new MutationObserver(observeAll);
    structure.observe(el, { childList: true });
    for (const child of Array.from(el.children)) structure.observe(child, { childList: true });
    el.addEventListener('focusin', onFocus);
    el.addEventListener('wheel', onUserScroll, { passive: true });
    el.addEventListener('touchmove', onUserScroll, { passive: true });
    el.addEventListener('pointerdown', onUserScroll);
    return () => {
      observer.disconnect();
      structure.disconnect();
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('wheel', onUserScroll);
      el.removeEventListener('touchmove', onUserScroll);
      el.removeEventListener('pointerdown', onUserScroll);
    };
  }, [root]);
}
