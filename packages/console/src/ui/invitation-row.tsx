import type { Invitation } from '@refdesk/protocol/responder';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { roleNames } from './role-names.ts';

/** An invitation not yet accepted, and revoking it. */
export function InvitationRow({
  invitation,
  onChanged,
}: {
  invitation: Invitation;
  onChanged(): Promise<void>;
}) {
  const { api, notices } = useConsole();
  const revoke = async () => {
    try {
      await api.revokeInvitation(invitation.id);
      notices.push(`Invitation to ${invitation.email} revoked.`);
      await onChanged();
    } catch (failure) {
      notices.push(errorMessage(failure), 'error');
    }
  };
  return (
    <li class="invitation-item">
      <span>
        <strong>{invitation.email}</strong> · {invitation.library.name} ·{' '}
        {roleNames(invitation.roles)}
        <br />
        <span class="muted small">
          Invited by {invitation.invitedBy}; the link works until{' '}
          {formatDateTime(invitation.expiresAt)}.
        </span>
      </span>
      <button
        type="button"
        class="btn btn-small"
        onClick={() => void revoke()}
        aria-label={`Revoke the invitation to ${invitation.email}`}
      >
        Revoke
      </button>
    </li>
  );
}
