// Typing into a LocalTimeInput in tests: a date box named by the field's label and a 24-hour time box.
import { act, fireEvent, screen } from '@testing-library/react';

type Scope = Pick<typeof screen, 'getByLabelText'>;

/** The field's date box (named by its label) and time box ("<label>, time (24-hour)"). */
export function localTimeBoxes(label: string, scope: Scope = screen): { date: HTMLInputElement; time: HTMLInputElement } {
  return {
    date: scope.getByLabelText(label) as HTMLInputElement,
    time: scope.getByLabelText(`${label}, time (24-hour)`) as HTMLInputElement,
  };
}

/**
 * Types "2026-06-01T09:30" as an admin does: the focus comes into the field, the date is picked, then
 * the time typed. The focus stays in the time box (leaving it is the caller's to do).
 */
export function typeLocalTime(label: string, local: string, scope: Scope = screen): void {
  const { date, time } = localTimeBoxes(label, scope);
  act(() => date.focus());
  fireEvent.change(date, { target: { value: local.slice(0, 10) } });
  act(() => time.focus());
  fireEvent.change(time, { target: { value: local.slice(11) } });
}
