// Small helpers for the handler tests: raw fetches against the mocked API (msw/node).
import type { Bot } from '../../src/domain';
import { apiUrl } from '../../src/lib/api-client';

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
