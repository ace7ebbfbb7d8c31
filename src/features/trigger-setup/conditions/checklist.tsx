import { useId } from 'react';
import { FieldError } from './field-error';

export type ChecklistOption = { id: string; name: string };

type ChecklistProps = {
  legend: string;
  options: readonly ChecklistOption[];
  selected: readonly string[];
  onChange(next: string[]): void;
  errors?: readonly string[];
  hint?: string;
};

/** A fieldset of checkboxes. Selected ids the options do not know (a deleted tag, say) stay listed so they can be unticked. */
export function Checklist({ legend, options, selected, onChange, errors = [], hint }: ChecklistProps) {
  const id = useId();
  const known = new Set(options.map((o) => o.id));
  const all: ChecklistOption[] = [
    ...options,
    ...selected.filter((s) => !known.has(s)).map((s) => ({ id: s, name: `Unknown (${s})` })),
  ];
  const chosen = new Set(selected);
  const toggle = (optionId: string, on: boolean) => {
    // Keep the options' order so that the chip reads the same whatever the click order.
    const next = all.map((o) => o.id).filter((o) => (o === optionId ? on : chosen.has(o)));
    onChange(next);
  };
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="cond-checklist" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="cond-hint">
          {hint}
        </p>
      )}
      <ul className="cond-checklist__items">
        {all.map((o) => (
          <li key={o.id}>
            <label className="cond-checklist__item">
              <input type="checkbox" checked={chosen.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
              <span>{o.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}
