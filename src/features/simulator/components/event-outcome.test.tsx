// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EventOutcome } from './event-outcome';

describe('EventOutcome', () => {
  it('writes its one spoken line a frame after it is put in, also when the answer is already known (opened again)', async () => {
    render(<EventOutcome index={2} view={{ summary: 'It came before Start, so it changed the lead but started nothing.', bots: [], others: [] }} onClose={vi.fn()} />);
    const status = screen.getByRole('status');
    // A region put in with its words already inside is not read: empty at first…
    expect(status).toHaveTextContent(/^$/);
    // …then the line, once.
    await waitFor(() => expect(status).toHaveTextContent('What happened after event 3: It came before Start, so it changed the lead but started nothing.'));
  });
});
