import { useRef, useState } from 'react';
import { ReplaceQuestion } from './replace-question';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { SAMPLES, type Sample } from '../samples';

type Props = {
  /** `eventsOnly`: the sample's events and leads, without its bot's settings and expectations. */
  onLoad(sample: Sample, eventsOnly: boolean): void;
  /** "Keep mine" (or Escape) at the question: nothing loaded, and that is said. */
  onKept?(sample: Sample): void;
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

export function SamplePicker({ onLoad, onKept, disabled, replaces }: Props) {
  const [asking, setAsking] = useState<{ sample: Sample; what: string | null; bot: boolean } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusNext = useFocusAfterRender();
  const backTo = (sample: Sample) => focusNext(() => listRef.current?.querySelector<HTMLElement>(`[data-sample="${sample.id}"]`));
  const pick = (sample: Sample) => {
    const replaced = replaces(sample);
    if (replaced === null) return onLoad(sample, false);
    setAsking({ sample, ...replaced });
  };
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
        <ReplaceQuestion
          key={asking.sample.id}
          text={question(asking.sample.label, asking.what, asking.bot)}
          eventsOnly={asking.bot}
          onAnswer={(answer) => {
            setAsking(null);
            backTo(asking.sample);
            if (answer !== 'keep') onLoad(asking.sample, answer === 'events');
            else onKept?.(asking.sample);
          }}
        />
      )}
    </section>
  );
}
