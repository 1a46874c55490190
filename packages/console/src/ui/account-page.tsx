import type { SessionInfo } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { NewPasswordFields, newPasswordProblem } from './new-password-fields.tsx';

/** My account: change my password, see where I am signed in, sign out everywhere. */
export function AccountPage() {
  const { api, notices, session } = useConsole();
  const [sessions, setSessions] = useState<Loadable<SessionInfo[]>>(loading);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => setSessions(await load(() => api.mySessions())), [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const change = async (event: Event) => {
    event.preventDefault();
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await api.changePassword(current, password);
      notices.push('Password changed. Your other sessions were signed out.');
      setCurrent('');
      setPassword('');
      setConfirm('');
      await reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const end = async (id: string) => {
    try {
      await api.endSession(id);
      await reload();
    } catch (failure) {
      notices.push(errorMessage(failure), 'error');
    }
  };
  const everywhere = async () => {
    try {
      await api.signOutEverywhere();
    } finally {
      session.expired();
    }
  };

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <h1>Your account</h1>
      <form class="panel stack" onSubmit={change} aria-labelledby="password-heading">
        <h2 id="password-heading" class="panel-title">
          Change your password
        </h2>
        {error && (
          <p class="banner banner-error" role="alert">
            {error}
          </p>
        )}
        <div class="field">
          <label for="account-current">Current password</label>
          <input
            id="account-current"
            type="password"
            autocomplete="current-password"
            required
            value={current}
            onInput={(event) => setCurrent(event.currentTarget.value)}
          />
        </div>
        <NewPasswordFields
          idPrefix="account"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
        />
        <div>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            Change password
          </button>
        </div>
      </form>
      <section class="panel stack" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" class="panel-title">
          Where you are signed in
        </h2>
        {sessions.state === 'loading' && <p class="muted">Loading…</p>}
        {sessions.state === 'error' && <p class="form-error">{sessions.message}</p>}
        {sessions.state === 'ready' && (
          <ul class="session-list">
            {sessions.value.map((item) => (
              <li key={item.id} class="session-item">
                <span>
                  <strong>
                    {item.current ? 'This browser' : (item.userAgent ?? 'Unknown browser')}
                  </strong>
                  <br />
                  <span class="muted small">
                    Signed in {formatDateTime(item.createdAt)}
                    {item.address ? ` from ${item.address}` : ''}
                  </span>
                </span>
                {!item.current && (
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() => void end(item.id)}
                    aria-label={`Sign out the session from ${formatDateTime(item.createdAt)}`}
                  >
                    Sign out
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <div>
          <button type="button" class="btn" onClick={() => void everywhere()}>
            Sign out everywhere
          </button>
        </div>
      </section>
    </main>
  );
}
