import { type SessionResponse, SessionResponseSchema } from '@refdesk/protocol/responder';
import { ApiError, type HttpClient } from './http-client.ts';

export interface SessionApi {
  /** Signs in; the server sets the session cookie and the client keeps the CSRF token. */
  signIn(email: string, password: string): Promise<SessionResponse>;
  signOut(): Promise<void>;
  /** The signed-in responder, or null when the session cookie is missing or expired. */
  me(): Promise<SessionResponse | null>;
}

/**
 * Sign in, sign out, and who am I.
 *
 * @example
 * const session = sessionApi(http);
 * const { responder } = await session.signIn('ana@springfield.example', 'secret');
 */
export function sessionApi(http: HttpClient): SessionApi {
  const remember = (session: SessionResponse) => {
    http.setCsrfToken(session.csrfToken);
    return session;
  };
  return {
    async signIn(email, password) {
      return remember(
        await http.send('POST', '/api/session', { email, password }, SessionResponseSchema),
      );
    },
    async signOut() {
      try {
        await http.send('DELETE', '/api/session');
      } finally {
        http.setCsrfToken(null);
      }
    },
    async me() {
      try {
        return remember(await http.get('/api/me', SessionResponseSchema));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  };
}
