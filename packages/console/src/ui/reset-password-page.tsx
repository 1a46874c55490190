import { useState } from 'preact/hooks';
import { en } from '../i18n/en.ts';
import { errorMessage } from '../state/loadable.ts';
import { PublicCard } from './account-link-page.tsx';
import { useConsole } from './console-context.ts';
import { NewPasswordFields, newPasswordProblem } from './new-password-fields.tsx';

/** Choosing a new password from an emailed reset link. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { api, router, notices, session } = useConsole();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await api.resetPassword(token, password);
      notices.push(en.resetPassword.done);
      // Every session of the account ended with the reset, this browser's too.
      session.expired();
      router.navigate({ page: 'desk' });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <PublicCard title={en.resetPassword.title}>
      <form class="stack" onSubmit={submit} aria-label={en.resetPassword.form}>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <NewPasswordFields
          idPrefix="reset"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
        />
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {en.resetPassword.submit}
        </button>
      </form>
    </PublicCard>
  );
}
