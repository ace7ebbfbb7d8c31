// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Controlled } from '../test/controlled';
import { LocalTimeInput } from './local-time-input';

/** What Chromium does for 31 February (or a part left blank): the value is "" and validity.badInput is set. */
function typeUnreadable(input: HTMLInputElement) {
  Object.defineProperty(input, 'validity', { value: { badInput: true, valid: false }, configurable: true });
  fireEvent.change(input, { target: { value: '' } });
}

const NY = 'America/New_York';

/** A field in step with what it hands on, as its callers keep it; `seen` lists what it handed on. */
function Harness({ label, initial, optional = false, seen }: { label: string; initial: string | undefined; optional?: boolean; seen: (string | undefined)[] }) {
  return (
    <Controlled initial={initial} seen={seen}>
      {(value, onChange) => <LocalTimeInput label={label} value={value} tz={NY} optional={optional} onChange={onChange} />}
    </Controlled>
  );
}
const dateBox = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const timeBox = (label: string) => screen.getByLabelText(`${label}, time (24-hour)`) as HTMLInputElement;

describe('LocalTimeInput', () => {
  it('is a date box named by the label and a 24-hour time box, not the browser\'s 12-hour date-time box', () => {
    render(<LocalTimeInput label="Until" value="2026-06-01T18:00:00Z" tz={NY} onChange={() => {}} optional />);
    expect(dateBox('Until')).toHaveAttribute('type', 'date');
    expect(dateBox('Until')).toHaveValue('2026-06-01');
    expect(timeBox('Until')).toHaveAttribute('type', 'text');
    expect(timeBox('Until')).toHaveValue('14:00');
    expect(document.querySelector('input[type="datetime-local"]')).toBeNull();
  });

  it('reads "2200" typed in the time of Start as 22:00 in the zone (a 12-hour box stored 02:20)', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="Start" initial="2026-06-01T14:00:00Z" optional seen={seen} />);
    await user.clear(timeBox('Start'));
    await user.type(timeBox('Start'), '2200');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-06-02T02:00:00Z'); // 22:00 EDT
    await user.tab();
    expect(timeBox('Start')).toHaveValue('22:00');
    expect(dateBox('Start')).toHaveValue('2026-06-01');
  });

  it('says a missing part only once the field is left, not as the focus moves from the date to the time', async () => {
    const user = userEvent.setup();
    render(<Harness label="Until" initial={undefined} optional seen={[]} />);
    fireEvent.change(dateBox('Until'), { target: { value: '2026-06-01' } });
    await user.click(dateBox('Until'));
    await user.tab();
    expect(timeBox('Until')).toHaveFocus();
    expect(timeBox('Until')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/^Enter a time too/)).toBeNull();
    await user.tab();
    expect(timeBox('Until')).toHaveAttribute('aria-invalid', 'true');
    expect(timeBox('Until')).toHaveAccessibleDescription('Enter a time too (24-hour HH:MM).');
  });

  it('changes the date and keeps the time', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness label="When" initial="2026-06-01T14:30:00Z" seen={seen} />);
    fireEvent.change(dateBox('When'), { target: { value: '2026-06-05' } });
    expect(seen).toEqual(['2026-06-05T14:30:00Z']);
    expect(timeBox('When')).toHaveValue('10:30');
  });

  it('says an emptied time is missing instead of reading it as midnight, and keeps the value', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="Start" initial="2026-06-01T14:00:00Z" optional seen={seen} />);
    await user.clear(timeBox('Start'));
    // A new date with no time: still nothing handed on.
    fireEvent.change(dateBox('Start'), { target: { value: '2026-06-03' } });
    expect(seen).toEqual([]);
    await user.tab(); // leaving the box says it
    expect(timeBox('Start')).toHaveAttribute('aria-invalid', 'true');
    expect(timeBox('Start')).toHaveAccessibleDescription('Enter a time too (24-hour HH:MM): still Mon 1 Jun 2026, 10:00 EDT.');
    expect(dateBox('Start')).toHaveAccessibleDescription('Enter a time too (24-hour HH:MM): still Mon 1 Jun 2026, 10:00 EDT.');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-06-01T14:00:00Z');
    // The time typed then goes with the new date.
    await user.type(timeBox('Start'), '0930');
    expect(seen.at(-1)).toBe('2026-06-03T13:30:00Z');
    expect(timeBox('Start')).not.toHaveAttribute('aria-invalid');
    expect(timeBox('Start')).not.toHaveAttribute('aria-describedby');
  });

  it('says what is no time, once the box is left', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="When" initial="2026-06-01T14:00:00Z" seen={seen} />);
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '25:00');
    expect(timeBox('When')).not.toHaveAttribute('aria-invalid'); // not while typing
    await user.tab();
    expect(timeBox('When')).toHaveAttribute('aria-invalid', 'true');
    expect(timeBox('When')).toHaveAccessibleDescription('“25:00” is not a time: type it as 24-hour HH:MM (22:00, or 2200): still Mon 1 Jun 2026, 10:00 EDT.');
    // The "2" of "25:00" handed on 02:00 on the way: the value goes back to what it was before.
    expect(screen.getByTestId('value')).toHaveTextContent('2026-06-01T14:00:00Z');
  });

  it('reads "24:00" as the end of the day typed: 00:00 of the next, shown and said once the field is left', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="Until" initial="2026-06-01T14:00:00Z" optional seen={seen} />);
    await user.clear(timeBox('Until'));
    await user.type(timeBox('Until'), '24:00');
    expect(seen.at(-1)).toBe('2026-06-02T04:00:00Z'); // Tue 2 Jun, 00:00 EDT
    await user.tab();
    expect(dateBox('Until')).toHaveValue('2026-06-02');
    expect(timeBox('Until')).toHaveValue('00:00');
    expect(timeBox('Until')).not.toHaveAttribute('aria-invalid');
    const note = '24:00 is the end of that day: set to Tue 2 Jun 2026, 00:00 EDT, the start of the next.';
    expect(timeBox('Until')).toHaveAccessibleDescription(note);
    expect(screen.getAllByRole('status').find((r) => r.tagName !== 'OUTPUT')).toHaveTextContent(note);
    // "2400" as well, on another day; another time typed then takes the note away.
    await user.clear(timeBox('Until'));
    fireEvent.change(dateBox('Until'), { target: { value: '2026-06-30' } });
    await user.type(timeBox('Until'), '2400');
    expect(seen.at(-1)).toBe('2026-07-01T04:00:00Z');
    await user.clear(timeBox('Until'));
    await user.type(timeBox('Until'), '23:59');
    await user.tab();
    expect(seen.at(-1)).toBe('2026-07-01T03:59:00Z');
    expect(timeBox('Until')).not.toHaveAttribute('aria-describedby');
  });

  it('takes the 24:00 note away as soon as the box no longer says 24:00: a retype that is no time has only its error, once left', async () => {
    const user = userEvent.setup();
    render(<Harness label="Until" initial="2026-06-01T14:00:00Z" optional seen={[]} />);
    await user.clear(timeBox('Until'));
    await user.type(timeBox('Until'), '24:00');
    await user.tab();
    const note = '24:00 is the end of that day: set to Tue 2 Jun 2026, 00:00 EDT, the start of the next.';
    expect(timeBox('Until')).toHaveAccessibleDescription(note);
    // Back in the box, emptied and "24:30" put in at once (pasted): the value kept is still that
    // 00:00, but the box no longer holds the 24:00 the note speaks of.
    await user.clear(timeBox('Until'));
    expect(screen.queryByText(note)).toBeNull();
    await user.paste('24:30');
    expect(timeBox('Until')).toHaveValue('24:30');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-06-02T04:00:00Z');
    expect(screen.queryByText(note)).toBeNull();
    expect(timeBox('Until')).not.toHaveAttribute('aria-describedby');
    await user.tab();
    expect(timeBox('Until')).toHaveAttribute('aria-invalid', 'true');
    expect(timeBox('Until')).toHaveAccessibleDescription('“24:30” is not a time: type it as 24-hour HH:MM (22:00, or 2200): still Tue 2 Jun 2026, 00:00 EDT.');
    expect(screen.queryByText(note)).toBeNull();
    // 24:00 typed again (the date box now says 2 June): the note again, for that day's end.
    await user.clear(timeBox('Until'));
    await user.type(timeBox('Until'), '24:00');
    expect(timeBox('Until')).toHaveAccessibleDescription('24:00 is the end of that day: set to Wed 3 Jun 2026, 00:00 EDT, the start of the next.');
  });

  it('takes the note of a skipped time away as soon as the box is retyped to what is no time', async () => {
    const user = userEvent.setup();
    render(<Harness label="When" initial="2026-03-08T06:00:00Z" seen={[]} />); // 01:00 EST
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '0230');
    await user.tab();
    const note = 'There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.';
    expect(timeBox('When')).toHaveAccessibleDescription(note);
    await user.clear(timeBox('When'));
    expect(screen.queryByText(note)).toBeNull();
    await user.type(timeBox('When'), '25:00'); // its "2" is skipped too, and went to 03:00 as well
    expect(screen.queryByText(/^There is no/)).toBeNull();
    expect(timeBox('When')).not.toHaveAttribute('aria-describedby');
    await user.tab();
    expect(timeBox('When')).toHaveAccessibleDescription(/^“25:00” is not a time/);
  });

  it('says when 24:00 would be past the last year it takes, and keeps the value', async () => {
    const user = userEvent.setup();
    render(<Harness label="Until" initial="2200-12-31T17:00:00Z" optional seen={[]} />);
    await user.clear(timeBox('Until'));
    await user.type(timeBox('Until'), '24:00');
    await user.tab();
    expect(timeBox('Until')).toHaveAttribute('aria-invalid', 'true');
    expect(timeBox('Until')).toHaveAccessibleDescription('24:00 of that day is in 2201: enter a year from 1900 to 2200: still Wed 31 Dec 2200, 12:00 EST.');
    expect(screen.getByTestId('value')).toHaveTextContent('2200-12-31T17:00:00Z');
  });

  it('of a field that must have a value, says an emptied date is missing and keeps the value', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness label="When" initial="2026-06-01T14:00:00Z" seen={seen} />);
    fireEvent.change(dateBox('When'), { target: { value: '' } });
    fireEvent.blur(dateBox('When'));
    expect(seen).toEqual([]);
    expect(dateBox('When')).toHaveAttribute('aria-invalid', 'true');
    expect(dateBox('When')).toHaveAccessibleDescription('Enter a date too: still Mon 1 Jun 2026, 10:00 EDT.');
  });

  it('of an empty optional field, takes a date and a time typed in either order', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="Until" initial={undefined} optional seen={seen} />);
    expect(timeBox('Until')).toHaveValue('');
    await user.type(timeBox('Until'), '1715');
    await user.tab();
    expect(seen).toEqual([]);
    expect(timeBox('Until')).toHaveAccessibleDescription('A time without a date is not used: this is empty.');
    expect(timeBox('Until')).not.toHaveAttribute('aria-invalid');
    fireEvent.change(dateBox('Until'), { target: { value: '2026-06-01' } });
    expect(seen).toEqual(['2026-06-01T21:15:00Z']);
  });

  it('says when a typed time does not exist that day, and shows where it went once left', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="When" initial="2026-03-08T06:00:00Z" seen={seen} />); // 01:00 EST
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '0230');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-03-08T07:00:00Z');
    expect(timeBox('When')).toHaveValue('0230'); // not rewritten under the fingers
    expect(dateBox('When')).toHaveAccessibleDescription('There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.');
    await user.tab();
    expect(timeBox('When')).toHaveValue('03:00');
    expect(timeBox('When')).toHaveAccessibleDescription('There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.');
  });

  it('speaks its notes once the field is left, not at each keystroke', async () => {
    const user = userEvent.setup();
    render(<Harness label="When" initial="2026-03-08T06:00:00Z" seen={[]} />); // 01:00 EST
    // What live regions hold (the harness's <output> aside).
    const spoken = () => screen.queryAllByRole('status').filter((s) => s.tagName !== 'OUTPUT').map((s) => s.textContent ?? '').join(' ').trim();
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '0230'); // "02" is skipped too: "There is no 02:00…" on the way
    expect(dateBox('When')).toHaveAccessibleDescription(/^There is no 02:30 on that day/); // shown, and describes the boxes
    expect(spoken()).toBe('');
    await user.tab();
    expect(spoken()).toBe('There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.');
    // Typed again: silent until left again.
    await user.click(timeBox('When'));
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '25:00');
    expect(spoken()).toBe('');
    await user.tab();
    expect(spoken()).toMatch(/^“25:00” is not a time/);
  });

  it('says which of a repeated time it is, and offers the other', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    // 01:00 EDT, the first of the repeated hour; "130" passes 13:00 EST on the way.
    render(<Harness label="When" initial="2026-11-01T05:00:00Z" seen={seen} />);
    await user.clear(timeBox('When'));
    await user.type(timeBox('When'), '130');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-11-01T05:30:00Z');
    expect(timeBox('When')).toHaveAccessibleDescription(
      '01:30 happens twice on that day in America/New_York (the clocks go back): this is the first, Sun 1 Nov 2026, 01:30 EDT. Use Sun 1 Nov 2026, 01:30 EST instead',
    );
    await user.click(screen.getByRole('button', { name: 'Use Sun 1 Nov 2026, 01:30 EST instead' }));
    expect(screen.getByTestId('value')).toHaveTextContent('2026-11-01T06:30:00Z');
    expect(timeBox('When')).toHaveValue('01:30');
    expect(dateBox('When')).toHaveAccessibleDescription(/this is the second, Sun 1 Nov 2026, 01:30 EST\. Use Sun 1 Nov 2026, 01:30 EDT instead$/);
  });

  it('keeps an optional time when the date box holds a date that does not exist, and says so', () => {
    const onChange = vi.fn();
    render(<LocalTimeInput label="Until" value="2026-06-01T18:00:00Z" tz={NY} onChange={onChange} optional />);
    const box = dateBox('Until');
    typeUnreadable(box);
    expect(onChange).not.toHaveBeenCalled();
    // Said when the box is left.
    expect(box).not.toHaveAttribute('aria-invalid');
    fireEvent.blur(box);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('This date does not exist or is not complete (31 February?): still Mon 1 Jun 2026, 14:00 EDT.');
    // The date box is left as the browser has it (putting the old date back reset its typing: the
    // "0" of "01" was lost); the time box shows the time that is kept (14:00 in New York).
    expect(box.value).toBe('');
    expect(timeBox('Until')).toHaveValue('14:00');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaves a half-typed date alone and stores the date once the browser can read it', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness label="Until" initial="2026-06-01T18:00:00Z" optional seen={seen} />);
    const box = dateBox('Until');
    act(() => box.focus());
    typeUnreadable(box); // the "0" of "01"
    expect(box.value).toBe(''); // not the old date put back
    // A time typed meanwhile does not read the half-typed date as an emptied one (which clears Until).
    fireEvent.change(timeBox('Until'), { target: { value: '15:00' } });
    expect(seen).toEqual([]);
    Object.defineProperty(box, 'validity', { value: { badInput: false, valid: true }, configurable: true });
    fireEvent.change(box, { target: { value: '2020-01-01' } });
    expect(seen).toEqual(['2020-01-01T20:00:00Z']);
    expect(box.value).toBe('2020-01-01');
  });

  it('reads a date box emptied segment by segment (no change event for the last one) as emptied', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness label="Until" initial="2026-06-01T18:00:00Z" optional seen={seen} />);
    const box = dateBox('Until');
    act(() => box.focus());
    typeUnreadable(box); // Backspace on the month
    expect(seen).toEqual([]);
    // Backspace on the day, then the year: the value stays "" and the browser fires no event but the keys'.
    Object.defineProperty(box, 'validity', { value: { badInput: false, valid: true }, configurable: true });
    fireEvent.keyUp(box, { key: 'Backspace' });
    expect(seen).toEqual([undefined]);
    fireEvent.blur(box);
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/does not exist or is not complete/)).toBeNull();
  });

  it('of a field that must have a value, says a date box emptied segment by segment needs a date', () => {
    const seen: (string | undefined)[] = [];
    render(<Harness label="When" initial="2026-06-01T18:00:00Z" seen={seen} />);
    const box = dateBox('When');
    act(() => box.focus());
    typeUnreadable(box);
    Object.defineProperty(box, 'validity', { value: { badInput: false, valid: true }, configurable: true });
    fireEvent.blur(box); // the last segment emptied, then the field left
    expect(seen).toEqual([]);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Enter a date too: still Mon 1 Jun 2026, 14:00 EDT.');
  });

  it('hands on no year outside 1900–2200 as it is typed, and says so once the field is left', async () => {
    const user = userEvent.setup();
    const seen: (string | undefined)[] = [];
    render(<Harness label="Until" initial="2026-06-01T14:00:00Z" optional seen={seen} />);
    const box = dateBox('Until');
    expect(box).toHaveAttribute('min', '1900-01-01');
    expect(box).toHaveAttribute('max', '2200-12-31');
    act(() => box.focus());
    // The year "2026" typed key by key, as the browser reports it.
    for (const year of ['0002', '0020', '0202']) fireEvent.change(box, { target: { value: `${year}-05-25` } });
    expect(seen).toEqual([]);
    expect(box).not.toHaveAttribute('aria-invalid'); // not while typing
    await user.tab();
    await user.tab();
    expect(box).toHaveValue('0202-05-25'); // as typed
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Enter a year from 1900 to 2200: still Mon 1 Jun 2026, 10:00 EDT.');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-06-01T14:00:00Z');
    act(() => box.focus());
    fireEvent.change(box, { target: { value: '2026-05-25' } });
    expect(seen).toEqual(['2026-05-25T14:00:00Z']);
  });

  it('still clears an optional time when the date box is emptied', () => {
    const onChange = vi.fn();
    render(<LocalTimeInput label="Until" value="2026-06-01T18:00:00Z" tz={NY} onChange={onChange} optional />);
    fireEvent.change(dateBox('Until'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith(undefined);
    expect(dateBox('Until')).not.toHaveAttribute('aria-invalid');
  });
});
