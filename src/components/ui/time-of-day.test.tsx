// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { readTimeOfDay, TimeOfDayInput } from './time-of-day';

describe('readTimeOfDay: what admins type for a time, read as 24-hour HH:MM', () => {
  it.each([
    ['22:00', '22:00'],
    ['2200', '22:00'],
    ['2330', '23:30'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9', '09:00'],
    ['09', '09:00'],
    ['0', '00:00'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['9h30', '09:30'],
    [' 18 : 05 ', '18:05'],
    ['23:59', '23:59'],
    ['6pm', '18:00'],
    ['6:30 PM', '18:30'],
    ['6.30 p.m.', '18:30'],
    ['12am', '00:00'],
    ['12 pm', '12:00'],
    ['11:59pm', '23:59'],
  ])('%s → %s', (typed, time) => {
    expect(readTimeOfDay(typed)).toBe(time);
  });

  it.each(['', ' ', '24:00', '2400', '24', '25', '9:60', '960', '12345', '9:5', 'noon', '13pm', '0am', '9:30:00', '-1', '２５：００'])('%j is no time', (typed) => {
    expect(readTimeOfDay(typed)).toBeNull();
  });

  it('reads full-width digits and colon as an input method types them', () => {
    expect(readTimeOfDay('２２００')).toBe('22:00');
    expect(readTimeOfDay('９：３０')).toBe('09:30');
  });

  it('takes 24:00 only where the end of the day is allowed, and never with am/pm or past it', () => {
    expect(readTimeOfDay('24:00', true)).toBe('24:00');
    expect(readTimeOfDay('2400', true)).toBe('24:00');
    expect(readTimeOfDay('24', true)).toBe('24:00');
    expect(readTimeOfDay('24:01', true)).toBeNull();
    expect(readTimeOfDay('12am', true)).toBe('00:00');
  });
});

function Harness({ initial, endOfDay = false, seen }: { initial: string; endOfDay?: boolean; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="t">Monday from</label>
      <TimeOfDayInput
        id="t"
        value={value}
        endOfDay={endOfDay}
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('10:00')}>
        Preset
      </button>
    </>
  );
}

describe('TimeOfDayInput', () => {
  it('stores 22:00 for "2200" typed over 09:00 (a 12-hour time box stored 02:20), and writes it in full on leaving', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    render(<Harness initial="09:00" seen={seen} />);
    const box = screen.getByLabelText('Monday from');
    expect(box).toHaveAttribute('type', 'text');
    expect(box).toHaveAttribute('inputmode', 'numeric');
    await user.clear(box);
    await user.type(box, '2200');
    expect(screen.getByTestId('value')).toHaveTextContent('22:00');
    expect(box).toHaveValue('2200');
    await user.tab();
    expect(box).toHaveValue('22:00');
    expect(seen.at(-1)).toBe('22:00');
  });

  it('hands on text that is no time as typed, so that validation names it, and keeps it in the box', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    render(<Harness initial="09:00" seen={seen} />);
    const box = screen.getByLabelText('Monday from');
    await user.clear(box);
    expect(screen.getByTestId('value')).toHaveTextContent(/^$/);
    await user.type(box, '25:00');
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('25:00');
    expect(box).toHaveValue('25:00');
  });

  it('shows a value set from outside (a preset) in place of the text', async () => {
    const user = userEvent.setup();
    render(<Harness initial="09:00" seen={[]} />);
    const box = screen.getByLabelText('Monday from');
    await user.clear(box);
    await user.type(box, '7');
    await user.click(screen.getByRole('button', { name: 'Preset' }));
    expect(box).toHaveValue('10:00');
  });

  it('a range end hands on 24:00 as soon as "2400" or "24:00" is typed, and keeps the text', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    render(<Harness initial="18:00" endOfDay seen={seen} />);
    const box = screen.getByLabelText('Monday from');
    await user.clear(box);
    await user.type(box, '2400');
    expect(screen.getByTestId('value')).toHaveTextContent('24:00');
    expect(box).toHaveValue('2400');
    await user.clear(box);
    await user.type(box, '24:00');
    expect(seen.at(-1)).toBe('24:00');
    expect(box).toHaveValue('24:00');
  });
});
