// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusAfterRender } from './use-focus-after-render';

/** Asks for the focus on "Target", which appears only with a later render (`show`). */
function Harness() {
  const focusNext = useFocusAfterRender();
  const [asked, setAsked] = useState(0);
  const [show, setShow] = useState(false);
  const [other, setOther] = useState(0);
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          focusNext(() => document.getElementById('target'));
          setAsked((n) => n + 1);
        }}
      >
        Ask
      </button>
      <button type="button" onClick={() => setOther((n) => n + 1)}>
        Other {other} {asked}
      </button>
      <button type="button" onClick={() => setShow(true)}>
        Show
      </button>
      {show && (
        <button type="button" id="target">
          Target
        </button>
      )}
    </div>
  );
}

describe('useFocusAfterRender', () => {
  it('waits over a render for another reason until its element is there', () => {
    render(<Harness />);
    const ask = screen.getByRole('button', { name: 'Ask' });
    ask.focus();
    act(() => ask.click()); // the render it asked after: no target yet
    act(() => screen.getByRole('button', { name: /^Other/ }).click()); // another render, still none
    expect(ask).toHaveFocus();
    act(() => screen.getByRole('button', { name: 'Show' }).click());
    expect(screen.getByRole('button', { name: 'Target' })).toHaveFocus();
  });

  it('gives up once the focus has moved elsewhere', () => {
    render(<Harness />);
    const ask = screen.getByRole('button', { name: 'Ask' });
    ask.focus();
    act(() => ask.click());
    const show = screen.getByRole('button', { name: 'Show' });
    show.focus(); // the user moved on
    act(() => screen.getByRole('button', { name: /^Other/ }).click());
    act(() => show.click());
    expect(show).toHaveFocus();
  });
});
