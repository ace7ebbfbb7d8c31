// A field in step with what it hands on, as its callers keep it, for the simulator's field tests.
import { useState, type ReactNode } from 'react';

/**
 * Holds the value a field hands on and gives it back to it; `seen` lists what was handed on, and the
 * value is shown in an <output> ("none" when there is none).
 */
export function Controlled<T extends string | number | undefined>({ initial, seen, children }: { initial: T; seen: T[]; children(value: T, onChange: (v: T) => void): ReactNode }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {children(value, (v) => {
        seen.push(v);
        setValue(v);
      })}
      <output data-testid="value">{value ?? 'none'}</output>
    </>
  );
}
