// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { apiUrl } from '../../../lib/api-client';
import { DemoSettings } from '..';

function renderDemoSettings(onReset?: () => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DemoSettings onReset={onReset} />
    </QueryClientProvider>,
  );
  return { client, user: userEvent.setup() };
}

async function openPopover(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Demo settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Demo settings' });
  await screen.findByLabelText('Latency');
  return dialog;
}

describe('Demo settings', () => {
  test('the labelled switches change the mocked server', async () => {
    const { user } = renderDemoSettings();
    await openPopover(user);
    await user.selectOptions(screen.getByLabelText('Latency'), 'Slow (3 seconds)');
    await user.selectOptions(screen.getByLabelText('Next save'), 'Conflicts: another admin saved first (409)');
    await user.selectOptions(screen.getByLabelText('Plan'), 'Base');
    await waitFor(() => expect(db.settings()).toEqual({ latency: 'slow', failNextSave: '409', plan: 'base' }));
    expect(screen.getByLabelText('Plan')).toHaveValue('base');
  });

  test('Escape closes the popover and gives the focus back to its button', async () => {
    const { user } = renderDemoSettings();
    await openPopover(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Demo settings' })).toHaveFocus();
  });

  test('Done, its last control, closes the popover and gives the focus back to its button', async () => {
    const { user } = renderDemoSettings();
    await openPopover(user);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Demo settings' })).toHaveFocus();
  });

  test('it opens from the keyboard', async () => {
    const { user } = renderDemoSettings();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Demo settings' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Demo settings' })).toBeInTheDocument();
  });

  test('the first open, with the settings still loading, puts the focus on the first field once it comes, as later opens do', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(apiUrl('/api/demo/settings'), async () => {
        await answered;
        return undefined; // on to the mocked API's own handler
      }),
    );
    const { user } = renderDemoSettings();
    await user.tab();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Demo settings' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading the demo settings…');
    answer();
    await waitFor(() => expect(screen.getByLabelText('Latency')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Latency')).toHaveFocus());
  });

  test('"Reset demo data" asks first; Cancel keeps the data', async () => {
    const { user } = renderDemoSettings();
    db.remove('vip');
    await openPopover(user);
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(db.bot('vip')).toBeUndefined();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reset demo data' })).toHaveFocus());
  });

  test('confirming the reset restores the seed bots and switches', async () => {
    const { user } = renderDemoSettings();
    db.remove('vip');
    db.updateSettings({ plan: 'base' });
    await openPopover(user);
    expect(screen.getByLabelText('Plan')).toHaveValue('base');
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(await screen.findByText('The demo data was reset.')).toBeInTheDocument();
    expect(db.bot('vip')).toBeDefined();
    expect(screen.getByLabelText('Plan')).toHaveValue('enterprise');
  });

  test('a reset tells the app once it has succeeded (to forget the drafts), and says so first', async () => {
    const onReset = vi.fn();
    const { user } = renderDemoSettings(onReset);
    await openPopover(user);
    server.use(http.post(apiUrl('/api/demo/reset'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(screen.getByRole('group', { name: /Reset every bot/ })).toHaveTextContent('Bots you saved, and unsaved changes in this browser, are lost.');
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeInTheDocument());
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset demo data' }));
    expect(await screen.findByText('The demo data was reset.')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  test('a server that cannot load the settings is explained', async () => {
    server.use(http.get(apiUrl('/api/demo/settings'), () => HttpResponse.json({ latency: 'warp' })));
    const { user } = renderDemoSettings();
    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the demo settings: The server sent data in an unexpected format.');
  });
});
