import { afterEach, describe, expect, it } from 'vitest';
import { MutationObserver, onlineManager } from '@tanstack/react-query';
import { createQueryClient } from './providers';
import { ApiError, ApiTimeout } from '../api';

describe('createQueryClient while the browser says it is offline', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('still asks for data (the mocked API needs no network; a real failure then shows with Retry)', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    let asked = 0;
    const value = await client.fetchQuery({
      queryKey: ['bots'],
      queryFn: () => {
        asked++;
        return Promise.resolve('list');
      },
    });
    expect(value).toBe('list');
    expect(asked).toBe(1);
  });

  it('still sends a save, and a failed one fails at once instead of waiting for the connection', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    const saved = await new MutationObserver(client, { mutationFn: (name: string) => Promise.resolve(`saved ${name}`) }).mutate('Welcome');
    expect(saved).toBe('saved Welcome');
    const failing = new MutationObserver(client, { mutationFn: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(failing.mutate()).rejects.toThrow('Failed to fetch');
  });
});

describe('createQueryClient retries', () => {
  it('tries a failed query once more, but not one that timed out: the admin has already waited', async () => {
    const client = createQueryClient();
    let failing = 0;
    await expect(
      client.fetchQuery({
        queryKey: ['flaky'],
        retryDelay: 0,
        queryFn: () => {
          failing++;
          return Promise.reject(new ApiError('The server could not be reached.', 0));
        },
      }),
    ).rejects.toThrow('could not be reached');
    expect(failing).toBe(2);
    let slow = 0;
    await expect(
      client.fetchQuery({
        queryKey: ['slow'],
        retryDelay: 0,
        queryFn: () => {
          slow++;
          return Promise.reject(new ApiTimeout(30_000));
        },
      }),
    ).rejects.toBeInstanceOf(ApiTimeout);
    expect(slow).toBe(1);
  });
});
