// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import demoAccount from '../../../../mocks/fixtures/demo-account.json';
import { Account, ActiveHours, fromZodIssues, type ValidationError } from '../../../domain';
import { listenToLiveRegions, liveRegions } from '../../../test/live-regions';
import { ActiveHoursEditor } from './active-hours-editor';

const account = Account.parse(demoAccount);

/** The errors the dialog would pass: the domain schema's, relative to activeHours. */
function hoursErrors(value: ActiveHours | null): ValidationError[] {
  if (value === null) return [];
  const result = ActiveHours.safeParse(value);
  return result.success ? [] : fromZodIssues(result.error.issues);
}

function Harness({ initial, onChange, onAnnounce }: { initial: ActiveHours | null; onChange(v: ActiveHours | null): void; onAnnounce(text: string): void }) {
  const [value, setValue] = useState(initial);
  return (
    <ActiveHoursEditor
      account={account}
      value={value}
      errors={hoursErrors(value)}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
      onAnnounce={onAnnounce}
    />
  );
}

function setup(initial: ActiveHours | null) {
  const onChange = vi.fn<(v: ActiveHours | null) => void>();
  const onAnnounce = vi.fn<(text: string) => void>();
  const user = userEvent.setup();
  render(<Harness initial={initial} onChange={onChange} onAnnounce={onAnnounce} />);
  return { user, onChange, onAnnounce, last: () => onChange.mock.lastCall?.[0] };
}

const group = () => screen.getByRole('group', { name: 'Active hours' });
const dayRow = (day: string) => within(group()).getByRole('checkbox', { name: day }).closest('li') as HTMLElement;

