// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { useAccount } from './account';
import { botsQueryOptions, useBots } from './bots';
import { useDemoSettings, useResetDemoData, useUpdateDemoSettings } from './demo';
import { renderWithClient } from './test-utils';

function Demo() {
  const settings = useDemoSettings();
  const account = useAccount();
  const bots = useBots();
  const update = useUpdateDemoSettings();
  const reset = useResetDemoData();
  return (
    <div>
      <p>Plan switch: {settings.data?.plan ?? '…'}</p>
      <p>Account plan: {account.data?.plan ?? '…'}</p>
      <p>Bots: {bots.data?.length ?? '…'}</p>
      <button type="button" onClick={() => update.mutate({ plan: 'base' })}>
        Base plan
      </button>
      <button type="button" onClick={() => reset.mutate()}>
        Reset
      </button>
    </div>
  );
}

describe('demo settings hooks', () => {
  test('changing the plan refetches the account', async () => {
    renderWithClient(<Demo />);
    expect(await screen.findByText('Account plan: enterprise')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Base plan' }));
    expect(await screen.findByText('Plan switch: base')).toBeInTheDocument();
    expect(await screen.findByText('Account plan: base')).toBeInTheDocument();
  });

  test('reset restores the seed and refetches every query', async () => {
    const { client } = renderWithClient(<Demo />);
    expect(await screen.findByText('Bots: 7')).toBeInTheDocument();
    db.remove('vip');
    db.updateSettings({ plan: 'advanced' });
    const fetchedBefore = client.getQueryState(botsQueryOptions().queryKey)?.dataUpdateCount ?? 0;
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('Plan switch: enterprise')).toBeInTheDocument();
    expect(db.bots()).toHaveLength(7);
    await waitFor(() => expect(client.getQueryState(botsQueryOptions().queryKey)?.dataUpdateCount).toBeGreaterThan(fetchedBefore));
    expect(screen.getByText('Bots: 7')).toBeInTheDocument();
  });
});
