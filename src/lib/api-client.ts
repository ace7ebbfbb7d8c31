import type * as z from 'zod';
import type { ValidationError } from '../domain';

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

/** Fetches JSON and parses it with a domain schema; a malformed answer is an ApiError, never a crash. */
export async function apiRequest<S extends z.ZodType>(
  schema: S,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<z.output<S>> {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { Accept: 'application/json', ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError('The server could not be reached. Check the connection and try again.', 0);
  }
  const text = await response.text();
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
