// Small helpers for the handler tests: raw fetches against the mocked API (msw/node).
import { http } from 'msw';
import type { Bot } from '../../src/domain';
import { apiUrl } from '../../src/lib/api-client';
import { server } from '../node';

export type Answer = { status: number; body: unknown };

/** Sends a request and reads its JSON answer (body null when there is none). */
export async function call(method: string, path: string, body?: unknown, rawBody?: string): Promise<Answer> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: body !== undefined || rawBody !== undefined ? { 'Content-Type': 'application/json' } : {},
    body: rawBody ?? (body !== undefined ? JSON.stringify(body) : undefined),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** A valid new bot for the demo account (no id, no version). */
export function newBot(overrides: Partial<Bot> = {}): Omit<Bot, 'id' | 'version'> {
  return {
    name: 'Greets new leads',
    enabled: true,
    triggers: [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }],
    conditions: [],
    activeHours: null,
    keepUnanswered: false,
    ...overrides,
  };
}

/**
 * Holds the next `method` request to `path` until the test calls the returned `release()`; then
 * `answer` answers it (by default nothing: on to the mocked API's own handler).
 */
export function holdNext(method: 'get' | 'put' | 'post' | 'delete', path: string, answer: () => Response | undefined = () => undefined): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http[method](
      apiUrl(path),
      async () => {
        await gate;
        return answer();
      },
      { once: true },
    ),
  );
  return release;
}
