// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { typeLocalTime } from '../test/local-time';
import { TrafficGenerator } from './traffic-generator';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account; // America/New_York

describe('TrafficGenerator', () => {
  it("generates over the period typed in the account's zone, by default 1–8 June 09:00", async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve(null));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(onGenerate).toHaveBeenCalledWith(expect.objectContaining({ from: '2026-06-01T13:00:00Z', to: '2026-06-08T13:00:00Z', count: 100000 }), 19);
  });

  it('says which of a repeated hour the period starts at, and offers the other', async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve(null));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    typeLocalTime('From (America/New_York)', '2026-11-01T01:30');
    typeLocalTime('To (America/New_York)', '2026-11-02T09:00');
    // From was left: its note is shown, describes its boxes, and is spoken.
    expect(screen.getByLabelText('From (America/New_York)')).toHaveAccessibleDescription(
      /^01:30 happens twice on that day in America\/New_York \(the clocks go back\): this is the first, Sun 1 Nov 2026, 01:30 EDT\./,
    );
    await user.click(screen.getByRole('button', { name: 'Use Sun 1 Nov 2026, 01:30 EST instead' }));
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(onGenerate).toHaveBeenCalledWith(expect.objectContaining({ from: '2026-11-01T06:30:00Z', to: '2026-11-02T14:00:00Z' }), 19);
  });

  it('says when a start time does not exist that day, and where it went', () => {
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={() => Promise.resolve(null)} />);
    typeLocalTime('From (America/New_York)', '2026-03-08T02:30');
    expect(screen.getByText('There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.')).toBeInTheDocument();
  });

  it('marks the field a refusal is about, describes it with the problem and takes the focus there', async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve(null));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    const events = screen.getByLabelText('Events');
    await user.clear(events);
    await user.type(events, '300000');
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose between 1 and 200,000 events.');
    expect(events).toHaveFocus();
    expect(events).toHaveAttribute('aria-invalid', 'true');
    expect(events).toHaveAccessibleDescription('Choose between 1 and 200,000 events.');
    await user.clear(events);
    await user.type(events, '50');
    const leads = screen.getByLabelText('Leads');
    await user.clear(leads);
    await user.type(leads, '0');
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(leads).toHaveFocus();
    expect(leads).toHaveAccessibleDescription('Choose between 1 and 100,000 leads.');
    expect(events).not.toHaveAttribute('aria-invalid');
    await user.type(leads, '5');
    for (const box of screen.getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(screen.getByRole('group', { name: 'Kinds of events' })).toHaveAccessibleDescription('Choose at least one kind of event.');
    expect(screen.getAllByRole('checkbox')[0]).toHaveFocus();
    expect(onGenerate).not.toHaveBeenCalled();
  });

  it('says so when the period is emptied, and generates nothing', async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve(null));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    fireEvent.change(screen.getByLabelText('From (America/New_York)'), { target: { value: '' } });
    expect(screen.getByLabelText('From (America/New_York)')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the start and end of the period as dates and times.');
    const from = screen.getByLabelText('From (America/New_York)');
    expect(from).toHaveFocus();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/^Enter the start and end of the period as dates and times\./);
    expect(screen.getByLabelText('To (America/New_York)')).not.toHaveAttribute('aria-invalid');
    expect(onGenerate).not.toHaveBeenCalled();
    // Both emptied: both are marked, as the alert names both.
    fireEvent.change(screen.getByLabelText('To (America/New_York)'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(screen.getByLabelText('From (America/New_York)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('To (America/New_York)')).toHaveAttribute('aria-invalid', 'true');
    // From filled in: To, still empty, stays marked, and the alert with it.
    typeLocalTime('From (America/New_York)', '2026-06-01T09:00');
    expect(screen.getByLabelText('From (America/New_York)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('To (America/New_York)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the start and end of the period as dates and times.');
  });

  it('says in its own alert a period that ends before it starts, marks From and To, and says it again at each press', async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve(null));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    typeLocalTime('To (America/New_York)', '2026-05-01T09:00');
    const button = screen.getByRole('button', { name: 'Generate traffic' });
    await user.click(button);
    const said = 'Choose a period whose end is not before its start.';
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(said);
    expect(onGenerate).not.toHaveBeenCalled();
    for (const label of ['From (America/New_York)', 'To (America/New_York)']) {
      for (const box of [screen.getByLabelText(label), screen.getByLabelText(`${label}, time (24-hour)`)]) {
        expect(box).toHaveAttribute('aria-invalid', 'true');
        expect(box).toHaveAccessibleDescription(said);
      }
    }
    expect(screen.getByLabelText('From (America/New_York)')).toHaveFocus();
    // Pressed again: a new alert, so that it is said again.
    await user.click(button);
    expect(screen.getByRole('alert')).toHaveTextContent(said);
    expect(screen.getByRole('alert')).not.toBe(alert);
    // Another end still before the start: still marked.
    typeLocalTime('To (America/New_York)', '2026-05-15T09:00');
    expect(screen.getByLabelText('To (America/New_York)')).toHaveAttribute('aria-invalid', 'true');
    // Put right: nothing is marked any more, before Generate is pressed again; then it generates.
    typeLocalTime('To (America/New_York)', '2026-06-02T09:00');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('To (America/New_York)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('From (America/New_York)')).not.toHaveAttribute('aria-invalid');
    await user.click(button);
    expect(onGenerate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('From (America/New_York)')).not.toHaveAttribute('aria-invalid');
  });

  it("says the worker's refusal in its own alert", async () => {
    const user = userEvent.setup();
    const onGenerate = vi.fn(() => Promise.resolve('The account needs a pipeline with a stage and a user to generate traffic.'));
    render(<TrafficGenerator account={ACCOUNT} busy={false} onGenerate={onGenerate} />);
    await user.click(screen.getByRole('button', { name: 'Generate traffic' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The account needs a pipeline with a stage and a user to generate traffic.');
  });
});
