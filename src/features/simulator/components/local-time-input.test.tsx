// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocalTimeInput } from './local-time-input';

/** What Chromium does for 31 February (or a part left blank): the value is "" and validity.badInput is set. */
function typeUnreadable(input: HTMLInputElement) {
  Object.defineProperty(input, 'validity', { value: { badInput: true, valid: false }, configurable: true });
  fireEvent.change(input, { target: { value: '' } });
}

describe('LocalTimeInput', () => {
  it('keeps an optional time when the box holds a date that does not exist, and says so', () => {
    const onChange = vi.fn();
    render(<LocalTimeInput label="Until" value="2026-06-01T18:00:00Z" tz="America/New_York" onChange={onChange} optional />);
    const box = screen.getByLabelText('Until') as HTMLInputElement;
    typeUnreadable(box);
    expect(onChange).not.toHaveBeenCalled();
    // Said when the box is left.
    expect(box).not.toHaveAttribute('aria-invalid');
    fireEvent.blur(box);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('This date does not exist or is not complete (31 February?): still Mon 1 Jun 2026, 14:00 EDT.');
    // The box shows the time that is kept (14:00 in New York).
    expect(box.value).toBe('2026-06-01T14:00');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('still clears an optional time when the box is emptied', () => {
    const onChange = vi.fn();
    render(<LocalTimeInput label="Until" value="2026-06-01T18:00:00Z" tz="America/New_York" onChange={onChange} optional />);
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith(undefined);
    expect(screen.getByLabelText('Until')).not.toHaveAttribute('aria-invalid');
  });
});
