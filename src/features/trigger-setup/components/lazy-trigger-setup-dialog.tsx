import { Suspense, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PartBoundary } from '../../../components/ui/error-boundary';
import { retryableImport, retryableLazy } from '../../../lib/retryable-import';
import { SLOW_WAIT_MS, useSettled } from '../../../lib/use-settled';
import type { TriggerSetupDialogProps } from './trigger-setup-dialog';

// The dialog (its editors, react-hook-form, the time module) stays out of the initial bundle: it
// loads when the page is idle, or at the latest when a bot is first opened. When its code does not
// come, a small dialog of its own says so, with "Try again" (which loads it afresh: see retryableImport).
const code = retryableImport(() => import('./trigger-setup-dialog'));
const Dialog = retryableLazy(() => code.load().then((m) => m.TriggerSetupDialog));

/**
 * While the dialog's code loads: said (and shown) only when that lasts. Usually it was loaded when
 * the page was idle, and "Opening the trigger setup…" was said anyway, before the dialog's name.
 */
function Opening() {
  const said = useSettled('Opening the trigger setup…', SLOW_WAIT_MS, '');
  return <p role="status">{said}</p>;
}

/**
 * In the dialog's place when its code did not load (or it failed): a modal of its own, as the dialog
 * would have been, so the message shows where the admin looks and the focus goes into it (its "Try
 * again"); Close and Escape give the focus back to what opened it, as the dialog does. Its name holds
 * none of the names SPEC §10 keeps.
 */
function EditorFailed({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Set false as it goes: a dialog closed because the editor came instead is not a Close.
  const live = useRef(true);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    live.current = true;
    if (!dialog.open) dialog.showModal();
    return () => {
      live.current = false;
      // Closed before it leaves the page: the browser gives the focus back to what opened it, which
      // the editor then takes as its own opener (removed while open, the focus fell to the page body).
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="ui-failed-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (live.current) onClose();
      }}
    >
      <h2 id={titleId}>Could not open the bot editor</h2>
      {children}
      <button type="button" className="ui-button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}

/** The Trigger setup dialog, loaded on demand. Once loaded it stays mounted, so closing returns focus as usual. */
export function TriggerSetupDialog(props: TriggerSetupDialogProps) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  // Each opening counts: opening again after a failure loads the code again.
  const [openings, setOpenings] = useState(props.open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setOpenings((n) => n + 1);
  }

  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void code.load().catch(() => {})); // a failure is said when a bot is opened
    return () => cancelIdleCallback(id);
  }, []);

  if (!wanted) return null;
  return (
    <PartBoundary
      name="The bot editor"
      retry={Dialog.retry}
      resetKey={openings}
      frame={(message) =>
        props.open && (
          <EditorFailed onClose={props.onClose}>
            {message}
          </EditorFailed>
        )
      }
    >
      <Suspense fallback={<Opening />}>
        <Dialog.Component {...props} />
      </Suspense>
    </PartBoundary>
  );
}
