import { useEffect, useRef, useState } from 'react';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { SAMPLES, type Sample } from '../samples';

type Props = {
  onLoad(sample: Sample): void;
  disabled: boolean;
  /** What loading a sample would throw away ("your 5 events and 2 leads"), or null when nothing of the admin's is there. */
  replaces(): string | null;
};

export function SamplePicker({ onLoad, disabled, replaces }: Props) {
  const [asking, setAsking] = useState<{ sample: Sample; what: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusNext = useFocusAfterRender();
  const backTo = (sample: Sample) => focusNext(() => listRef.current?.querySelector<HTMLElement>(`[data-sample="${sample.id}"]`));
  const pick = (sample: Sample) => {
    const what = replaces();
    if (what === null) return onLoad(sample);
    setAsking({ sample, what });
  };
  // The question takes the focus when it opens (an effect on it, not focusNext: a render of the
  // panel for another reason, such as a run finishing, may come first and find no question yet).
  const replaceRef = useRef<HTMLButtonElement>(null);
  const askingId = asking?.sample.id;
  useEffect(() => {
    if (askingId !== undefined) replaceRef.current?.focus();
  }, [askingId]);
  return (
    <section className="sim-block" aria-labelledby="sim-samples-title">
      <h4 id="sim-samples-title">Sample scenarios</h4>
      <p className="sim-hint">One click loads the sample's events and expectations and applies its bot's settings (all but the name) to your draft.</p>
      <ul className="sim-samples" ref={listRef}>
        {SAMPLES.map((s) => (
          <li key={s.id}>
            <button type="button" data-sample={s.id} disabled={disabled} aria-expanded={asking?.sample.id === s.id ? true : undefined} onClick={() => pick(s)}>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <div
          className="sim-invalid sim-confirm"
          role="group"
          aria-labelledby="sim-sample-question"
          // Escape answers the question ("Keep mine") and goes no further: the dialog stays open.
          onKeyDown={(e) =>
            closeOnEscape(() => {
              setAsking(null);
              backTo(asking.sample);
            })(e)
          }
        >
          <p id="sim-sample-question">
            Load “{asking.sample.label}”? It replaces {asking.what}, and applies its bot's settings to your draft (not saved).
          </p>
          <div className="sim-row-actions">
            <button
              type="button"
              ref={replaceRef}
              onClick={() => {
                setAsking(null);
                backTo(asking.sample);
                onLoad(asking.sample);
              }}
            >
              Replace them
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(null);
                backTo(asking.sample);
              }}
            >
              Keep mine
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
