// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { KeptNote } from './kept-note';

it('keeps its status in the page from the start, so that a scenario not kept is spoken when it comes', () => {
  const { rerender } = render(<KeptNote botId="bot-1" outcome={null} />);
  const status = screen.getByRole('status');
  expect(status).toBeEmptyDOMElement();
  rerender(<KeptNote botId="bot-1" outcome="unavailable" />);
  expect(screen.getByRole('status')).toBe(status);
  expect(status).toHaveTextContent(/^This browser does not keep the scenario/);
});
