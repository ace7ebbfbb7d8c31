import { useId, type ReactNode } from 'react';
import { FieldErrors } from './field';
import './ui.css';

export type ChecklistOption = { id: string; label: string; group?: string };

type ChecklistProps = {
  legend: string;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange(next: string[]): void;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Shown when there is nothing to choose from. */
  empty?: ReactNode;
  /** The label of a chosen id that is not among the options (default: the id, "not in this account"). */
  outsideLabel?: (id: string) => string;
};

const notInAccount = (id: string) => `${id} (not in this account)`;

/** A multi-select as a fieldset of checkboxes, grouped by `group` when options have one. */
export function Checklist({ legend, options, value, onChange, hint, errors = [], empty, outsideLabel = notInAccount }: ChecklistProps) {
  const id = useId();
  const selected = new Set(value);
  const toggle = (optionId: string, on: boolean) => {
    // Keep the account's order, so the saved list is stable.
    const next = options.filter((o) => (o.id === optionId ? on : selected.has(o.id))).map((o) => o.id);
    // Keep ids the account no longer has: validation reports them rather than silently dropping them.
    const unknown = value.filter((v) => !options.some((o) => o.id === v));
    onChange([...next, ...unknown]);
  };
  // Shown, ticked and marked, so that they can be unticked where their error shows (a bot saved
  // before a stage was deleted, an imported file): otherwise only removing the whole trigger or
  // condition got rid of them.
  const unknownIds = [...new Set(value.filter((v) => !options.some((o) => o.id === v)))];
  const removeUnknown = (unknownId: string) => onChange(value.filter((v) => v !== unknownId));
  const groups: { name: string | undefined; items: ChecklistOption[] }[] = [];
  for (const o of options) {
    const last = groups[groups.length - 1];
    if (last && last.name === o.group) last.items.push(o);
    else groups.push({ name: o.group, items: [o] });
  }
  const describedBy = [errors.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  // The first box is where a refused Save (or "Go to …") puts the focus: it carries the errors too,
  // so that they are read with it. On the fieldset alone, a screen reader landing on the box said
  // nothing of them.
  const firstBox = options[0]?.id ?? unknownIds[0];
  const errorOf = (boxId: string, known: boolean) =>
    errors.length > 0 && boxId === firstBox && (known || options.length === 0)
      ? ({ 'aria-invalid': true, 'aria-describedby': `${id}-error` } as const)
      : {};
  return (
    <fieldset className="ui-checklist" aria-describedby={describedBy} aria-invalid={errors.length > 0 || undefined}>
      <legend className="ui-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="ui-hint">
          {hint}
        </p>
      )}
      {options.length === 0 && unknownIds.length === 0 && empty}
      {groups.map((g, gi) => (
        <div key={gi} className="ui-checklist-group" role={g.name ? 'group' : undefined} aria-label={g.name}>
          {g.name && groups.length > 1 && (
            <p className="ui-checklist-group-name" aria-hidden="true">
              {g.name}
            </p>
          )}
          {g.items.map((o) => (
            <label key={o.id} className="ui-check">
              <input type="checkbox" checked={selected.has(o.id)} onChange={(e) => toggle(o.id, e.currentTarget.checked)} {...errorOf(o.id, true)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      ))}
      {unknownIds.length > 0 && (
        <div className="ui-checklist-group">
          {unknownIds.map((u) => (
            <label key={u} className="ui-check">
              <input type="checkbox" checked onChange={() => removeUnknown(u)} {...errorOf(u, false)} />
              <span>{outsideLabel(u)}</span>
            </label>
          ))}
        </div>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
