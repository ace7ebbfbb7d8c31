// A lead's sale amount typed in the simulator: "Sale" of a lead at the start or of a created lead,
// and "New sale" of a lead update.
import { useId, useState } from 'react';

type Props = {
  label: string;
  /** The amount; undefined for an empty optional box ("New sale": unchanged). */
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** Emptying the box hands on undefined; otherwise an empty box is a problem, and the amount kept. */
  optional?: boolean;
  /** The box's id; its own otherwise. */
  id?: string;
};

/** What is wrong with the box's text, or the amount it holds (undefined: empty). */
function readSale(text: string, unreadable: boolean, optional: boolean): { amount: number | undefined } | { problem: string } {
  if (unreadable) return { problem: 'Enter the sale as a number.' };
  if (text.trim() === '') return optional ? { amount: undefined } : { problem: 'Enter a sale (0 for none).' };
  const n = Number(text);
  if (!Number.isFinite(n)) return { problem: 'Enter the sale as a number.' };
  if (n < 0) return { problem: 'A sale cannot be negative.' };
  return { amount: n };
}

/**
 * A sale amount box that keeps what is typed: `Number(v) || 0` turned the "-" of "-500" into 0
 * (the box showed "0500") and an emptied box into "0" at once. An amount is handed on as soon as
 * it reads as one; text that does not (not a number, negative, empty where an amount is needed)
 * keeps the amount from before and is said beside the box once the box is left, until it is put right.
 */
export function SaleInput({ label, value, onChange, optional = false, id: givenId }: Props) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const shown = value === undefined ? '' : String(value);
  // The box's text, and the amount it is in step with: an amount changed from outside (a sample, an
  // import) replaces it; one handed on from here keeps it as typed.
  const [draft, setDraft] = useState({ text: shown, unreadable: false, of: value });
  let { text, unreadable } = draft;
  if (!Object.is(draft.of, value)) {
    text = shown;
    unreadable = false;
    setDraft({ text, unreadable, of: value });
  }
  // The box was left holding what is no amount: said until put right.
  const [left, setLeft] = useState(false);
  // What is spoken: the problem as the box is left, in a status region that is always in the page
  // (one that comes with its words may not be read), and nothing while typing (every key changed it).
  const [said, setSaid] = useState('');
  const read = readSale(text, unreadable, optional);
  const problem = 'problem' in read && left ? read.problem : null;
  const problemId = `${id}-problem`;

  const type = (box: HTMLInputElement) => {
    const next = { text: box.value, unreadable: box.validity.badInput };
    if (next.text === text && next.unreadable === unreadable) return;
    setSaid('');
    const reading = readSale(next.text, next.unreadable, optional);
    const amount = 'amount' in reading ? reading.amount : value;
    if ('amount' in reading) setLeft(false); // put right: the next problem waits for the box to be left again
    setDraft({ ...next, of: amount });
    if (!Object.is(amount, value)) onChange(amount);
  };

  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={text}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem !== null ? problemId : undefined}
        onChange={(e) => type(e.currentTarget)}
        // The browser reports "" both for an empty box and for text it cannot read ("-", "1e"), and
        // sends no event while that stays "": the box is read again as keys are let go and as it is left.
        onKeyUp={(e) => type(e.currentTarget)}
        onBlur={(e) => {
          type(e.currentTarget);
          const reading = readSale(e.currentTarget.value, e.currentTarget.validity.badInput, optional);
          setLeft(!('amount' in reading));
          setSaid('problem' in reading ? reading.problem : '');
        }}
      />
      <span role="status" className="sim-visually-hidden">
        {said}
      </span>
      {problem !== null && (
        <p id={problemId} className="sim-hint sim-bad">
          {problem}
        </p>
      )}
    </div>
  );
}
