// What a live region (role="status" or role="alert") says. A screen reader speaks a live region when
// its content changes: setting the text it already holds changes nothing in the page, so the same
// message twice in a row ("Removed trigger 3: …" after removing two alike triggers, a second Save
// refused for the same problems) was spoken once. A repeated message empties the region first and
// comes back on a later tick, which the browser reports as new text.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough for the browser to tell assistive technology that the region was emptied. */
export const REPEAT_DELAY_MS = 150;

/**
 * Returns `[text, announce]`: render `text` inside a live region that is always in the page, and
 * call `announce(message)` to have it spoken. A new message shows at once; the message the region
 * already holds is spoken again (the region is emptied, and the message set again after
 * REPEAT_DELAY_MS). `announce('')` empties it.
 */
export function useAnnouncer(): [text: string, announce: (message: string) => void] {
  const [text, setText] = useState('');
  const shown = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((message: string) => {
    clearTimeout(timer.current);
    if (message !== '' && message === shown.current) {
      shown.current = '';
      setText('');
      timer.current = setTimeout(() => {
        shown.current = message;
        setText(message);
      }, REPEAT_DELAY_MS);
      return;
    }
    shown.current = message;
    setText(message);
  }, []);
  return [text, announce];
}
