// Moving the focus once React has rendered a change: when a click removes the focused control (a
// deleted row, an answered confirmation), the browser leaves the focus on the page body, and
// keyboard and screen-reader users lose their place. The caller says where the focus goes next;
// the element is looked up after the render, when it exists.
import { useCallback, useEffect, useRef } from 'react';

type Find = () => HTMLElement | null | undefined;

/** Returns `focusNext(find)`: after the next render, focuses what `find()` returns (if anything). */
export function useFocusAfterRender(): (find: Find) => void {
  const pending = useRef<Find | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (find === null) return;
    pending.current = null;
    find()?.focus();
  });
  return useCallback((find: Find) => {
    pending.current = find;
  }, []);
}

/** True when nothing in the page has the focus (it fell to the body with a removed element). */
export const focusIsLost = (): boolean => document.activeElement === null || document.activeElement === document.body;
