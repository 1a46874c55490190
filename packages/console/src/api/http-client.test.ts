import { LibraryListResponseSchema } from '@refdesk/protocol/responder';
import { describe, expect, it } from 'vitest';
import { ApiError, createHttpClient, type FetchLike } from './http-client.ts';

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status });
  };
  return { calls, fetch };
}

const headersOf = (init: RequestInit | undefined) => init?.headers as Record<string, string>;

describe('createHttpClient', () => {
  it('sends the CSRF token on state-changing requests and not on reads', async () => {
    const { calls, fetch } = recordingFetch(200, { libraries: [] });
    const http = createHttpClient({ fetch });
    http.setCsrfToken('token-1');
    await http.get('/api/libraries', LibraryListResponseSchema);
    await http.send('PUT', '/api/scripts/s1', { title: 'x' });
    expect(headersOf(calls[0]?.init)['X-CSRF-Token']).toBeUndefined();
    expect(headersOf(calls[1]?.init)['X-CSRF-Token']).toBe('token-1');
    expect(calls[1]?.init?.body).toBe('{"title":"x"}');
    expect(calls[1]?.init?.credentials).toBe('same-origin');
  });

  it("turns an error body into an ApiError with the server's code and message", async () => {
    const { fetch } = recordingFetch(409, {
      error: { code: 'conflict', message: 'Newer version.' },
    });
    const http = createHttpClient({ fetch });
    const failure = await http.send('PUT', '/api/libraries/x/policy', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'conflict', status: 409, message: 'Newer version.' });
  });

  it('refuses an answer that does not match the protocol schema', async () => {
    const { fetch } = recordingFetch(200, { libraries: 'nope' });
    const http = createHttpClient({ fetch });
    await expect(http.get('/api/libraries', LibraryListResponseSchema)).rejects.toMatchObject({
      code: 'bad_response',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const http = createHttpClient({ fetch: () => Promise.reject(new TypeError('offline')) });
    await expect(http.get('/api/libraries', LibraryListResponseSchema)).rejects.toMatchObject({
      code: 'network',
      status: 0,
    });
  });

  it('reports a lost session on any request but sign-in itself', async () => {
    let lost = 0;
    const { fetch } = recordingFetch(401, { error: { code: 'unauthorized', message: 'Sign in.' } });
    const http = createHttpClient({ fetch, onUnauthorized: () => lost++ });
    await http.get('/api/me', LibraryListResponseSchema).catch(() => undefined);
    expect(lost).toBe(0);
    await http.get('/api/libraries', LibraryListResponseSchema).catch(() => undefined);
    expect(lost).toBe(1);
  });
});
