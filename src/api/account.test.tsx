// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { apiUrl } from '../lib/api-client';
import { useAccount } from './account';
import { renderWithClient } from './test-utils';

function AccountSummary() {
  const account = useAccount();
  if (account.isPending) return <p role="status">Loading the account…</p>;
  if (account.isError) return <p role="alert">{account.error.message}</p>;
  return (
    <p>
      {account.data.name} on the {account.data.plan} plan
    </p>
  );
}

describe('useAccount', () => {
  test('shows loading, then the account', async () => {
    renderWithClient(<AccountSummary />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the account…');
    expect(await screen.findByText('Demo Store on the enterprise plan')).toBeInTheDocument();
  });

  test('an account with an unknown plan is a readable error', async () => {
    server.use(http.get(apiUrl('/api/account'), () => HttpResponse.json({ id: 'a', name: 'A', plan: 'platinum' })));
    renderWithClient(<AccountSummary />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server sent data in an unexpected format.');
  });

  test('a 500 shows the server sentence', async () => {
    server.use(http.get(apiUrl('/api/account'), () => HttpResponse.json({ message: 'The account is being moved.' }, { status: 500 })));
    renderWithClient(<AccountSummary />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The account is being moved.');
  });
});
