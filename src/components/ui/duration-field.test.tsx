// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DelayMinutes } from '../../domain';
import { clockTextToMinutes, COOLDOWN_PRESETS, DELAY_PRESETS, DurationField, minutesToClockText } from './duration-field';

/** The domain's own words for the value, as the dialog shows them beside the field. */
const validation = (value: number): string[] => {
  const r = DelayMinutes.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

function Harness({ initial, seen }: { initial: number; seen: number[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DurationField
      label="Delay"
      presets={DELAY_PRESETS}
      value={value}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
      errors={validation(value)}
    />
  );
}

describe('clock text ↔ minutes', () => {
  it.each([
    ['00:05', 5],
    ['01:30', 90],
    ['24:00', 1440],
    ['720:00', 43200],
    [' 2:07 ', 127],
    ['01.30', 90], // the help article's "HH.MM"
    // Past the 720:00 maximum, still read: validation then names the range, not the format.
    ['721:00', 43260],
    ['1000:00', 60000],
    ['0001:05', 65],
  ])('reads %j as %i minutes', (text, minutes) => expect(clockTextToMinutes(text)).toBe(minutes));

  it.each(['', '1:5', '01:60', 'ab:cd', '1h30', '-01:00', '01,30', '1.5', ':30'])('refuses %j', (text) => expect(clockTextToMinutes(text)).toBeNaN());

  it('writes minutes back as HH:MM, hours past 23 included', () => {
    expect(minutesToClockText(90)).toBe('01:30');
    expect(minutesToClockText(43200)).toBe('720:00');
    expect(minutesToClockText(Number.NaN)).toBe('');
  });
});

describe('DurationField', () => {
  it('offers now · 5 min · 10 min · one day for delays, and no "now" for cooldowns', () => {
    expect(DELAY_PRESETS.map((p) => p.minutes)).toEqual([0, 5, 10, 1440]);
    expect(COOLDOWN_PRESETS.map((p) => p.minutes)).toEqual([5, 10, 1440]);
  });

  it('picks a preset, then a custom HH:MM interval, and back', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<Harness initial={0} seen={seen} />);
    const select = screen.getByLabelText('Delay');
    await user.selectOptions(select, 'After one day');
    expect(seen.at(-1)).toBe(1440);
    await user.selectOptions(select, 'Custom interval (HH:MM)');
    const custom = screen.getByLabelText('Delay: custom interval (HH:MM)');
    expect(custom).toHaveValue('24:00'); // starts from the current value
    await user.clear(custom);
    await user.type(custom, '01:30');
    expect(seen.at(-1)).toBe(90);
    await user.selectOptions(select, 'After 5 min');
    expect(seen.at(-1)).toBe(5);
    expect(screen.queryByLabelText('Delay: custom interval (HH:MM)')).not.toBeInTheDocument();
  });

  it('shows a stored value that is no preset as a custom interval', () => {
    render(<Harness initial={75} seen={[]} />);
    expect(screen.getByLabelText('Delay')).toHaveValue('custom');
    expect(screen.getByLabelText('Delay: custom interval (HH:MM)')).toHaveValue('01:15');
    // A delay's custom box may hold 00:00, which is no delay: the hint says so.
    expect(screen.getByLabelText('Delay: custom interval (HH:MM)')).toHaveAccessibleDescription(/00:00 is the same as “Immediately”/);
  });

  it('tells a custom interval past 720:00 the maximum, not the format', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<Harness initial={75} seen={seen} />);
    const custom = screen.getByLabelText('Delay: custom interval (HH:MM)');
    await user.clear(custom);
    await user.type(custom, '1000:00');
    expect(seen.at(-1)).toBe(60000);
    expect(custom).toHaveAttribute('aria-invalid', 'true');
    expect(custom).toHaveAccessibleDescription(/^The delay can be at most 30 days \(43,200 minutes\)\. Hours and minutes, up to 720:00 \(30 days\)/);
    expect(custom).not.toHaveAccessibleDescription(/Type the delay as hours and minutes/);
  });

  it('marks text that is not HH:MM invalid and links the error to the input', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<Harness initial={75} seen={seen} />);
    const custom = screen.getByLabelText('Delay: custom interval (HH:MM)');
    await user.clear(custom);
    await user.type(custom, '90 minutes');
    expect(seen.at(-1)).toBeNaN();
    expect(custom).toHaveAttribute('aria-invalid', 'true');
    // It asks for the box's own format, not for "whole minutes" (the JSON's unit).
    expect(custom).toHaveAccessibleDescription(/Type the delay as hours and minutes, HH:MM, with minutes from 00 to 59 \(for example 01:30\)\./);
  });

  it('says that minutes go up to 59 for HH:MM whose minutes pass it, the words the not-saved list uses too', async () => {
    const user = userEvent.setup();
    const seen: number[] = [];
    render(<Harness initial={75} seen={seen} />);
    const custom = screen.getByLabelText('Delay: custom interval (HH:MM)');
    await user.clear(custom);
    await user.type(custom, '999:99');
    expect(seen.at(-1)).toBeNaN();
    expect(custom).toHaveAttribute('aria-invalid', 'true');
    expect(custom).toHaveAccessibleDescription(/^Type the delay as hours and minutes, HH:MM, with minutes from 00 to 59 \(for example 01:30\)\./);
  });
});
