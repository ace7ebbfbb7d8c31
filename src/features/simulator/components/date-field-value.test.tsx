// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { listenToLiveRegions } from '../../../test/live-regions';
import { DateFieldValue } from './date-field-value';

/** The box as Chromium reports it: `value`, and whether it holds a half-typed date (validity.badInput). */
function typeInto(box: HTMLInputElement, value: string, badInput = false) {
  Object.defineProperty(box, 'validity', { value: { badInput, valid: !badInput }, configurable: true });
  fireEvent.change(box, { target: { value } });
  fireEvent.keyUp(box);
}

function Harness({ initial, seen }: { initial: string | null; seen: (string | null)[] }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <DateFieldValue
      type="date"
      label="Meeting Time"
      value={value}
      tz="America/New_York"
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}
const box = () => screen.getByLabelText('Meeting Time') as HTMLInputElement;

describe('DateFieldValue (a date field)', () => {
  it('hands on nothing while a date is half typed, then the date typed', () => {
    const seen: (string | null)[] = [];
    render(<Harness initial="2026-06-01" seen={seen} />);
    typeInto(box(), '', true); // the "0" of "01": the browser reports ""
    expect(seen).toEqual([]);
    typeInto(box(), '2026-01-15');
    expect(seen).toEqual(['2026-01-15']);
  });

  it('hands on no year outside 1900–2200 (a year being typed), and says so once the box is left', async () => {
    const seen: (string | null)[] = [];
    render(<Harness initial="2026-06-01" seen={seen} />);
    box().focus();
    for (const v of ['0002-06-01', '0020-06-01', '0202-06-01']) typeInto(box(), v);
    expect(seen).toEqual([]);
    expect(box()).not.toHaveAttribute('aria-invalid'); // not while typing
    await userEvent.setup().tab();
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('Enter a year from 1900 to 2200: still 2026-06-01.');
    typeInto(box(), '2027-06-01');
    expect(seen).toEqual(['2027-06-01']);
    expect(box()).not.toHaveAttribute('aria-invalid');
  });

  it('clears the field when the box is emptied, also when the browser sends no change for the last part', () => {
    const seen: (string | null)[] = [];
    render(<Harness initial="2026-06-01" seen={seen} />);
    typeInto(box(), '', true); // parts cleared one by one: half a date
    expect(seen).toEqual([]);
    // The last part cleared: still "", now not half a date; no change event, only the key.
    Object.defineProperty(box(), 'validity', { value: { badInput: false, valid: true }, configurable: true });
    fireEvent.keyUp(box());
    expect(seen).toEqual([null]);
  });

  it('says a date left half typed, and what the field still holds; spoken once, as the box is left', async () => {
    const seen: (string | null)[] = [];
    render(<Harness initial="2026-06-01" seen={seen} />);
    const heard = listenToLiveRegions(document.body);
    box().focus();
    typeInto(box(), '', true); // the "0" of a month, then away
    expect(heard.said()).toEqual([]);
    await userEvent.setup().tab();
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('Not a whole date: still 2026-06-01.');
    await waitFor(() => expect(heard.said()).toEqual(['Not a whole date: still 2026-06-01.']));
    expect(seen).toEqual([]);
    heard.stop();
  });

  it('a stored year out of range, only passed through, is not marked; a year typed over a value it cannot show says that value', async () => {
    const seen: (string | null)[] = [];
    const { unmount } = render(<Harness initial="1850-01-01" seen={seen} />);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(box()).not.toHaveAttribute('aria-invalid');
    unmount();
    render(<Harness initial="next Tuesday" seen={seen} />);
    box().focus();
    typeInto(box(), '0202-06-01');
    await user.tab();
    expect(box()).toHaveAccessibleDescription(/Enter a year from 1900 to 2200: still “next Tuesday”\.$/);
    expect(seen).toEqual([]);
  });

  it('keeps a value it cannot show (from a file) when the box is only passed through', async () => {
    const seen: (string | null)[] = [];
    render(<Harness initial="next Tuesday" seen={seen} />);
    const user = userEvent.setup();
    await user.tab(); // into the box: its key is let go there
    await user.tab();
    expect(seen).toEqual([]);
    expect(screen.getByText(/The value “next Tuesday” is not a date/)).toBeInTheDocument();
  });
});
