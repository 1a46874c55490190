import { type ReadonlySignal, signal } from '@preact/signals';
import type { ResponderProfile } from '@refdesk/protocol/responder';
import { ApiError } from '../api/http-client.ts';
import type { SessionApi } from '../api/session-api.ts';

export type SessionPhase = 'checking' | 'signed_out' | 'signed_in';

export interface SessionState {
  phase: ReadonlySignal<SessionPhase>;
  profile: ReadonlySignal<ResponderProfile | null>;
  /** Why the last sign-in failed, or why the session ended. */
  message: ReadonlySignal<string | null>;
  restore(): Promise<void>;
  signIn(email: string, password: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** The server no longer knows the session (socket closed with 4001). */
  expired(): void;
}

/**
 * Who is signed in. `restore` asks the server on page load, so a reload keeps the session.
 *
 * @example
 * const session = createSessionState(api);
 * await session.restore();
 * if (session.phase.value === 'signed_out') showSignIn();
 */
export function createSessionState(api: SessionApi): SessionState {
  const phase = signal<SessionPhase>('checking');
  const profile = signal<ResponderProfile | null>(null);
  const message = signal<string | null>(null);
  const enter = (responder: ResponderProfile) => {
    profile.value = responder;
    message.value = null;
    phase.value = 'signed_in';
  };
  const leave = (why: string | null) => {
    profile.value = null;
    message.value = why;
    phase.value = 'signed_out';
  };
  return {
    phase,
    profile,
    message,
    async restore() {
      try {
        const session = await api.me();
        if (session) enter(session.responder);
        else leave(null);
      } catch (error) {
        leave(error instanceof ApiError ? error.message : 'Could not reach Refdesk.');
      }
    },
    async signIn(email, password) {
      message.value = null;
      try {
        enter((await api.signIn(email, password)).responder);
        return true;
      } catch (error) {
        message.value = error instanceof ApiError ? error.message : 'Sign-in failed.';
        return false;
      }
    },
    async signOut() {
      try {
        await api.signOut();
      } catch {
        // Signed out locally either way; the cookie expires on its own.
      }
      leave('You signed out.');
    },
    expired() {
      leave('Your session ended. Please sign in again.');
    },
  };
}
