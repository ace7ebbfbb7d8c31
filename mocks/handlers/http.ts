// What every handler of the mocked API shares: addresses, latency, body reading and error answers.
import { delay, HttpResponse } from 'msw';
import { assertNever, type ValidationError } from '../../src/domain';
import { apiUrl } from '../../src/lib/api-client';
import { db } from '../db';

/**
 * A handler address: absolute, resolved like the api client resolves it, because msw/node cannot
 * resolve a relative path where there is no `location` (plain Node).
 */
export const api = (path: string): string => apiUrl(path);

/** Bodies above this are refused with 413 before being parsed; smaller bodies over 64 KB get a 422 (V14). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export type ErrorBody = { message: string; errors?: ValidationError[]; current?: unknown };

export const errorResponse = (status: number, body: ErrorBody) => HttpResponse.json(body, { status });

/** Waits as long as the demo latency switch says (msw's delay()). */
export async function simulateLatency(): Promise<void> {
  const { latency } = db.settings();
  switch (latency) {
    case 'none':
      return;
    case 'realistic':
      await delay(200 + Math.floor(Math.random() * 601));
      return;
    case 'slow':
      await delay(3000);
      return;
    default:
      assertNever(latency);
  }
}

type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; response: Response };

/** Reads a JSON object body: too large → 413, not JSON or not an object → 400. */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_REQUEST_BYTES) {
    return { ok: false, response: errorResponse(413, { message: 'The request is too large (over 1 MB); a bot can be at most 64 KB.' }) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: errorResponse(400, { message: 'The request body is not valid JSON.' }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, response: errorResponse(400, { message: 'The request body must be a JSON object.' }) };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export const validationFailed = (errors: ValidationError[]) =>
  errorResponse(422, { message: 'The bot was not saved: some settings need fixing.', errors });
