import { lazy, Suspense, useEffect, useState } from 'react';
import { SLOW_WAIT_MS, useSettled } from '../../../lib/use-settled';
import type { TriggerSetupDialogProps } from './trigger-setup-dialog';

// The dialog (its editors, react-hook-form, the time module) stays out of the initial bundle: it
// loads when the page is idle, or at the latest when a bot is first opened.
const load = () => import('./trigger-setup-dialog');
const Dialog = lazy(() => load().then((m) => ({ default: m.TriggerSetupDialog })));

/**
 * While the dialog's code loads: said (and shown) only when that lasts. Usually it was loaded when
 * the page was idle, and "Opening the trigger setup…" was said anyway, before the dialog's name.
 */
function Opening() {
  const said = useSettled('Opening the trigger setup…', SLOW_WAIT_MS, '');
  return <p role="status">{said}</p>;
}

/** The Trigger setup dialog, loaded on demand. Once loaded it stays mounted, so closing returns focus as usual. */
export function TriggerSetupDialog(props: TriggerSetupDialogProps) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);

  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void load());
    return () => cancelIdleCallback(id);
  }, []);

  if (!wanted) return null;
  return (
    <Suspense fallback={<Opening />}>
      <Dialog {...props} />
    </Suspense>
  );
}
