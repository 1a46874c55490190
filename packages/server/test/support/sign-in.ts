import { type AppHarness, type Client, clientWith } from './app-harness.ts';

/**
 * Signs in any account by email and password through `POST /api/session`; the response and,
 * when it worked, a client carrying the session cookie and CSRF token.
 *
 * @example
 * const { response, client } = await signIn(h, 'nia@springfield.example', 'a long new password');
 */
export async function signIn(
  h: AppHarness,
  email: string,
  password: string,
): Promise<{ response: Response; client: Client | undefined }> {
  const response = await h.app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Test Browser' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) return { response, client: undefined };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.clone().json()) as { csrfToken: string };
  const client = clientWith(h.app, { cookie, 'x-csrf-token': csrfToken });
  return { response, client };
}

/** A request without any cookie (a person following an emailed link). */
export function anonymous(h: AppHarness, method: string, path: string, body?: unknown) {
  return Promise.resolve(
    h.app.request(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

/** The token of an emailed account link (`.../console/invitation#TOKEN`). */
export function linkToken(text: string): string {
  const match = /\/console\/(?:invitation|reset-password)#([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no account link in: ${text}`);
  return match[1];
}
