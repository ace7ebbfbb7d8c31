// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { validateBot, type Trigger, type ValidationError } from '../../../domain';
import { TriggerList } from '../components/trigger-list';
import { account } from '../test/account';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const HINT = 'Local time in America/New_York.';

/** The errors the dialog would pass: the domain validator's, under "triggers", prefix removed. */
function triggerErrors(triggers: Trigger[]): ValidationError[] {
  const bot = { id: 'b1', name: 'Bot', version: 0, enabled: true, triggers, conditions: [], activeHours: null, keepUnanswered: false };
  const result = validateBot(bot, account);
  if (result.ok) return [];
  return result.errors.filter((e) => e.path.startsWith('triggers.')).map((e) => ({ ...e, path: e.path.slice('triggers.'.length) }));
}

/** One trigger row as the dialog shows it: summary, editor and live errors. */
function Harness({ initial, onChange }: { initial: Trigger; onChange(t: Trigger): void }) {
  const [triggers, setTriggers] = useState<Trigger[]>([initial]);
  return (
    <TriggerList
      account={account}
      triggers={triggers}
      rowKeys={['row']}
      onChange={(_, next) => {
        onChange(next);
        setTriggers([next]);
      }}
      onRemove={() => {}}
      errors={triggerErrors(triggers)}
      now={NOW}
    />
  );
}

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
  const box = () => screen.getByLabelText('Date and time');

  it('says that a typed date does not exist (31 February) instead of asking to choose one', () => {
    const { onChange } = setup({ type: 'on_date', at: '2027-02-15T09:30' });
    expect(summary()).toBe('On 15 February 2027 at 09:30');
    // The admin turns 15 into 31: the browser reports an empty value and a bad input.
    simulateValidity(box(), true);
    fireEvent.change(box(), { target: { value: '' } });
    // The draft holds what the browser gave, as before; only the message tells what went wrong.
    expect(onChange).toHaveBeenLastCalledWith({ type: 'on_date', at: '' });
    expect(box()).toBeInvalid();
    expect(box()).toHaveAccessibleDescription(
      `This date does not exist or is not complete (31 February?). Choose a date and time that exists. ${HINT}`,
    );
    expect(screen.queryByText('Choose the date and time the bot runs.')).toBeNull();
  });

  it('says so too when the date is typed into an empty box, once the admin leaves it (no change event comes)', () => {
    setup({ type: 'on_date', at: '' });
    expect(box()).toHaveAccessibleDescription(`Choose the date and time the bot runs. ${HINT}`);
    simulateValidity(box(), true);
    fireEvent.blur(box());
    expect(box()).toHaveAccessibleDescription(
      `This date does not exist or is not complete (31 February?). Choose a date and time that exists. ${HINT}`,
    );
  });

  it('asks to choose a date again once the box is cleared, and says nothing once a real date is typed', () => {
    setup({ type: 'on_date', at: '2027-02-15T09:30' });
    simulateValidity(box(), true);
    fireEvent.change(box(), { target: { value: '' } });
    expect(box()).toHaveAccessibleDescription(/^This date does not exist/);
    // Cleared entirely: nothing typed, nothing unreadable.
    simulateValidity(box(), false);
    fireEvent.blur(box());
    expect(box()).toHaveAccessibleDescription(`Choose the date and time the bot runs. ${HINT}`);
    fireEvent.change(box(), { target: { value: '2027-02-28T09:30' } });
    expect(box()).toBeValid();
    expect(box()).toHaveAccessibleDescription(HINT);
    expect(summary()).toBe('On 28 February 2027 at 09:30');
  });
});
