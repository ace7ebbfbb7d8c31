import { useId, type ReactNode } from 'react';
import './ui.css';

export type ChecklistOption = { id: string; label: string; group?: string };

type ChecklistProps = {
  legend: string;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange(next: string[]): void;
  hint?: ReactNode;
  /** Errors about the list as a whole ("Select at least one stage."): read with its first box. */
  errors?: readonly string[];
  /**
   * Errors about one chosen id, by its place in `value` (a path's last part: "stageIds.2" → 2), such
   * as an id the account does not have: shown with the others, and marked and read on that id's box.
   */
  itemErrors?: ReadonlyMap<number, readonly string[]>;
  /** Shown when there is nothing to choose from. */
  empty?: ReactNode;
  /** The label of a chosen id that is not among the options (default: the id, "not in this account"). */
  outsideLabel?: (id: string) => string;
};

const notInAccount = (id: string) => `${id} (not in this account)`;
const NO_ITEM_ERRORS: ReadonlyMap<number, readonly string[]> = new Map();

/** A multi-select as a fieldset of checkboxes, grouped by `group` when options have one. */
export function Checklist({ legend, options, value, onChange, hint, errors = [], itemErrors = NO_ITEM_ERRORS, empty, outsideLabel = notInAccount }: ChecklistProps) {
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
  // Each sentence has an id of its own, so that a box is read with its own sentences only. `of`: the
  // id it is about, null for the list as a whole (or a place `value` does not have).
  const sentences = [
    ...errors.map((message, i) => ({ key: `l${i}`, message, of: null as string | null })),
    ...[...itemErrors].flatMap(([at, messages]) => messages.map((message, i) => ({ key: `i${at}-${i}`, message, of: value[at] ?? null }))),
  ];
  const sentenceId = (key: string) => `${id}-error-${key}`;
  const describedBy = [sentences.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  // The first box is where a refused Save (or "Go to …") puts the focus for a problem of the list as a
  // whole: it carries those errors too, so that they are read with it. On the fieldset alone, a screen
  // reader landing on the box said nothing of them. An error about one id (one the account does not
  // have) is on that id's box instead: on the first box, "Incoming leads" was marked for "s-ghost".
  const firstBox = options[0]?.id ?? unknownIds[0];
  const errorOf = (boxId: string, known: boolean) => {
    const own = sentences.filter((s) => (s.of === null ? boxId === firstBox && (known || options.length === 0) : s.of === boxId));
    return own.length > 0 ? ({ 'aria-invalid': true, 'aria-describedby': own.map((s) => sentenceId(s.key)).join(' ') } as const) : {};
  };
  /** A box's places in `value` ("0 2"), for a path that ends in one ("stageIds.2", lib/problem-target). */
  const placesOf = (boxId: string) => value.flatMap((v, i) => (v === boxId ? [String(i)] : [])).join(' ') || undefined;
  return (
    <fieldset className="ui-checklist" aria-describedby={describedBy} aria-invalid={sentences.length > 0 || undefined}>
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
              <input
                type="checkbox"
                checked={selected.has(o.id)}
                onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                data-path={placesOf(o.id)}
                {...errorOf(o.id, true)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      ))}
      {unknownIds.length > 0 && (
        <div className="ui-checklist-group">
          {unknownIds.map((u) => (
            <label key={u} className="ui-check">
              <input type="checkbox" checked onChange={() => removeUnknown(u)} data-path={placesOf(u)} {...errorOf(u, false)} />
              <span>{outsideLabel(u)}</span>
            </label>
          ))}
        </div>
      )}
      {sentences.length > 0 && (
        <ul id={`${id}-error`} className="ui-errors">
          {sentences.map((s) => (
            <li key={s.key} id={sentenceId(s.key)}>
              {s.message}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
