import { ErrorBodySchema } from '@refdesk/protocol/responder';
import * as v from 'valibot';

/**
 * A refused or failed request. `code` is the server's error code (`conflict`, `forbidden`...), or
 * `network` when no answer came, or `bad_response` when the answer was not what the contract says.
 *
 * @example
 * if (error instanceof ApiError && error.code === 'conflict') offerToReload();
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  /** Origin of the Refdesk server; empty for the page's own origin. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** A request other than sign-in was refused with 401: the session is gone. */
  onUnauthorized?: () => void;
}

type Schema = v.GenericSchema;
type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpClient {
  /** The token the server gave at sign-in; sent as `X-CSRF-Token` on every change. */
  setCsrfToken(token: string | null): void;
  get<S extends Schema>(path: string, schema: S): Promise<v.InferOutput<S>>;
  /** A state-changing request. Without a schema the answer's body is ignored. */
  send<S extends Schema>(
    method: Method,
    path: string,
    body: unknown,
    schema: S,
  ): Promise<v.InferOutput<S>>;
  send(method: Method, path: string, body?: unknown): Promise<void>;
}

/**
 * The console's fetch wrapper: same-origin cookies, the CSRF header on every change, errors as
 * {@link ApiError}, and every answer checked against its protocol schema.
 *
 * @example
 * const http = createHttpClient();
 * http.setCsrfToken(session.csrfToken);
 * const { libraries } = await http.get('/api/libraries', LibraryListResponseSchema);
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const base = options.baseUrl ?? '';
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;

  async function request(
    method: 'GET' | Method,
    path: string,
    body: unknown,
    schema: Schema | undefined,
  ): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      const init: RequestInit = { method, headers, credentials: 'same-origin' };
      if (body !== undefined) init.body = JSON.stringify(body);
      response = await doFetch(base + path, init);
    } catch {
      throw new ApiError('network', 'Could not reach Refdesk. Check your connection.', 0);
    }
    const text = await response.text();
    if (!response.ok) {
      const signingIn = path === '/api/session' || path === '/api/me';
      if (response.status === 401 && !signingIn) options.onUnauthorized?.();
      throw errorFrom(response.status, text);
    }
    if (!schema) return undefined;
    const parsed = v.safeParse(schema, parseJson(text));
    if (!parsed.success) {
      throw new ApiError('bad_response', 'Refdesk sent an answer this console cannot read.', 0);
    }
    return parsed.output;
  }

  return {
    setCsrfToken(token) {
      csrfToken = token;
    },
    get: (path, schema) => request('GET', path, undefined, schema) as never,
    send: ((method: Method, path: string, body?: unknown, schema?: Schema) =>
      request(method, path, body, schema)) as HttpClient['send'],
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function errorFrom(status: number, text: string): ApiError {
  const parsed = v.safeParse(ErrorBodySchema, parseJson(text));
  if (parsed.success) {
    return new ApiError(parsed.output.error.code, parsed.output.error.message, status);
  }
  const code = status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'http_error';
  return new ApiError(code, `Refdesk answered ${status}.`, status);
}
