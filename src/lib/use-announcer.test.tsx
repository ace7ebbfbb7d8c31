// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { REPEAT_DELAY_MS, useAnnouncer } from './use-announcer';

function Harness() {
  const [text, announce] = useAnnouncer();
  return (
    <>
      <button type="button" onClick={() => announce('Removed trigger 3: A call comes in.')}>
        Remove
      </button>
      <button type="button" onClick={() => announce('Added trigger 3: A call comes in.')}>
        Add
      </button>
      <p role="status">{text}</p>
    </>
  );
}
const say = (what: 'Remove' | 'Add') => fireEvent.click(screen.getByRole('button', { name: what }));

describe('useAnnouncer', () => {
  it('shows a new message at once, and a repeated one again after emptying the region', () => {
    vi.useFakeTimers();
    try {
      render(<Harness />);
      const region = screen.getByRole('status');
      say('Remove');
      expect(region).toHaveTextContent('Removed trigger 3: A call comes in.');
      say('Remove');
      expect(region).toBeEmptyDOMElement();
      act(() => vi.advanceTimersByTime(REPEAT_DELAY_MS));
      expect(region).toHaveTextContent('Removed trigger 3: A call comes in.');
      // A different message while a repeat waits wins at once, and the repeat never comes.
      say('Remove');
      say('Add');
      expect(region).toHaveTextContent('Added trigger 3: A call comes in.');
      act(() => vi.advanceTimersByTime(REPEAT_DELAY_MS));
      expect(region).toHaveTextContent('Added trigger 3: A call comes in.');
    } finally {
      vi.useRealTimers();
    }
  });
});
