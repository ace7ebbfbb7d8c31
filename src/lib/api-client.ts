import * as z from 'zod';
import { Bot, type ValidationError } from '../domain';

/** An API failure a person can read: status 0 means the network failed. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown = null,
    readonly errors: ValidationError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * How long a request may go unanswered (headers and body): a server that never answers left
 * "Saving…" with Cancel and Close locked, or "Loading bots…", until the page was reloaded.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A request the server did not answer within its time (status 0, as a network failure). */
export class ApiTimeout extends ApiError {
  constructor(ms: number) {
    super(`The server did not answer within ${Math.round(ms / 1000)} seconds. Check the connection and try again.`, 0);
    this.name = 'ApiTimeout';
  }
}

/** Rejects with the signal's reason once it aborts. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Where relative API paths resolve: the page's origin, or http://localhost where there is none (Node). */
export function apiOrigin(): string {
  return typeof location !== 'undefined' && location.origin && location.origin !== 'null' ? location.origin : 'http://localhost';
}

/**
 * The absolute URL of an API path. Node's fetch (Vitest, also under jsdom) refuses relative URLs,
 * and msw/node only resolves relative handler paths when `location` exists, so the client and the
 * mocked handlers both go through this one function.
 */
export function apiUrl(path: string): string {
  return new URL(path, apiOrigin()).href;
}

/**
 * Fetches JSON and parses it with a domain schema; a malformed answer is an ApiError, never a crash.
 * A request unanswered after `timeoutMs` (headers and body) is given up: an ApiTimeout. The caller's
 * own `signal` still aborts it, with the signal's reason (an AbortError unless one was given).
 */
export async function apiRequest<S extends z.ZodType>(
  schema: S,
  path: string,
  init: RequestInit & { json?: unknown; timeoutMs?: number } = {},
): Promise<z.output<S>> {
  const { json, timeoutMs = REQUEST_TIMEOUT_MS, signal: callerSignal, ...rest } = init;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const callerAborted = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) callerAborted();
  else callerSignal?.addEventListener('abort', callerAborted, { once: true });
  const given = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', callerAborted);
  };
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      ...rest,
      signal: controller.signal,
      headers: { Accept: 'application/json', ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    given();
    if (timedOut) throw new ApiTimeout(timeoutMs);
    // The caller's own abort goes on as it came (not by `instanceof DOMException`: another realm's
    // DOMException, as under jsdom, is not this one's).
    if (callerSignal?.aborted) throw error;
    throw new ApiError('The server could not be reached. Check the connection and try again.', 0);
  }
  let text: string;
  try {
    // Raced with the abort: not every fetch stops reading a body when its signal aborts.
    text = await Promise.race([response.text(), whenAborted(controller.signal)]);
  } catch (error) {
    if (timedOut) throw new ApiTimeout(timeoutMs);
    if (callerSignal?.aborted) throw error;
    throw new ApiError('The connection broke while the answer was arriving. Try again.', 0);
  } finally {
    given();
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError('The server sent an answer that is not JSON. Is the mocked API running?', response.status);
    }
  }
  if (!response.ok) {
    const errors = isErrorList(body) ? body.errors : [];
    const bodyMessage = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
    const message =
      typeof bodyMessage === 'string' && bodyMessage ? bodyMessage : `The server answered with an error (${response.status}).`;
    throw new ApiError(message, response.status, body, errors);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('The server sent data in an unexpected format.', response.status, body);
  return parsed.data;
}

function isErrorList(body: unknown): body is { errors: ValidationError[] } {
  return (
    !!body &&
    typeof body === 'object' &&
    Array.isArray((body as { errors?: unknown }).errors) &&
    (body as { errors: unknown[] }).errors.every(
      (e) => !!e && typeof e === 'object' && typeof (e as ValidationError).path === 'string' && typeof (e as ValidationError).message === 'string',
    )
  );
}

/** The body of a 409 answer once its `current` bot has been checked. */
export const ConflictBody = z.object({ message: z.string().optional(), current: Bot });
export type ConflictBody = z.infer<typeof ConflictBody>;

/** An ApiError for a save refused because someone else saved first; `body.current` is the stored bot. */
export type ConflictError = ApiError & { status: 409; body: ConflictBody };

export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ApiError && error.status === 409 && ConflictBody.safeParse(error.body).success;
}

/** The stored bot carried by a 409, or null when the error is not a (well-formed) conflict. */
export function conflictCurrent(error: unknown): Bot | null {
  return isConflictError(error) ? error.body.current : null;
}

/**
 * Re-throws a 409 with its `current` parsed as a Bot (so the UI can offer reload/overwrite);
 * a 409 whose `current` is malformed becomes an ApiError about the format, still with status 409.
 */
export function rethrowWithParsedConflict(error: unknown): never {
  if (error instanceof ApiError && error.status === 409) {
    const parsed = ConflictBody.safeParse(error.body);
    if (parsed.success) throw new ApiError(error.message, 409, parsed.data, error.errors);
    throw new ApiError('Someone else saved this bot, but the server sent their version in an unexpected format. Reload the page.', 409, error.body);
  }
  throw error;
}
