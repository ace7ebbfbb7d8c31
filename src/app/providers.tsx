import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiTimeout, refetchOnStoreChanges } from '../api';

/**
 * Requests are made whatever the browser says of its connection (`networkMode: 'always'`). React
 * Query's default holds every query and save while the browser reports itself offline, and says
 * nothing: Save stayed "Saving…" with Close refused, a delete went through minutes later when the
 * connection came back, and the mocked API, which needs no network, was never asked. Now the
 * request is made: it succeeds, or fails with the "could not reach the server" notice and its Retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // One retry, but not after a timeout: the admin has already waited its 30 seconds.
      queries: { retry: (failures, error) => failures < 1 && !(error instanceof ApiTimeout), staleTime: 30_000, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { retry: 0, networkMode: 'always' },
    },
  });
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  // Another tab changed the mocked store: the list and the bots are fetched again.
  useEffect(() => refetchOnStoreChanges(queryClient), [queryClient]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
