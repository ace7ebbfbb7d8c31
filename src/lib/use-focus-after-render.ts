// Moving the focus once React has rendered a change: when a click removes the focused control (a
// deleted row, an answered confirmation), the browser leaves the focus on the page body, and
// keyboard and screen-reader users lose their place. The caller says where the focus goes next;
// the element is looked up after the render, when it exists.
import { useCallback, useEffect, useRef } from 'react';

type Find = () => HTMLElement | null | undefined;

/** How long a request waits for its element to appear, over later renders. */
const WAIT_MS = 2000;

type Request = { find: Find; from: Element | null; until: number };

/**
 * Returns `focusNext(find)`: after the next render, focuses what `find()` returns. When it is not
 * there yet (a render for another reason came first, the element comes with a later one), the
 * request waits for later renders, for a short while and only as long as nothing else took the
 * focus: the focus is still where it was when asked, or fell to the page body.
 */
export function useFocusAfterRender(): (find: Find) => void {
  const pending = useRef<Request | null>(null);
  useEffect(() => {
    const request = pending.current;
    if (request === null) return;
    const target = request.find();
    if (target) {
      pending.current = null;
      target.focus();
      return;
    }
    const active = document.activeElement;
    const untouched = active === null || active === document.body || active === request.from;
    if (!untouched || performance.now() > request.until) pending.current = null;
  });
  return useCallback((find: Find) => {
    pending.current = { find, from: document.activeElement, until: performance.now() + WAIT_MS };
  }, []);
}

/** True when nothing in the page has the focus (it fell to the body with a removed element). */
export const focusIsLost = (): boolean => document.activeElement === null || document.activeElement === document.body;
