import type { LibraryId, Role } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { LibraryPicker } from './library-picker.tsx';
import { grantable, RoleChoices } from './role-choices.tsx';

/** Invite someone by email: the server emails them a link; the link is shown here too. */
export function InviteForm({ onInvited }: { onInvited(): Promise<void> }) {
  const { api, notices } = useConsole();
  const { profile } = useDesk();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['librarian']);
  const [libraryId, setLibraryId] = useState<LibraryId>(profile.library.id);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (roles.length === 0) return setError('Choose at least one role.');
    setBusy(true);
    setError(null);
    try {
      const invited = await api.invite({ email: email.trim(), roles, libraryId });
      notices.push(
        invited.emailed
          ? `Invitation emailed to ${invited.invitation.email}.`
          : `The email could not be sent: give ${invited.invitation.email} the link below.`,
      );
      setLink(invited.link);
      setEmail('');
      await onInvited();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading" class="panel-title">
        Invite someone
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div class="field">
        <label for="invite-email">Email</label>
        <input
          id="invite-email"
          type="email"
          required
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </div>
      <LibraryPicker value={libraryId} onChange={setLibraryId} />
      <RoleChoices
        legend="Roles"
        idPrefix="invite-role"
        choices={grantable(profile.roles)}
        value={roles}
        onChange={setRoles}
      />
      <div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Send invitation
        </button>
      </div>
      {link && (
        <div class="field">
          <label for="invite-link">Single-use link (works for 7 days)</label>
          <input id="invite-link" readOnly value={link} />
        </div>
      )}
    </form>
  );
}
