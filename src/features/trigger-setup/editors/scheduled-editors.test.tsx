// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Trigger } from '../../../domain';
import { TriggerRowHarness } from '../test/trigger-row-harness';

const EACH_LEAD = 'Runs once for each lead that meets the conditions at that time: with no conditions, every lead.';
/** The date box's hints: its time zone, then who it runs for. */
const HINT = `Local time in America/New_York. ${EACH_LEAD}`;

const Harness = ({ initial, onChange }: { initial: Trigger; onChange(t: Trigger): void }) => (
  <TriggerRowHarness initial={initial} onChange={onChange} />
);

function setup(initial: Trigger) {
  const onChange = vi.fn<(t: Trigger) => void>();
  render(<Harness initial={initial} onChange={onChange} />);
  return { onChange };
}

/** What the browser does with a typed date-time it cannot read: the value becomes "" and validity.badInput is set. */
function simulateValidity(input: HTMLElement, badInput: boolean) {
  Object.defineProperty(input, 'validity', { value: { badInput, valid: !badInput }, configurable: true });
}

describe('OnDateEditor', () => {
  const summary = () => screen.getByRole('heading', { level: 4 }).textContent;
  const box = () => screen.getByLabelText('Date');
  const timeBox = () => screen.getByLabelText('Time');

  it('says that a typed date does not exist (31 February) instead of asking to choose one, and keeps the time', () => {
    const { onChange } = setup({ type: 'on_date', at: '2027-02-15T09:30' });
    expect(summary()).toBe('On 15 February 2027 at 09:30');
    // The admin turns 15 into 31: the browser reports an empty value and a bad input.
    simulateValidity(box(), true);
    fireEvent.change(box(), { target: { value: '' } });
    // The draft holds what the boxes give: a date that cannot be read (so that the not-saved notice
    // says what the box says, lib/problem-words), the time as it was.
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '????-??-??T09:30' });
    expect(summary()).toBe('On a date and time to fix');
    expect(box()).toBeInvalid();
    expect(box()).toHaveAccessibleDescription(`This date does not exist or is not complete (31 February?). Choose a date that exists. ${HINT}`);
    expect(timeBox()).toHaveValue('09:30');
    expect(timeBox()).toBeValid();
  });

  it('says so too when the date is typed into an empty box, once the admin leaves it (no change event comes)', () => {
    setup({ type: 'on_date', at: '' });
    expect(box()).toHaveAccessibleDescription(`Choose the date and time the bot runs. ${HINT}`);
    simulateValidity(box(), true);
    fireEvent.blur(box());
    expect(box()).toHaveAccessibleDescription(`This date does not exist or is not complete (31 February?). Choose a date that exists. ${HINT}`);
  });

  it('keeps the date it cannot read over a time typed after it, and shows it as an empty box', async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ type: 'on_date', at: '' });
    simulateValidity(box(), true);
    fireEvent.blur(box());
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '????-??-??T' });
    expect(box()).toHaveValue('');
    await user.type(timeBox(), '0900');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '????-??-??T09:00' });
    expect(box()).toHaveAccessibleDescription(`This date does not exist or is not complete (31 February?). Choose a date that exists. ${HINT}`);
    expect(timeBox()).toBeValid();
  });

  it('asks for the date once the box is cleared, and says nothing once a real date is typed', () => {
    setup({ type: 'on_date', at: '2027-02-15T09:30' });
    simulateValidity(box(), true);
    fireEvent.change(box(), { target: { value: '' } });
    expect(box()).toHaveAccessibleDescription(/^This date does not exist/);
    // Cleared entirely: nothing typed, nothing unreadable.
    simulateValidity(box(), false);
    fireEvent.blur(box());
    expect(box()).toHaveAccessibleDescription(`Choose the date the bot runs. ${HINT}`);
    fireEvent.change(box(), { target: { value: '2027-02-28' } });
    expect(box()).toBeValid();
    expect(box()).toHaveAccessibleDescription(HINT);
    expect(summary()).toBe('On 28 February 2027 at 09:30');
  });

  it('takes the time as typed, 24-hour (a date-time picker in en-US took 2200 as 02:20), and names a missing or wrong time at the time box', async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ type: 'on_date', at: '2027-02-15T09:30' });
    await user.clear(timeBox());
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '2027-02-15T' });
    expect(timeBox()).toBeInvalid();
    // The validator's words, as the not-saved notice lists them.
    expect(timeBox()).toHaveAccessibleDescription('Enter the time the bot runs. 24-hour, HH:MM. Local time in America/New_York.');
    expect(box()).toBeValid();
    await user.type(timeBox(), '2200');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '2027-02-15T22:00' });
    expect(summary()).toBe('On 15 February 2027 at 22:00');
    await user.clear(timeBox());
    await user.type(timeBox(), '25:00');
    expect(timeBox()).toHaveAccessibleDescription('Enter a time as HH:MM, from 00:00 to 23:59. 24-hour, HH:MM. Local time in America/New_York.');
    expect(box()).toBeValid();
  });
});

