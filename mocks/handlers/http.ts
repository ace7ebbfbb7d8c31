// What every handler of the mocked API shares: addresses, latency, body reading and error answers.
import { delay, HttpResponse } from 'msw';
import { assertNever, type ValidationError } from '../../src/domain';
import { apiUrl } from '../../src/lib/api-client';
import { db, StorageFullError } from '../db';

/**
 * A handler address: absolute, resolved like the api client resolves it, because msw/node cannot
 * resolve a relative path where there is no `location` (plain Node).
 */
export const api = (path: string): string => apiUrl(path);

/** Bodies above this are refused (422) before being parsed; smaller bodies over 64 KB get V14's 422 from validation. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export type ErrorBody = { message: string; errors?: ValidationError[]; current?: unknown };

export const errorResponse = (status: number, body: ErrorBody, headers?: Record<string, string>) => HttpResponse.json(body, { status, headers });

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

/**
 * Reads a JSON object body. SPEC §9: invalid bodies get 422 with section-4 style errors, so a body
 * that is too large to read (over 1 MB: beyond V14's 64 KB anyway), not JSON, or not an object is
 * a 422 too, with one error at the root.
 */
export async function readJsonObject(request: Request): Promise<BodyResult> {
  const text = await request.text();
  const refuse = (message: string): BodyResult => ({ ok: false, response: errorResponse(422, { message, errors: [{ path: '', message }] }) });
  if (new TextEncoder().encode(text).length > MAX_REQUEST_BYTES) return refuse('The request is too large (over 1 MB); a bot can be at most 64 KB.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('The request body must be a JSON object.');
  return { ok: true, value: value as Record<string, unknown> };
}

export const validationFailed = (errors: ValidationError[]) =>
  errorResponse(422, { message: 'The bot was not saved: some settings need fixing.', errors });

/**
 * The answer when the browser refused to store a change (its storage for the site is full): 507
 * Insufficient Storage, nothing changed. A 200 here lost the work: the app cleared the draft and a
 * reload showed the bot as it was before (or not at all). `what` completes "could not …".
 */
export const storageFull = (what: string, advice = 'Free some space, for example by deleting bots you no longer need, and try again.') =>
  errorResponse(507, {
    message: `This browser’s storage for this site is full, so the server (which keeps its data there in this demo) could not ${what}; nothing was changed. ${advice}`,
  });

/** Runs a request's work; a change the browser refused to store (StorageFullError) answers storageFull(...answer). */
export async function storing(answer: Parameters<typeof storageFull>, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageFullError) return storageFull(...answer);
    throw error;
  }
}
