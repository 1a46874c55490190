import type { GroupId, LibraryGroupView } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { GroupPolicyForm } from './group-policy-form.tsx';
import { GroupRow } from './group-row.tsx';

/**
 * The cooperative's library groups: chats roll up to a group before the whole cooperative. Each
 * group has its own policy page, shown to responders between the library's and the cooperative's.
 */
export function GroupsPage() {
  const { api, notices } = useConsole();
  const [groups, setGroups] = useState<Loadable<LibraryGroupView[]>>(loading);
  const [policyOf, setPolicyOf] = useState<LibraryGroupView | null>(null);
  const [draft, setDraft] = useState({ id: '', name: '' });
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => setGroups(await load(() => api.groups())), [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = async (event: Event) => {
    event.preventDefault();
    try {
      const group = await api.addGroup({ id: draft.id as GroupId, name: draft.name });
      setDraft({ id: '', name: '' });
      setError(null);
      notices.push(`Group ${group.name} added.`);
      await reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const rename = async (group: LibraryGroupView, name: string) => {
    try {
      await api.renameGroup(group.id, name);
      notices.push(`Group renamed ${name}.`);
      await reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Groups</h1>
      </div>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {groups.state === 'loading' && <p class="muted">Loading…</p>}
      {groups.state === 'error' && <p class="form-error">{groups.message}</p>}
      {groups.state === 'ready' && (
        <section class="panel" aria-labelledby="groups-heading">
          <h2 id="groups-heading" class="panel-title">
            Library groups ({groups.value.length})
          </h2>
          <p class="muted">
            Put libraries in a group on the Libraries page. Group scripts are written on the Scripts
            page, with the scope "Group".
          </p>
          <ul class="invitation-list">
            {groups.value.map((group) => (
              <GroupRow
                key={group.id}
                group={group}
                onRename={(name) => void rename(group, name)}
                onPolicy={() => setPolicyOf(group)}
              />
            ))}
          </ul>
        </section>
      )}
      <form class="panel form-grid" onSubmit={add} aria-label="Add a group">
        <div class="field">
          <label for="group-new-id">Group id</label>
          <input
            id="group-new-id"
            required
            pattern="[a-z0-9][a-z0-9-]*"
            value={draft.id}
            onInput={(e) => setDraft({ ...draft, id: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="group-new-name">Group name</label>
          <input
            id="group-new-name"
            required
            maxLength={120}
            value={draft.name}
            onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
        </div>
        <div>
          <button type="submit" class="btn btn-primary">
            Add group
          </button>
        </div>
      </form>
      {policyOf && (
        <GroupPolicyForm key={policyOf.id} group={policyOf} onDone={() => setPolicyOf(null)} />
      )}
    </main>
  );
}
