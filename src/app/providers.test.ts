import { afterEach, describe, expect, it } from 'vitest';
import { MutationObserver, onlineManager } from '@tanstack/react-query';
import { createQueryClient } from './providers';

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
