import { useState } from 'preact/hooks';
import { en } from '../i18n/en.ts';
import { errorMessage } from '../state/loadable.ts';
import { PublicCard } from './account-link-page.tsx';
import { useConsole } from './console-context.ts';
import { NavLink } from './nav-link.tsx';

/** "Forgot password?": asks for a reset link by email. The answer never says whether it exists. */
export function ForgotPasswordPage() {
  const { api } = useConsole();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.forgotPassword(email.trim());
      setSent(true);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicCard title={en.forgotPassword.title}>
      {sent ? (
        <p class="form-note" role="status">
          {en.forgotPassword.sent(email.trim())}
        </p>
      ) : (
        <form class="stack" onSubmit={submit} aria-label={en.forgotPassword.form}>
          <p class="muted">{en.forgotPassword.intro}</p>
          {error && (
            <p class="form-error" role="alert">
              {error}
            </p>
          )}
          <div class="field">
            <label for="forgot-email">{en.forgotPassword.email}</label>
            <input
              id="forgot-email"
              type="email"
              autocomplete="username"
              required
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
            {en.forgotPassword.submit}
          </button>
        </form>
      )}
      <p>
        <NavLink to={{ page: 'desk' }} class="text-link">
          {en.forgotPassword.back}
        </NavLink>
      </p>
    </PublicCard>
  );
}
