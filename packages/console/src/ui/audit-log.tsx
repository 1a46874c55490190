import type { AuditAction, AuditEntry } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';

const ACTIONS: Record<AuditAction, string> = {
  account_added: 'added the account of',
  invited: 'invited',
  invitation_revoked: 'revoked the invitation of',
  invitation_accepted: 'accepted the invitation:',
  roles_changed: 'changed the roles of',
  disabled: 'disabled',
  enabled: 'enabled',
  password_changed: 'changed the password of',
  password_reset_sent: 'sent a password reset link to',
  password_reset: 'reset the password of',
  signed_out_everywhere: 'signed out everywhere:',
  retention_changed: 'changed the retention of',
  retention_floor_changed: 'changed the retention floor:',
  patron_exported: 'exported a patron’s chats:',
  patron_erased: 'erased a patron’s chats:',
  patron_blocked: 'blocked a patron:',
  block_approved: 'approved a cooperative block:',
  block_lifted: 'lifted a block:',
  chat_erased_by_patron: 'deleted their own chat from the widget:',
};

/** The latest account changes: who did what to whom, when. Reloads when `version` changes. */
export function AuditLog({ version }: { version: number }) {
  const { api } = useConsole();
  const [entries, setEntries] = useState<Loadable<AuditEntry[]>>(loading);
  useEffect(() => {
    void version;
    void load(() => api.audit()).then(setEntries);
  }, [api, version]);
  return (
    <section class="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading" class="panel-title">
        Account changes
      </h2>
      {entries.state === 'loading' && <p class="muted">Loading…</p>}
      {entries.state === 'error' && <p class="form-error">{entries.message}</p>}
      {entries.state === 'ready' && entries.value.length === 0 && (
        <p class="panel-empty">No account changes yet.</p>
      )}
      {entries.state === 'ready' && entries.value.length > 0 && (
        <ol class="audit-list">
          {entries.value.map((entry) => (
            <li key={entry.id}>
              <time class="muted small" dateTime={new Date(entry.at).toISOString()}>
                {formatDateTime(entry.at)}
              </time>{' '}
              {entry.actorName} {ACTIONS[entry.action]} {entry.subjectEmail}
              {entry.detail && <span class="muted"> ({entry.detail})</span>}
              <span class="muted small"> · {entry.library.name}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
