// Panels inside the dialog (a sample question, a result's details, an event being edited) close on
// Escape as their own close button does, and the Escape stops there: the dialog around them, which
// also closes on Escape, stays open.
import type { KeyboardEvent } from 'react';

/** A keydown handler for such a panel's element. */
export function closeOnEscape(close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.stopPropagation();
    e.preventDefault();
    close();
  };
}
