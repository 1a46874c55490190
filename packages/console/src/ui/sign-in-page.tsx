import { useState } from 'preact/hooks';
import { en } from '../i18n/en.ts';
import { useConsole } from './console-context.ts';
import { NavLink } from './nav-link.tsx';

/** Email and password, and what went wrong if it did. */
export function SignInPage() {
  const { session } = useConsole();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const message = session.message.value;
  const failed = message !== null && message !== 'You signed out.';

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const ok = await session.signIn(email.trim(), password);
    setBusy(false);
    if (!ok) setPassword('');
  };

  return (
    <main class="sign-in" id="main">
      <div class="sign-in-card">
        <p class="brand brand-large" aria-hidden="true">
          <span class="brand-mark" />
          Refdesk
        </p>
        <h1>{en.signIn.title}</h1>
        <p class="muted">{en.signIn.intro}</p>
        {message && (
          <p class={failed ? 'form-error' : 'form-note'} role={failed ? 'alert' : undefined}>
            {message}
          </p>
        )}
        <form onSubmit={submit} class="stack">
          <div class="field">
            <label for="sign-in-email">{en.signIn.email}</label>
            <input
              id="sign-in-email"
              type="email"
              autocomplete="username"
              required
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="sign-in-password">{en.signIn.password}</label>
            <input
              id="sign-in-password"
              type="password"
              autocomplete="current-password"
              required
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
            {busy ? en.signIn.busy : en.signIn.submit}
          </button>
        </form>
        <p>
          <NavLink to={{ page: 'forgot-password' }} class="text-link">
            {en.signIn.forgot}
          </NavLink>
        </p>
      </div>
    </main>
  );
}
