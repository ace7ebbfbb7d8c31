// @vitest-environment jsdom
// Two tabs of one browser on the same saved bot share its draft (kept per bot, not per tab). This
// dialog is one tab; the other is played by writing localStorage and sending the storage event a
// browser sends to every other tab of the site.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { formFromBot, type BotForm } from '../lib/draft-storage';
import { TriggerSetupDialog } from './trigger-setup-dialog';

const KEY = 'salesbot-studio:draft:welcome';

afterEach(() => localStorage.clear());

function open() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId="welcome" open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onClose };
}

const dialog = () => screen.getByRole('dialog', { name: 'Trigger setup', hidden: true });
const nameBox = () => within(dialog()).getByRole('textbox', { name: 'Bot name', hidden: true });

/** The other tab writes its draft of the bot: `change` on top of the bot as saved. */
function otherTabWrites(change: Partial<BotForm>): string {
  const form = { ...formFromBot(db.bot('welcome')!), ...change };
  const text = JSON.stringify({ form, baseVersion: db.bot('welcome')!.version, savedAt: '2026-03-05T11:59:00Z' });
  const before = localStorage.getItem(KEY);
  localStorage.setItem(KEY, text);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue: before, newValue: text })));
  return text;
}

test('a form back as saved leaves a draft another tab wrote since: only this tab’s own draft goes', async () => {
  const { user } = open();
  await screen.findByDisplayValue('Welcome on creation');
  await user.type(nameBox(), '!');
  expect(localStorage.getItem(KEY)).toContain('Welcome on creation!');
  // The other tab typed last, then closed with "Close, keep the draft".
  const theirs = otherTabWrites({ name: 'Renamed in the other tab' });
  await user.type(nameBox(), '{Backspace}'); // this form is as saved again
  expect(localStorage.getItem(KEY)).toBe(theirs);
  // With no other tab in between, its own draft goes as before.
  await user.type(nameBox(), '?');
  expect(localStorage.getItem(KEY)).toContain('Welcome on creation?');
  await user.type(nameBox(), '{Backspace}');
  expect(localStorage.getItem(KEY)).toBeNull();
});
