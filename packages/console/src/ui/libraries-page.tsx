import type {
  CooperativeSettings,
  LibraryDetail,
  LibraryGroupView,
  LibraryId,
} from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage, load } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { LibraryForm } from './library-form.tsx';
import { LibraryRow } from './library-row.tsx';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; library: LibraryDetail };

/**
 * The cooperative's libraries (a coordinator: add, edit, disable) or my own library (a library
 * admin: its name, time zone, coverage and timers).
 */
export function LibrariesPage() {
  const { api, library: data, notices } = useConsole();
  const { profile } = useDesk();
  const coordinator = profile.roles.includes('coordinator');
  const libraries = data.libraries.value;
  const [groups, setGroups] = useState<LibraryGroupView[]>([]);
  const [cooperative, setCooperative] = useState<CooperativeSettings | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void load(() => api.groups()).then((r) => r.state === 'ready' && setGroups(r.value));
    void load(() => api.cooperative()).then((r) => r.state === 'ready' && setCooperative(r.value));
  }, [api]);

  const edit = useCallback(
    async (id: LibraryId) => {
      try {
        setEditing({ kind: 'edit', library: await api.library(id) });
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [api],
  );
  const saved = async (message: string) => {
    setEditing({ kind: 'none' });
    setError(null);
    notices.push(message);
    await data.refreshLibraries();
  };
  const toggle = async (id: LibraryId, disabled: boolean) => {
    try {
      const library = await api.editLibrary(id, { disabled });
      await saved(`${library.name} is ${disabled ? 'disabled' : 'enabled again'}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const shown =
    libraries.state === 'ready'
      ? libraries.value.filter((entry) => coordinator || entry.id === profile.library.id)
      : [];
  const groupName = (id: string | null) => groups.find((g) => g.id === id)?.name ?? '—';

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Libraries</h1>
        <p class="page-library">{coordinator ? (cooperative?.name ?? '') : profile.library.name}</p>
      </div>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {libraries.state === 'loading' && <p class="muted">Loading…</p>}
      {libraries.state === 'error' && <p class="form-error">{libraries.message}</p>}
      {libraries.state === 'ready' && (
        <section class="panel" aria-labelledby="libraries-heading">
          <h2 id="libraries-heading" class="panel-title">
            {coordinator ? `Member libraries (${shown.length})` : 'My library'}
          </h2>
          <table class="people-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Group</th>
                <th scope="col">Time zone</th>
                <th scope="col">Staffs the cooperative</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <LibraryRow
                  key={entry.id}
                  library={entry}
                  groupName={groupName(entry.groupId)}
                  coordinator={coordinator}
                  onEdit={() => void edit(entry.id)}
                  onToggle={() => void toggle(entry.id, !entry.disabled)}
                />
              ))}
            </tbody>
          </table>
          {coordinator && editing.kind === 'none' && (
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => setEditing({ kind: 'new' })}
            >
              Add a library
            </button>
          )}
        </section>
      )}
      {editing.kind !== 'none' && (
        <LibraryForm
          key={editing.kind === 'edit' ? editing.library.id : 'new'}
          {...(editing.kind === 'edit' ? { library: editing.library } : {})}
          defaults={{
            timezone: cooperative?.timezone ?? 'UTC',
            localTimerSeconds: cooperative?.localTimerSeconds ?? 30,
            groupTimerSeconds: cooperative?.groupTimerSeconds ?? 30,
          }}
          groups={groups}
          coordinator={coordinator}
          onSaved={(library) =>
            void saved(editing.kind === 'new' ? `${library.name} added.` : `${library.name} saved.`)
          }
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
    </main>
  );
}
