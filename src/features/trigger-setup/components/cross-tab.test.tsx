// @vitest-environment jsdom
// Another tab changes the mocked store while a bot is open here (the app fetches its bots again).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { botQueryOptions, refetchOnStoreChanges, STORE_CHANGED_EVENT } from '../../../api';
import { TriggerSetupDialog } from './trigger-setup-dialog';

beforeEach(() => localStorage.clear()); // no draft kept from another test

const open = (onClose: () => void = () => {}) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const stop = refetchOnStoreChanges(client);
  render(
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId="welcome" open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), stop, client };
};
const otherTabChangedTheStore = () =>
  act(() => {
    window.dispatchEvent(new Event(STORE_CHANGED_EVENT));
  });

test('a bot deleted in another tab while it is edited here keeps its form, and Save says it was deleted', async () => {
  const { user, stop } = open();
  const name = await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  await user.type(name, ' edited');
  db.remove('welcome');
  otherTabChangedTheStore();
  // The refetch has answered 404 (said at once, see below): the form is still there, as it was.
  await screen.findByText(/This bot was deleted elsewhere/);
  expect(screen.getByRole('textbox', { name: 'Bot name', hidden: true })).toHaveValue('Welcome on creation edited');
  expect(screen.queryByText(/This bot no longer exists/)).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Save', hidden: true }));
  expect(await screen.findByText(/Someone deleted this bot while you were editing/)).toBeInTheDocument();
  stop();
});

test('a bot deleted in another tab while it is open here says so at once, and it can be kept as a new bot', async () => {
  const { user, stop } = open();
  const name = await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  db.remove('welcome');
  otherTabChangedTheStore();
  const alert = await screen.findByText(/This bot was deleted elsewhere/);
  expect(alert.closest('[role="alert"]')).toHaveTextContent(
    'This bot was deleted elsewhere (in another tab or by another admin). It can be kept as a new bot: save it as a new bot, or close this to let it go.',
  );
  expect(name).toHaveValue('Welcome on creation'); // the form stays as it was
  await user.type(name, ' again');
  const before = db.bots().length;
  await user.click(screen.getByRole('button', { name: 'Create as a new bot', hidden: true }));
  await vi.waitFor(() => expect(db.bots()).toHaveLength(before + 1));
  expect(db.bots().at(-1)).toMatchObject({ name: 'Welcome on creation again', version: 1 });
  stop();
});

test('a bot deleted in another tab while it is edited here says that the changes can be kept as a new bot', async () => {
  const { user, stop } = open();
  const name = await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  await user.type(name, ' edited');
  db.remove('welcome');
  otherTabChangedTheStore();
  const alert = await screen.findByText(/This bot was deleted elsewhere/);
  expect(alert.closest('[role="alert"]')).toHaveTextContent('Your changes can be kept as a new bot: save them as a new bot, or cancel to let them go.');
  expect(name).toHaveFocus(); // said, not moved: the admin may be typing
  stop();
});

test('a newer version from another tab waits while the trigger picker is open, and keeps its search and focus', async () => {
  const { user, stop, client } = open();
  await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  await user.click(screen.getByRole('button', { name: 'When this happens', hidden: true }));
  const search = await screen.findByRole('combobox', { name: 'Search triggers', hidden: true });
  await user.type(search, 'stag');
  const bot = db.bot('welcome')!;
  db.replace({ ...bot, name: 'Renamed elsewhere', version: bot.version + 1 });
  otherTabChangedTheStore();
  // The newer version has arrived here (the dialog hears of it as the query gets it), and React is done with it.
  await vi.waitFor(() => expect(client.getQueryData(botQueryOptions('welcome').queryKey)?.version).toBe(bot.version + 1));
  await act(async () => {});
  expect(search).toBeInTheDocument();
  expect(search).toHaveValue('stag');
  expect(search).toHaveFocus();
  expect(screen.getByRole('textbox', { name: 'Bot name', hidden: true })).toHaveValue('Welcome on creation');
  stop();
});

test('Save on an unedited bot deleted elsewhere does not close as "no changes": the bot is gone, the notice stays', async () => {
  const onClose = vi.fn();
  const { user, stop } = open(onClose);
  await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  db.remove('welcome');
  otherTabChangedTheStore();
  await screen.findByText(/This bot was deleted elsewhere/);
  await user.click(screen.getByRole('button', { name: 'Save', hidden: true }));
  // Said again at Save, without "your changes": there are none.
  const alert = (await screen.findByText(/^Someone deleted this bot\.$/)).closest('[role="alert"]');
  expect(alert).toHaveTextContent('Someone deleted this bot. It can be kept as a new bot: save it as a new bot, or close this to let it go.');
  expect(onClose).not.toHaveBeenCalled();
  stop();
});

test('a bot deleted elsewhere stays so for Save after another notice replaced that one: never "no changes" of a bot that is gone', async () => {
  const onClose = vi.fn();
  const { user, stop } = open(onClose);
  const name = await screen.findByRole('textbox', { name: 'Bot name', hidden: true });
  db.remove('welcome');
  otherTabChangedTheStore();
  await screen.findByText(/This bot was deleted elsewhere/);
  // A refused Save (no name) replaces the notice; the name typed back makes the form as it was.
  await user.clear(name);
  await user.click(screen.getByRole('button', { name: 'Save', hidden: true }));
  await screen.findAllByText(/The bot was not saved/);
  await user.type(name, 'Welcome on creation');
  await user.click(screen.getByRole('button', { name: 'Save', hidden: true }));
  expect(await screen.findByText(/^Someone deleted this bot\.$/)).toBeInTheDocument();
  expect(onClose).not.toHaveBeenCalled();
  stop();
});
