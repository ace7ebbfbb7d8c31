// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Trigger } from '../../../domain';
import { SETTLE_MS } from '../../../lib/use-settled';
import { account } from '../test/account';
import { TriggerPicker } from './trigger-picker';

async function openPicker() {
  const onPick = vi.fn<(t: Trigger) => void>();
  const user = userEvent.setup();
  render(<TriggerPicker account={account} onPick={onPick} />);
  await user.click(screen.getByRole('button', { name: 'When this happens' }));
  const picker = await screen.findByRole('dialog', { name: 'Choose a trigger' });
  const search = within(picker).getByRole('combobox', { name: 'Search triggers' });
  return { user, onPick, picker, search };
}

describe('TriggerPicker search', () => {
  it('words an option with its note, or an unavailable one with its reason, apart in its accessible name', async () => {
    const { picker } = await openPicker();
    expect(within(picker).getByRole('option', { name: 'When an email is received Works with the connected mailboxes.' })).toBeTruthy();
  });

  it('finds the yearly and date-field triggers for "birthday", and picks one', async () => {
    const { user, onPick, picker, search } = await openPicker();
    await user.type(search, 'birthday');
    const options = within(picker).getAllByRole('option').map((o) => o.querySelector('.ts-picker-option-label')?.textContent);
    expect(options).toEqual(['Hours before or after a date field', 'Once a year at a time']);
    await user.click(within(picker).getByRole('option', { name: /Once a year at a time/ }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ type: 'recurring', every: 'year' }));
  });

  it('suggests words to try when nothing matches, on screen and in the status', async () => {
    const { user, picker, search } = await openPicker();
    await user.type(search, 'zzz');
    expect(within(picker).getByText('No trigger matches “zzz”. Try a word like stage, tag, message, date or form.')).toBeInTheDocument();
    const status = within(picker).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('No trigger matches “zzz”. Try a word like stage, tag, message, date or form.'));
    expect(search).toHaveAttribute('aria-expanded', 'false');
    await user.clear(search);
    expect(search).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts a reopened picker with an empty status, not the last search\'s words', async () => {
    const { user, picker, search } = await openPicker();
    await user.type(search, 'zzz');
    await waitFor(() => expect(within(picker).getByRole('status')).toHaveTextContent(/^No trigger matches “zzz”/), { timeout: 3000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose a trigger' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'When this happens' }));
    const again = await screen.findByRole('dialog', { name: 'Choose a trigger' });
    expect(within(again).getByRole('combobox', { name: 'Search triggers' })).toHaveValue('');
    expect(within(again).getAllByRole('option').length).toBeGreaterThan(20);
    // At once, and still once the typing pause would have passed (nothing is typed).
    expect(within(again).getByRole('status')).toHaveTextContent(/^$/);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 100));
    expect(within(again).getByRole('status')).toHaveTextContent(/^$/);
  });
});
