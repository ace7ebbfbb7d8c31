// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaidStatus } from './said-status';

describe('SaidStatus', () => {
  it('is put in empty, then says each change once as a new node, not while quiet; emptied when there is nothing to say', () => {
    const view = render(<SaidStatus text="Expectations: every expectation holds." quiet={false} />);
    const region = screen.getByRole('status');
    // Words already there when it comes in would not be read: it starts empty.
    expect(region).toHaveTextContent(/^$/);
    view.rerender(<SaidStatus text="Expectations: 1 expectation failed." quiet={false} />);
    expect(region).toHaveTextContent('Expectations: 1 expectation failed.');
    const node = region.firstChild;
    // Said by the panel's sentence (a sample just loaded): kept as it was.
    view.rerender(<SaidStatus text="Expectations: every expectation holds." quiet />);
    expect(region).toHaveTextContent('Expectations: 1 expectation failed.');
    view.rerender(<SaidStatus text="" quiet={false} />);
    expect(region).toHaveTextContent(/^$/);
    view.rerender(<SaidStatus text="Expectations: 1 expectation failed." quiet={false} />);
    expect(region).toHaveTextContent('Expectations: 1 expectation failed.');
    expect(region.firstChild).not.toBe(node); // the same words again: a new node, said again
    expect(screen.getByRole('status')).toBe(region); // the same region throughout
  });
});
