import type { Person, Role } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { grantable, RoleChoices } from './role-choices.tsx';
import { ROLE_LABELS } from './role-names.ts';

export interface PersonRowProps {
  person: Person;
  showLibrary: boolean;
  onChanged(): Promise<void>;
}

/** One account: roles, status, and what I may do to it (never to myself or to a higher role). */
export function PersonRow({ person, showLibrary, onChanged }: PersonRowProps) {
  const { api, notices } = useConsole();
  const { profile } = useDesk();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(person.roles);
  const [busy, setBusy] = useState(false);
  const mine = grantable(profile.roles);
  const manageable = person.id !== profile.id && person.roles.every((role) => mine.includes(role));

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      notices.push(await work());
      setEditing(false);
      await onChanged();
    } catch (failure) {
      notices.push(errorMessage(failure), 'error');
    } finally {
      setBusy(false);
    }
  };
  const saveRoles = (event: Event) => {
    event.preventDefault();
    if (roles.length === 0) return notices.push('Choose at least one role.', 'error');
    void act(async () => {
      await api.updatePerson(person.id, { roles });
      return `${person.displayName}’s roles saved.`;
    });
  };
  const toggle = () =>
    act(async () => {
      await api.updatePerson(person.id, { disabled: !person.disabled });
      return person.disabled
        ? `${person.displayName} can sign in again.`
        : `${person.displayName} is disabled and signed out everywhere.`;
    });
  const reset = () =>
    act(async () =>
      (await api.sendPasswordReset(person.id))
        ? `Password reset link emailed to ${person.email}.`
        : `The email to ${person.email} could not be sent.`,
    );

  return (
    <tr>
      <td>
        <strong>{person.displayName}</strong>
        <br />
        <span class="muted small">{person.email}</span>
      </td>
      {showLibrary && <td>{person.library.name}</td>}
      <td>
        {editing ? (
          <form onSubmit={saveRoles} aria-label={`Roles of ${person.displayName}`}>
            <RoleChoices
              legend="Roles"
              idPrefix={`roles-${person.id}`}
              choices={mine}
              value={roles}
              onChange={setRoles}
            />
            <button type="submit" class="btn btn-small btn-primary" disabled={busy}>
              Save roles
            </button>{' '}
            <button type="button" class="btn btn-small btn-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </form>
        ) : (
          person.roles.map((role) => ROLE_LABELS[role]).join(', ')
        )}
      </td>
      <td>{person.disabled ? <span class="status-disabled">Disabled</span> : 'Active'}</td>
      <td class="row-actions">
        {manageable && !editing && (
          <>
            <button
              type="button"
              class="btn btn-small"
              disabled={busy}
              onClick={() => setEditing(true)}
              aria-label={`Change roles of ${person.displayName}`}
            >
              Change roles
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={busy}
              onClick={toggle}
              aria-label={`${person.disabled ? 'Enable' : 'Disable'} ${person.displayName}`}
            >
              {person.disabled ? 'Enable' : 'Disable'}
            </button>
            {!person.disabled && (
              <button
                type="button"
                class="btn btn-small"
                disabled={busy}
                onClick={reset}
                aria-label={`Send password reset to ${person.displayName}`}
              >
                Send password reset
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
