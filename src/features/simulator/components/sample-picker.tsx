import { useEffect, useRef, useState } from 'react';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { SAMPLES, type Sample } from '../samples';

type Props = {
  /** `eventsOnly`: the sample's events and leads, without its bot's settings and expectations. */
  onLoad(sample: Sample, eventsOnly: boolean): void;
  disabled: boolean;
  /**
   * What loading a sample would throw away: the admin's events, leads, expectations ("your 5 events
   * and 2 leads") and whether their bot's setup; null when nothing of the admin's is there.
   */
  replaces(sample: Sample): { what: string | null; bot: boolean } | null;
};

/** The question's sentence. */
function question(label: string, what: string | null, bot: boolean): string {
  const setup = "your bot's settings (triggers, conditions, active hours, message status, on/off) with the sample's (in the draft; nothing is saved)";
  if (what !== null && bot) return `Load “${label}”? It replaces ${what}, and ${setup}.`;
  if (bot) return `Load “${label}”? It replaces ${setup}.`;
  return `Load “${label}”? It replaces ${what}, and applies its bot's settings to your draft (not saved).`;
}

export function SamplePicker({ onLoad, disabled, replaces }: Props) {
  const [asking, setAsking] = useState<{ sample: Sample; what: string | null; bot: boolean } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusNext = useFocusAfterRender();
  const backTo = (sample: Sample) => focusNext(() => listRef.current?.querySelector<HTMLElement>(`[data-sample="${sample.id}"]`));
  const pick = (sample: Sample) => {
    const replaced = replaces(sample);
    if (replaced === null) return onLoad(sample, false);
    setAsking({ sample, ...replaced });
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
      <p className="sim-hint">
        A sample brings its events and expectations and applies its bot's settings (all but the name) to your draft. When you have set up your
        own bot or events, it asks first, and can bring its events alone.
      </p>
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
          <p id="sim-sample-question">{question(asking.sample.label, asking.what, asking.bot)}</p>
          <div className="sim-row-actions">
            <button
              type="button"
              ref={replaceRef}
              onClick={() => {
                setAsking(null);
                backTo(asking.sample);
                onLoad(asking.sample, false);
              }}
            >
              Replace them
            </button>
            {asking.bot && (
              // The admin's bot against the sample's events: its expectations, written for the sample's bot, stay out.
              <button
                type="button"
                onClick={() => {
                  setAsking(null);
                  backTo(asking.sample);
                  onLoad(asking.sample, true);
                }}
              >
                Only its events
              </button>
            )}
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
