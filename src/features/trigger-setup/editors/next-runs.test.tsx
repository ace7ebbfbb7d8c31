// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NextRuns } from './next-runs';
import { RecurringEditor, RelativeDateEditor } from './scheduled-editors';
import { account } from '../test/account';

const NY = 'America/New_York';
const THU_5_MAR_2026_0700_EST = Date.parse('2026-03-05T12:00:00Z');

const runs = () =>
  within(screen.getByRole('region', { name: 'Next runs' }))
    .queryAllByRole('listitem')
    .map((li) => ({ text: li.textContent, at: li.querySelector('time')?.getAttribute('datetime') }));

describe('NextRuns', () => {
  it('lists the next five daily runs across the spring DST change, 09:00 local with the zone abbreviation', () => {
    render(<NextRuns trigger={{ type: 'recurring', every: 'day', time: '09:00' }} timezone={NY} now={THU_5_MAR_2026_0700_EST} />);
    expect(runs()).toEqual([
      { text: 'Thu 5 Mar 2026, 09:00 EST', at: '2026-03-05T14:00:00Z' },
      { text: 'Fri 6 Mar 2026, 09:00 EST', at: '2026-03-06T14:00:00Z' },
      { text: 'Sat 7 Mar 2026, 09:00 EST', at: '2026-03-07T14:00:00Z' },
      { text: 'Sun 8 Mar 2026, 09:00 EDT', at: '2026-03-08T13:00:00Z' },
      { text: 'Mon 9 Mar 2026, 09:00 EDT', at: '2026-03-09T13:00:00Z' },
    ]);
    expect(screen.getByRole('heading', { name: `Next runs (${NY})` })).toBeInTheDocument();
  });

  it('moves a run that falls in the DST gap to the first valid minute after it', () => {
    render(<NextRuns trigger={{ type: 'recurring', every: 'day', time: '02:30' }} timezone={NY} now={Date.parse('2026-03-07T12:00:00Z')} />);
    expect(runs().slice(0, 2)).toEqual([
      { text: 'Sun 8 Mar 2026, 03:00 EDT (there is no 02:30 that day: the clocks jump forward, so it runs at 03:00)', at: '2026-03-08T07:00:00Z' },
      { text: 'Mon 9 Mar 2026, 02:30 EDT', at: '2026-03-09T06:30:00Z' },
    ]);
  });

  it('says that a time in the repeated autumn hour runs once, at the first', () => {
    render(<NextRuns trigger={{ type: 'recurring', every: 'day', time: '01:30' }} timezone={NY} now={Date.parse('2026-10-31T12:00:00Z')} />);
    expect(runs().slice(0, 2)).toEqual([
      { text: 'Sun 1 Nov 2026, 01:30 EDT (01:30 happens twice that day: the clocks go back; it runs once, at the first)', at: '2026-11-01T05:30:00Z' },
      { text: 'Mon 2 Nov 2026, 01:30 EST', at: '2026-11-02T06:30:00Z' },
    ]);
  });

  it('counts from the pinned clock: a run at "now" is included, an earlier one is not', () => {
    const now = Date.parse('2026-03-05T14:00:00Z'); // exactly 09:00 EST
    render(<NextRuns trigger={{ type: 'recurring', every: 'week', weekday: 4, time: '09:00' }} timezone={NY} now={now} />);
    expect(runs().map((r) => r.at)).toEqual([
      '2026-03-05T14:00:00Z',
      '2026-03-12T13:00:00Z',
      '2026-03-19T13:00:00Z',
      '2026-03-26T13:00:00Z',
      '2026-04-02T13:00:00Z',
    ]);
  });

  it('shows a single on-date run in the account zone, and says so when the date has passed', () => {
    const { rerender } = render(<NextRuns trigger={{ type: 'on_date', at: '2026-12-31T09:00' }} timezone={NY} now={THU_5_MAR_2026_0700_EST} />);
    expect(runs()).toEqual([{ text: 'Thu 31 Dec 2026, 09:00 EST', at: '2026-12-31T14:00:00Z' }]);
    rerender(<NextRuns trigger={{ type: 'on_date', at: '2025-12-31T09:00' }} timezone={NY} now={THU_5_MAR_2026_0700_EST} />);
    expect(runs()).toEqual([]);
    expect(screen.getByText('This date has passed: the bot will not run again.')).toBeInTheDocument();
  });

  it('asks to complete an invalid schedule instead of guessing', () => {
    render(<NextRuns trigger={{ type: 'recurring', every: 'week', time: '09:00' }} timezone={NY} now={THU_5_MAR_2026_0700_EST} />);
    expect(runs()).toEqual([]);
    expect(screen.getByText('Complete the schedule to see when the bot runs.')).toBeInTheDocument();
  });

  it('uses the zone it is given, not the host zone (Kolkata has an offset, no abbreviation)', () => {
    render(<NextRuns trigger={{ type: 'recurring', every: 'day', time: '09:00' }} timezone="Asia/Kolkata" now={THU_5_MAR_2026_0700_EST} />);
    expect(runs()[0]).toEqual({ text: 'Fri 6 Mar 2026, 09:00 UTC+05:30', at: '2026-03-06T03:30:00Z' });
  });
});

describe('RecurringEditor', () => {
  it('previews monthly runs on day 31 in the account zone, clamped to shorter months', () => {
    render(
      <RecurringEditor
        account={account}
        trigger={{ type: 'recurring', every: 'month', dayOfMonth: 31, time: '10:00' }}
        onChange={() => {}}
        errors={[]}
        now={Date.parse('2026-01-01T00:00:00Z')}
      />,
    );
    expect(runs().map((r) => r.text)).toEqual([
      'Sat 31 Jan 2026, 10:00 EST',
      'Sat 28 Feb 2026, 10:00 EST',
      'Tue 31 Mar 2026, 10:00 EDT',
      'Thu 30 Apr 2026, 10:00 EDT',
      'Sun 31 May 2026, 10:00 EDT',
    ]);
  });
});

describe('RelativeDateEditor', () => {
  const NOW = THU_5_MAR_2026_0700_EST;
  it('says what happens when the moment has already passed, and how a date without a time counts', () => {
    const { rerender } = render(
      <RelativeDateEditor account={account} trigger={{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }} onChange={() => {}} errors={[]} now={NOW} />,
    );
    expect(
      screen.getByText(
        'If the moment (2 h before Meeting Time) has already passed when the date is set or the lead created, the bot still runs at once when it is at most 1 h late; later, it is skipped.',
      ),
    ).toBeInTheDocument();
    rerender(
      <RelativeDateEditor account={account} trigger={{ type: 'relative_to_date_field', fieldId: 'f-renewal', hours: 0, direction: 'after' }} onChange={() => {}} errors={[]} now={NOW} />,
    );
    expect(
      screen.getByText(
        'Renewal date has no time: it counts from 00:00 of its day (America/New_York). If Renewal date has already passed when it is set (or when the lead is created), the bot is skipped.',
      ),
    ).toBeInTheDocument();
  });
});
