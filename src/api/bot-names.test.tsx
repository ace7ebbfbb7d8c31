// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Bot } from '../domain';
import { botsQueryOptions, useBotNames } from '.';

it('useBotNames renders again when a name changes, not when something else of a bot does', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let renders = 0;
  function Names() {
    renders++;
    const names = useBotNames().data;
    return <p>{names?.map((b) => b.name).join(', ') ?? 'loading'}</p>;
  }
  /** Reads the whole list beside it: when it shows a change, React Query has told every observer of the list. */
  function FirstVersion() {
    return <p>{`First bot at version ${useQuery(botsQueryOptions()).data?.[0]?.version ?? '-'}`}</p>;
  }
  render(
    <QueryClientProvider client={client}>
      <Names />
      <FirstVersion />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(screen.getByText(/Welcome on creation/)).toBeInTheDocument());
  const before = renders;
  const key = botsQueryOptions().queryKey;
  const version = client.getQueryData(key)![0]!.version;
  act(() => client.setQueryData(key, (bots: Bot[] | undefined) => bots?.map((b, i) => (i === 0 ? { ...b, enabled: !b.enabled, version: b.version + 1 } : b))));
  await screen.findByText(`First bot at version ${version + 1}`);
  expect(renders).toBe(before);
  act(() => client.setQueryData(key, (bots: Bot[] | undefined) => bots?.map((b, i) => (i === 0 ? { ...b, name: 'Renamed' } : b))));
  expect(await screen.findByText(/^Renamed, /)).toBeInTheDocument();
  expect(renders).toBe(before + 1);
});