describe('ActiveHoursEditor', () => {
  it('keeps the focus in the editor when a range is removed: on the day’s Add range, then on the day', async () => {
    const { user } = setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '18:00' },
        { weekday: 2, from: '09:00', to: '18:00' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 13:00–18:00' }));
    expect(within(dayRow('Monday')).getByRole('button', { name: 'Add range on Monday' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 09:00–12:00' }));
    expect(screen.getByRole('checkbox', { name: 'Monday' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked();
    // From the keyboard too.
    screen.getByRole('button', { name: 'Remove Tuesday range 09:00–18:00' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Tuesday' })).toHaveFocus();
  });

  it('removing a day’s first range takes its × away with it: the focus goes to Add range, not to the next range’s ×', async () => {
    const { user, last } = setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '18:00' },
      ],
    });
    screen.getByRole('button', { name: 'Remove Monday range 09:00–12:00' }).focus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual({ ranges: [{ weekday: 1, from: '13:00', to: '18:00' }] });
    const add = within(dayRow('Monday')).getByRole('button', { name: 'Add range on Monday' });
    expect(add).toHaveFocus();
    // A second Enter adds a range; the other range is still there.
    await user.keyboard('{Enter}');
    expect(last()?.ranges).toContainEqual({ weekday: 1, from: '13:00', to: '18:00' });
    expect(last()?.ranges).toHaveLength(2);
  });

  it('keeps each range’s row (and what is typed in it) when an earlier range of the day goes', async () => {
    const { user } = setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '18:00' },
      ],
    });
    const later = screen.getByLabelText('Monday from (range 2)');
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 09:00–12:00' }));
    expect(screen.getByLabelText('Monday from')).toBe(later);
  });

  it('says each range added or removed, and a day turned on or off', async () => {
    const { user, onAnnounce } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '12:00' }] });
    await user.click(screen.getByRole('button', { name: 'Add range on Monday' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Added Monday range 13:00–15:00.');
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 09:00–12:00' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Removed Monday range 09:00–12:00.');
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Added Wednesday range 09:00–18:00.');
    await user.click(screen.getByRole('button', { name: 'Add range on Wednesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Removed 2 ranges on Wednesday; tick Wednesday again to bring them back.');
    await user.click(screen.getByRole('button', { name: 'Outside business hours' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Set the ranges to: Outside business hours.');
  });

  it('is always active for null, and choosing times starts from business hours', async () => {
    const { user, last } = setup(null);
    expect(within(group()).getByRole('radio', { name: 'Always active' })).toBeChecked();
    expect(within(group()).queryByRole('checkbox', { name: 'Monday' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Only at chosen times' }));
    expect(last()).toEqual({
      ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '18:00' })),
    });
    expect(screen.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    // R17: outside the hours a run is skipped, which admins expected to be postponed.
    expect(
      screen.getByText(
        'A run due outside these hours is skipped, not moved to the next open hour. Times are 24-hour (HH:MM), and the end time itself is outside: with 09:00–18:00, a run at 18:00 is skipped.',
      ),
    ).toBeInTheDocument();
  });

  it('goes back to always active (null) and restores the times when switched back', async () => {
    const hours: ActiveHours = { timezone: 'Europe/Berlin', ranges: [{ weekday: 3, from: '08:00', to: '12:00' }] };
    const { user, last } = setup(hours);
    await user.click(screen.getByRole('radio', { name: 'Always active' }));
    expect(last()).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Only at chosen times' }));
    expect(last()).toEqual(hours);
  });

  it('turns a weekday on and off', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    expect(last()).toEqual({
      ranges: [
        { weekday: 1, from: '09:00', to: '18:00' },
        { weekday: 6, from: '09:00', to: '18:00' },
      ],
    });
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(last()).toEqual({ ranges: [{ weekday: 6, from: '09:00', to: '18:00' }] });
  });

  it('brings a day’s ranges back, as typed, when its box is ticked again after an untick (an accidental Space loses nothing)', async () => {
    const { user, last, onAnnounce } = setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '18:00' },
        { weekday: 2, from: '09:00', to: '18:00' },
      ],
    });
    fireEvent.change(screen.getByLabelText('Monday to (range 2)'), { target: { value: '17:30' } });
    const monday = screen.getByRole('checkbox', { name: 'Monday' });
    monday.focus();
    await user.keyboard(' ');
    expect(last()).toEqual({ ranges: [{ weekday: 2, from: '09:00', to: '18:00' }] });
    expect(onAnnounce).toHaveBeenLastCalledWith('Removed 2 ranges on Monday; tick Monday again to bring them back.');
    await user.keyboard(' ');
    expect(last()).toEqual({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '17:30' },
        { weekday: 2, from: '09:00', to: '18:00' },
      ],
    });
    expect(onAnnounce).toHaveBeenLastCalledWith('Brought back 2 ranges on Monday: 09:00–12:00, 13:00–17:30.');
    expect(monday).toHaveFocus();
    // Remembered over "Always active" and back, and per weekday: Tuesday's own range comes back to Tuesday.
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(onAnnounce).toHaveBeenLastCalledWith('Removed 1 range on Tuesday; tick Tuesday again to bring it back.');
    await user.click(screen.getByRole('radio', { name: 'Always active' }));
    await user.click(screen.getByRole('radio', { name: 'Only at chosen times' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(last()?.ranges).toEqual([
      { weekday: 1, from: '09:00', to: '12:00' },
      { weekday: 1, from: '13:00', to: '17:30' },
      { weekday: 2, from: '09:00', to: '18:00' },
    ]);
    expect(onAnnounce).toHaveBeenLastCalledWith('Brought back 1 range on Tuesday: 09:00–18:00.');
  });

  it('gives a day never ticked, or emptied range by range, the default range', async () => {
    const { user, last, onAnnounce } = setup({ ranges: [{ weekday: 1, from: '07:00', to: '08:00' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    expect(last()?.ranges).toContainEqual({ weekday: 4, from: '09:00', to: '18:00' });
    // Unticked and ticked back, then its range removed with its ×: that was meant, and nothing is kept.
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 07:00–08:00' }));
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(last()?.ranges).toEqual([
      { weekday: 1, from: '09:00', to: '18:00' },
      { weekday: 4, from: '09:00', to: '18:00' },
    ]);
    expect(onAnnounce).toHaveBeenLastCalledWith('Added Monday range 09:00–18:00.');
  });

  it('allows an overnight range and says it runs into the next day', () => {
    const { last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    fireEvent.change(screen.getByLabelText('Monday from'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('Monday to'), { target: { value: '06:00' } });
    expect(last()).toEqual({ ranges: [{ weekday: 1, from: '22:00', to: '06:00' }] });
    expect(within(dayRow('Monday')).getByText('Runs past midnight into Tuesday, until 06:00.')).toBeVisible();
    expect(screen.getByLabelText('Monday to')).toHaveAccessibleDescription('Runs past midnight into Tuesday, until 06:00.');
    expect(screen.getByLabelText('Monday to')).not.toHaveAttribute('aria-invalid');
  });

  it('reads times typed as the app shows them, 24-hour, whatever the browser\'s clock: 2200 is 22:00, and 2400 in "to" is the end of the day', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }, { weekday: 3, from: '09:00', to: '18:00' }] });
    const from = screen.getByLabelText('Monday from');
    await user.clear(from);
    await user.type(from, '2200');
    await user.tab();
    expect(from).toHaveValue('22:00');
    const wednesdayTo = screen.getByLabelText('Wednesday to');
    await user.clear(wednesdayTo);
    await user.type(wednesdayTo, '2330');
    expect(last()!.ranges).toEqual([
      { weekday: 1, from: '22:00', to: '18:00' },
      { weekday: 3, from: '09:00', to: '23:30' },
    ]);
    // A time that is none is kept as typed and named by validation, beside the box.
    await user.clear(wednesdayTo);
    await user.type(wednesdayTo, '25:00');
    await user.tab();
    expect(wednesdayTo).toHaveValue('25:00');
    expect(wednesdayTo).toHaveAccessibleDescription('Enter a time as HH:MM, from 00:00 to 24:00.');
    await user.clear(wednesdayTo);
    await user.type(wednesdayTo, '2400');
    // The range ends at 24:00 at once; the box stays under the fingers until they leave it.
    expect(last()!.ranges[1]).toEqual({ weekday: 3, from: '09:00', to: '24:00' });
    expect(wednesdayTo).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'until end of day on Wednesday' })).toBeChecked();
    await user.tab();
    expect(screen.getByLabelText('Wednesday to')).toHaveTextContent('24:00');
    expect(screen.getByRole('checkbox', { name: 'until end of day on Wednesday' })).toBeChecked();
  });

  it('says a Sunday overnight range runs into Monday', () => {
    setup({ ranges: [{ weekday: 7, from: '20:00', to: '02:00' }] });
    expect(within(dayRow('Sunday')).getByText('Runs past midnight into Monday, until 02:00.')).toBeVisible();
  });

  it('reaches 24:00 with "until end of day"', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 2, from: '18:00', to: '20:00' }] });
    await user.click(screen.getByRole('checkbox', { name: 'until end of day on Tuesday' }));
    expect(last()).toEqual({ ranges: [{ weekday: 2, from: '18:00', to: '24:00' }] });
    expect(screen.getByLabelText('Tuesday to')).toHaveTextContent('24:00');
    await user.click(screen.getByRole('checkbox', { name: 'until end of day on Tuesday' }));
    expect(last()?.ranges[0]?.to).not.toBe('24:00');
  });

  it('shows the fixed 24:00 end without saying it: it is a value, not a message', async () => {
    const heard = listenToLiveRegions(document.body);
    const { user } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '24:00' }, { weekday: 2, from: '18:00', to: '20:00' }] });
    await user.click(screen.getByRole('checkbox', { name: 'until end of day on Tuesday' }));
    expect(screen.getByLabelText('Monday to')).toHaveTextContent('24:00');
    expect(screen.getByLabelText('Tuesday to')).toHaveTextContent('24:00');
    // <output> is a live region: each range until the end of the day said "24:00" as it came.
    expect(heard.said()).toEqual([]);
    expect(liveRegions(document.body).filter((r) => r.textContent?.includes('24:00'))).toEqual([]);
    heard.stop();
  });

  it('adds a second range after the first and removes a range', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '12:00' }, { weekday: 3, from: '09:00', to: '12:00' }] });
    await user.click(screen.getByRole('button', { name: 'Add range on Monday' }));
    expect(last()).toEqual({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '13:00', to: '15:00' },
        { weekday: 3, from: '09:00', to: '12:00' },
      ],
    });
    expect(screen.getByLabelText('Monday from (range 2)')).toHaveValue('13:00');
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 09:00–12:00' }));
    expect(last()).toEqual({
      ranges: [
        { weekday: 1, from: '13:00', to: '15:00' },
        { weekday: 3, from: '09:00', to: '12:00' },
      ],
    });
  });

  it('shows an overlap beside the later range of the day, not the earlier one', () => {
    setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '11:00', to: '14:00' },
      ],
    });
    const message = 'This time range overlaps another range on the same day (09:00–12:00).';
    const [first, second] = within(dayRow('Monday')).getAllByRole('listitem');
    expect(second).toHaveTextContent(message);
    expect(first).not.toHaveTextContent(message);
    expect(within(second!).getByLabelText('Monday from (range 2)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(second!).getByLabelText('Monday from (range 2)')).toHaveAccessibleDescription(message);
  });

  it('keeps each bound’s word with its box, and a range’s × in the range’s own row (what the narrow layout relies on)', () => {
    setup({
      ranges: [
        { weekday: 1, from: '09:00', to: '18:00' },
        { weekday: 1, from: '19:00', to: '21:00' },
      ],
    });
    // The CSS wraps whole bounds ("to 18:00" never splits) and keeps × on the range's first line:
    // that needs the word and its box in one unit, and the times apart from × in the row.
    for (const range of ['range 1', 'range 2']) {
      for (const word of ['from', 'to']) {
        const box = screen.getByLabelText(`Monday ${word} (${range})`);
        const bound = box.closest('.hours-range__bound');
        expect(bound).not.toBeNull();
        expect(within(bound as HTMLElement).getAllByText(word, { exact: true })).toHaveLength(1);
      }
    }
    const [first, second] = within(dayRow('Monday')).getAllByRole('listitem');
    for (const [item, times] of [[first!, '09:00–18:00'], [second!, '19:00–21:00']] as const) {
      const remove = within(item).getByRole('button', { name: `Remove Monday range ${times}` });
      const row = remove.closest('.hours-range__row') as HTMLElement;
      expect(row.querySelector(':scope > .hours-range__times')).toContainElement(within(item).getByRole('checkbox', { name: /until end of day/ }));
      expect(remove.parentElement).toBe(row);
    }
  });

  it('shows "end must differ from start" beside the range’s end time', () => {
    setup({ ranges: [{ weekday: 5, from: '10:00', to: '10:00' }] });
    const to = screen.getByLabelText('Friday to');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('The end time must differ from the start time.');
    expect(screen.getByLabelText('Friday from')).not.toHaveAttribute('aria-invalid');
  });

  it('says that at least one range is needed when every day is off', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(last()).toEqual({ ranges: [] });
    expect(group()).toHaveTextContent('Add at least one time range, or choose “Always active”.');
  });

  it('links the "at least one range" error to the Active hours fieldset, and unlinks it once a day is on', async () => {
    const { user } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    expect(group()).not.toHaveAttribute('aria-invalid');
    expect(group()).not.toHaveAttribute('aria-describedby');
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(group()).toHaveAttribute('aria-invalid', 'true');
    expect(group()).toHaveAccessibleDescription('Add at least one time range, or choose “Always active”.');
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(group()).not.toHaveAttribute('aria-invalid');
    expect(group()).not.toHaveAttribute('aria-describedby');
  });

  it('shows the account’s time zone by default and changes it through a filtered list', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveDisplayValue('Account time zone (America/New_York)');
    await user.type(screen.getByRole('searchbox', { name: 'Find a time zone' }), 'berl');
    const options = within(zone).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Account time zone (America/New_York)', 'Europe/Berlin']);
    await user.selectOptions(zone, 'Europe/Berlin');
    expect(last()).toEqual({ timezone: 'Europe/Berlin', ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    await user.selectOptions(zone, 'Account time zone (America/New_York)');
    expect(last()).not.toHaveProperty('timezone');
  });

  it('puts the search before the list it narrows, and finds zones by UTC offset or abbreviation', async () => {
    const { user } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    const search = screen.getByRole('searchbox', { name: 'Find a time zone' });
    // Typed into, then Tab goes on to the narrowed list.
    await user.type(search, 'UTC+5:30');
    await user.tab();
    expect(zone).toHaveFocus();
    const shown = () => within(zone).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(shown()).toContain('Asia/Calcutta (Kolkata)');
    expect(shown()).not.toContain('Europe/Berlin');
    await user.clear(search);
    await user.type(search, 'EST');
    expect(shown()).toContain('America/New_York');
  });

  it('finds a zone by its current name when the browser lists the old one (Kolkata, Kyiv, Ho Chi Minh), and stores a name the validator accepts', async () => {
    const { user, last } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    const search = screen.getByRole('searchbox', { name: 'Find a time zone' });
    for (const [typed, current] of [
      ['kolkata', 'Kolkata'],
      ['Kyiv', 'Kyiv'],
      ['ho chi minh', 'Ho Chi Minh'],
      ['Nuuk', 'Nuuk'],
    ] as const) {
      await user.clear(search);
      await user.type(search, typed);
      const found = within(zone).getAllByRole('option').filter((o) => o.textContent?.includes(current));
      expect(found, typed).toHaveLength(1);
    }
    await user.clear(search);
    await user.type(search, 'kolkata');
    const kolkata = within(zone).getAllByRole('option').find((o) => o.textContent?.includes('Kolkata'))!;
    await user.selectOptions(zone, kolkata);
    const stored = last()?.timezone;
    expect(stored).toBe((kolkata as HTMLOptionElement).value);
    expect(Intl.DateTimeFormat('en-US', { timeZone: stored }).resolvedOptions().timeZone).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
    expect(ActiveHours.safeParse(last()).success).toBe(true);
    // The hint names the current city too, so "Calcutta" is not a surprise.
    expect(screen.getByText(/^Times are read in Asia\/(Calcutta \(Kolkata\)|Kolkata), here and in the bot’s scheduled triggers \(on a date, repeating\)\.$/)).toBeInTheDocument();
  });

  it('speaks the number of matching time zones once typing pauses, not at every keystroke', async () => {
    const { user } = setup({ ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    const spoken = screen.getAllByRole('status').find((s) => s.closest('.hours-zone'))!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(spoken.textContent ?? ''));
    observer.observe(spoken, { childList: true, characterData: true, subtree: true });
    await user.type(screen.getByRole('searchbox', { name: 'Find a time zone' }), 'berl');
    expect(screen.getByText('1 matching time zone')).toBeInTheDocument(); // the visible count follows at once
    await waitFor(() => expect(spoken).toHaveTextContent('1 matching time zone'));
    observer.disconnect();
    expect(heard.filter((t) => t !== '')).toEqual(['1 matching time zone']);
  });

  it('applies the "Outside business hours" preset, keeping the zone', async () => {
    const { user, last } = setup({ timezone: 'Asia/Tokyo', ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] });
    await user.click(screen.getByRole('button', { name: 'Outside business hours' }));
    const value = last();
    expect(value?.timezone).toBe('Asia/Tokyo');
    expect(value?.ranges).toContainEqual({ weekday: 6, from: '00:00', to: '24:00' });
    expect(value?.ranges).toContainEqual({ weekday: 3, from: '18:00', to: '24:00' });
    expect(hoursErrors(value ?? null)).toEqual([]);
  });
});