describe('scheduled triggers say that they run for every lead meeting the conditions', () => {
  it('on a date: a hint beside the date, read with it, not spoken as a status', () => {
    setup({ type: 'on_date', at: '2027-02-15T09:30' });
    expect(screen.getByText(EACH_LEAD)).toBeVisible();
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(HINT);
    expect(screen.getByText(EACH_LEAD).closest('[role=status],[aria-live]')).toBeNull();
  });

  it('daily, weekly, monthly or yearly: read with "Repeats", whichever repetition is chosen', async () => {
    const user = userEvent.setup();
    setup({ type: 'recurring', every: 'day', time: '10:00' });
    const each = 'Each time, runs once for each lead that meets the conditions then: with no conditions, every lead.';
    const repeats = screen.getByRole('combobox', { name: 'Repeats' });
    expect(repeats).toHaveAccessibleDescription(each);
    await user.selectOptions(repeats, 'Once a year');
    expect(repeats).toHaveAccessibleDescription(each);
    expect(screen.getByText(each).closest('[role=status],[aria-live]')).toBeNull();
  });

  it('hours before or after a date field: for each lead whose field holds a date, read with the field', () => {
    setup({ type: 'relative_to_date_field', fieldId: 'f-renewal', hours: 24, direction: 'before' });
    expect(screen.getByRole('combobox', { name: 'Date field' })).toHaveAccessibleDescription(
      'Date and date-time fields of leads. Runs for each lead whose Renewal date holds a date, 24 h before that lead’s own Renewal date, when the lead meets the conditions then.',
    );
  });

  it('with 0 hours, says the bot runs at the lead’s date itself; with hours the box refuses, names no number', () => {
    const words = (hours: number) => {
      setup({ type: 'relative_to_date_field', fieldId: 'f-renewal', hours, direction: 'after' });
      const text = screen.getByRole('combobox', { name: 'Date field' }).getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
      cleanup();
      return text;
    };
    expect(words(0)).toMatch(/Runs for each lead whose Renewal date holds a date, at that lead’s own Renewal date, when/);
    for (const hours of [Number.NaN, 2.5, 800]) expect(words(hours), String(hours)).toMatch(/holds a date, the hours chosen after that lead’s own Renewal date, when/);
  });
});

describe('RecurringEditor', () => {
  const summary = () => screen.getByRole('heading', { level: 4 }).textContent;
  const repeats = () => screen.getByRole('combobox', { name: 'Repeats' });
  // toStrictEqual: the trigger passed on holds no other part, not even one set to undefined.

  it('brings back the day and month when "Once a year" is chosen again, while saving only the parts each repetition needs', async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ type: 'recurring', every: 'year', dayOfMonth: 15, month: 8, time: '14:30' });
    expect(summary()).toBe('Yearly on 15 August at 14:30');
    await user.selectOptions(repeats(), 'Daily');
    expect(onChange.mock.lastCall?.[0]).toStrictEqual({ type: 'recurring', every: 'day', time: '14:30' });
    expect(summary()).toBe('Daily at 14:30');
    await user.selectOptions(repeats(), 'Once a year');
    expect(onChange.mock.lastCall?.[0]).toStrictEqual({ type: 'recurring', every: 'year', dayOfMonth: 15, month: 8, time: '14:30' });
    expect(summary()).toBe('Yearly on 15 August at 14:30');
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('August');
    expect(screen.getByRole('combobox', { name: 'Day of the month' })).toHaveDisplayValue('15');
  });

  it('brings back the weekday and the day of the month too, through other repetitions', async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ type: 'recurring', every: 'week', weekday: 5, time: '09:00' });
    await user.selectOptions(repeats(), 'Once a month');
    // Nothing remembered for a month yet: day 1, as before.
    expect(onChange.mock.lastCall?.[0]).toStrictEqual({ type: 'recurring', every: 'month', dayOfMonth: 1, time: '09:00' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day of the month' }), '20');
    await user.selectOptions(repeats(), 'Once a week');
    expect(onChange.mock.lastCall?.[0]).toStrictEqual({ type: 'recurring', every: 'week', weekday: 5, time: '09:00' });
    expect(summary()).toBe('Weekly on Friday at 09:00');
    await user.selectOptions(repeats(), 'Daily');
    await user.selectOptions(repeats(), 'Once a month');
    expect(onChange.mock.lastCall?.[0]).toStrictEqual({ type: 'recurring', every: 'month', dayOfMonth: 20, time: '09:00' });
    expect(summary()).toBe('Monthly on day 20 at 09:00');
    // The year's month was never chosen: January, as before.
    await user.selectOptions(repeats(), 'Once a year');
    expect(summary()).toBe('Yearly on 20 January at 09:00');
  });
});

describe('RecurringEditor: what a month day the calendar lacks does, said where it applies', () => {
  const dayBox = () => screen.getByLabelText('Day of the month');
  it.each([
    [{ every: 'month', dayOfMonth: 15 }, ''],
    [{ every: 'month', dayOfMonth: 29 }, 'In months without a day 29, it runs on the month’s last day (28 February in most years).'],
    [{ every: 'month', dayOfMonth: 31 }, 'In months without a day 31, it runs on the month’s last day (28 February in most years).'],
    [{ every: 'year', dayOfMonth: 29, month: 2 }, '29 February runs on 28 February in other years.'],
    [{ every: 'year', dayOfMonth: 1, month: 1 }, ''],
  ] as const)('%j', (parts, hint) => {
    setup({ type: 'recurring', time: '09:00', ...parts });
    expect(dayBox()).toHaveAccessibleDescription(hint);
  });

  it('takes the time as typed, 24-hour', async () => {
    const user = userEvent.setup();
    const { onChange } = setup({ type: 'recurring', every: 'day', time: '09:00' });
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '1745');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ type: 'recurring', every: 'day', time: '17:45' });
    expect(time).toHaveValue('17:45');
    await user.clear(time);
    await user.type(time, '0930');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'recurring', every: 'day', time: '09:30' });
  });
});
