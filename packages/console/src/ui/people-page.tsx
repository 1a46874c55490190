import type { PeopleResponse } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { AuditLog } from './audit-log.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { InvitationRow } from './invitation-row.tsx';
import { InviteForm } from './invite-form.tsx';
import { PersonRow } from './person-row.tsx';

/**
 * The people of my library (a library admin) or of the cooperative (a coordinator): their roles
 * and status, invitations out, and the audit log of account changes.
 */
export function PeoplePage() {
  const { api } = useConsole();
  const { profile } = useDesk();
  const [list, setList] = useState<Loadable<PeopleResponse>>(loading);
  const [auditVersion, setAuditVersion] = useState(0);
  const reload = useCallback(async () => {
    setList(await load(() => api.people()));
    setAuditVersion((version) => version + 1);
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const coordinator = profile.roles.includes('coordinator');

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>People</h1>
        <p class="page-library">{coordinator ? 'The whole cooperative' : profile.library.name}</p>
      </div>
      <InviteForm onInvited={reload} />
      {list.state === 'loading' && <p class="muted">Loading…</p>}
      {list.state === 'error' && <p class="form-error">{list.message}</p>}
      {list.state === 'ready' && (
        <>
          <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading" class="panel-title">
              Accounts ({list.value.people.length})
            </h2>
            <table class="people-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  {coordinator && <th scope="col">Library</th>}
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.value.people.map((person) => (
                  <PersonRow
                    key={person.id}
                    person={person}
                    showLibrary={coordinator}
                    onChanged={reload}
                  />
                ))}
              </tbody>
            </table>
          </section>
          {list.value.invitations.length > 0 && (
            <section class="panel" aria-labelledby="invitations-heading">
              <h2 id="invitations-heading" class="panel-title">
                Invitations not yet accepted
              </h2>
              <ul class="invitation-list">
                {list.value.invitations.map((invitation) => (
                  <InvitationRow key={invitation.id} invitation={invitation} onChanged={reload} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <AuditLog version={auditVersion} />
    </main>
  );
}
