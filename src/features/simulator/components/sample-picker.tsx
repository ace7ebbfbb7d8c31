import { SAMPLES, type Sample } from '../samples';

export function SamplePicker({ onLoad, disabled }: { onLoad(sample: Sample): void; disabled: boolean }) {
  return (
    <section className="sim-block" aria-labelledby="sim-samples-title">
      <h4 id="sim-samples-title">Sample scenarios</h4>
      <p className="sim-hint">One click loads the sample's events and expectations and applies its bot's settings (all but the name) to your draft.</p>
      <ul className="sim-samples">
        {SAMPLES.map((s) => (
          <li key={s.id}>
            <button type="button" disabled={disabled} onClick={() => onLoad(s)}>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
