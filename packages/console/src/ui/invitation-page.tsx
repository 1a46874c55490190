import type { InvitationPreview } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { PublicCard } from './account-link-page.tsx';
import { useConsole } from './console-context.ts';
import { NewPasswordFields, newPasswordProblem } from './new-password-fields.tsx';
import { roleNames } from './role-names.ts';

/** Accepting an invitation: choose a name and a password, then sign in. */
export function InvitationPage({ token }: { token: string }) {
  const { api, router, notices } = useConsole();
  const [preview, setPreview] = useState<Loadable<InvitationPreview>>(loading);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void load(() => api.invitation(token)).then(setPreview);
  }, [api, token]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = name.trim() ? newPasswordProblem(password, confirm) : 'Enter your name.';
    if (problem) return setError(problem);
    setBusy(true);
    try {
      const email = await api.acceptInvitation(token, name.trim(), password);
      notices.push(`Welcome! Sign in as ${email} with your new password.`);
      router.navigate({ page: 'desk' });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <PublicCard title="Join Refdesk">
      {preview.state === 'loading' && <p class="muted">Checking your invitation…</p>}
      {preview.state === 'error' && (
        <p class="form-error" role="alert">
          {preview.message}
        </p>
      )}
      {preview.state === 'ready' && (
        <form class="stack" onSubmit={submit} aria-label="Accept the invitation">
          <p>
            You are invited to {preview.value.library.name} as {roleNames(preview.value.roles)}. You
            will sign in as <strong>{preview.value.email}</strong>.
          </p>
          {error && (
            <p class="form-error" role="alert">
              {error}
            </p>
          )}
          <div class="field">
            <label for="invite-name">Your name, as patrons and colleagues see it</label>
            <input
              id="invite-name"
              autocomplete="name"
              required
              maxLength={80}
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <NewPasswordFields
            idPrefix="invite"
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
          />
          <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
            Create my account
          </button>
        </form>
      )}
    </PublicCard>
  );
}
