import { useEffect, useId, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { Field, Popover, PopoverClose, PopoverContent, PopoverTrigger } from '../../../components/ui';
import {
  DemoSettingsPatch,
  LATENCIES,
  SAVE_FAILURES,
  useDemoSettings,
  useResetDemoData,
  useUpdateDemoSettings,
  type DemoSettings as Settings,
  type Latency,
  type SaveFailure,
} from '../../../api';
import { PLANS, type Plan } from '../../../domain';
import { focusIsLost } from '../../../lib/use-focus-after-render';
import './demo-settings.css';

const LATENCY_LABELS: Record<Latency, string> = {
  none: 'None',
  realistic: 'Realistic (200–800 ms)',
  slow: 'Slow (3 seconds)',
};

const FAILURE_LABELS: Record<SaveFailure, string> = {
  none: 'Succeeds',
  '500': 'Fails with a server error (500)',
  network: 'Fails with a network error',
  '409': 'Conflicts: another admin saved first (409)',
};

const PLAN_LABELS: Record<Plan, string> = { base: 'Base', advanced: 'Advanced', enterprise: 'Enterprise' };

type DemoSettingsProps = {
  /** After "Reset demo data" succeeded: forget what this browser kept for the old bots (drafts). */
  onReset?(): void;
};

/** The "Demo settings" button and its popover: the mocked server's switches and "Reset demo data". */
export function DemoSettings({ onReset }: DemoSettingsProps = {}) {
  const headingId = useId();
  const done = useRef<HTMLButtonElement>(null);
  return (
    <Popover>
      <PopoverTrigger asChild>
        <button type="button" className="demo-settings-trigger">
          Demo settings
        </button>
      </PopoverTrigger>
      <PopoverContent className="demo-settings" align="end" aria-labelledby={headingId}>
        <h2 id={headingId} className="demo-settings-title">
          Demo settings
        </h2>
        <p className="ui-hint">These switches change how the demo&apos;s mocked server behaves.</p>
        <DemoSettingsForm onReset={onReset} done={done} />
        {/* A way out that is seen (Escape and a click outside are not), as the condition chips have. */}
        <PopoverClose ref={done} className="ui-button demo-settings-done">
          Done
        </PopoverClose>
      </PopoverContent>
    </Popover>
  );
}

function DemoSettingsForm({ onReset, done }: DemoSettingsProps & { done: RefObject<HTMLButtonElement | null> }) {
  const settings = useDemoSettings();
  const update = useUpdateDemoSettings();
  // Opened while the settings load (the first open): the popover puts the focus on its only control,
  // Done, at the bottom. Once the fields come, it goes to the first, as on later opens, unless the
  // admin has moved it meanwhile.
  const firstField = useRef<HTMLSelectElement>(null);
  const [loadedAtOpen] = useState(!settings.isPending);
  const loaded = !settings.isPending;
  useEffect(() => {
    if (loadedAtOpen || !loaded) return;
    if (document.activeElement === done.current || focusIsLost()) firstField.current?.focus();
  }, [loadedAtOpen, loaded, done]);

  if (settings.isPending) return <p role="status">Loading the demo settings…</p>;
  if (settings.isError) return <p role="alert">Could not load the demo settings: {settings.error.message}</p>;

  // While a change is on its way, show the value being set.
  const shown: Settings = update.isPending ? { ...settings.data, ...update.variables } : settings.data;
  const change = (patch: unknown) => {
    const parsed = DemoSettingsPatch.safeParse(patch);
    if (parsed.success) update.mutate(parsed.data);
  };
  const onSelect = (key: keyof Settings) => (event: ChangeEvent<HTMLSelectElement>) => change({ [key]: event.target.value });

  return (
    <div className="demo-settings-form">
      <Field label="Latency" hint="How long every answer of the server takes.">
        {(props) => (
          <select {...props} ref={firstField} value={shown.latency} onChange={onSelect('latency')}>
            {LATENCIES.map((value) => (
              <option key={value} value={value}>
                {LATENCY_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Next save" hint="Applies once, to the next save or deletion of a bot.">
        {(props) => (
          <select {...props} value={shown.failNextSave} onChange={onSelect('failNextSave')}>
            {SAVE_FAILURES.map((value) => (
              <option key={value} value={value}>
                {FAILURE_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Plan" hint="Tag and field triggers need the Enterprise plan.">
        {(props) => (
          <select {...props} value={shown.plan} onChange={onSelect('plan')}>
            {PLANS.map((value) => (
              <option key={value} value={value}>
                {PLAN_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {update.isError && <p role="alert">The setting was not changed: {update.error.message}</p>}
      <ResetDemoData onReset={onReset} />
    </div>
  );
}

function ResetDemoData({ onReset }: DemoSettingsProps) {
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const cancel = () => {
    setConfirming(false);
    // Focus goes back where it came from, not to the top of the page.
    requestAnimationFrame(() => resetButton.current?.focus());
  };
  const confirm = () => {
    reset.mutate(undefined, { onSuccess: () => onReset?.(), onSettled: cancel });
  };

  return (
    <div className="demo-settings-reset">
      {confirming ? (
        <div role="group" aria-labelledby={questionId} className="demo-settings-confirm">
          <p id={questionId}>Reset every bot and switch to the demo&apos;s starting point? Bots you saved
            {onReset ? ', and unsaved changes in this browser,' : ''} are lost.</p>
          <div className="demo-settings-actions">
            <button type="button" className="demo-settings-danger" onClick={confirm} disabled={reset.isPending}>
              {reset.isPending ? 'Resetting…' : 'Yes, reset demo data'}
            </button>
            {/* Cancel takes the focus first: the safe choice. */}
            <button type="button" onClick={cancel} autoFocus disabled={reset.isPending}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={resetButton} onClick={() => setConfirming(true)}>
          Reset demo data
        </button>
      )}
      <p role="status" className="demo-settings-status">
        {reset.isSuccess && !confirming ? 'The demo data was reset.' : ''}
      </p>
      {reset.isError && <p role="alert">The demo data was not reset: {reset.error.message}</p>}
    </div>
  );
}
