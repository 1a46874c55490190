import type { ResponderId, ResponderSummary } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';

/**
 * A library's schedule settings, for its admins (a coordinator picks the library): whether swaps
 * wait for an admin's approval, and the backup librarians emailed when one of its shifts is missed.
 */
export function LibrarySchedulePanel() {
  const { api, notices, library } = useConsole();
  const { profile } = useDesk();
  const libraries = library.libraries.value;
  const coordinator = profile.roles.includes('coordinator');
  const [libraryId, setLibraryId] = useState<string>(profile.library.id);
  const [swapApproval, setSwapApproval] = useState(false);
  const [backups, setBackups] = useState<ResponderId[]>([]);
  const [people, setPeople] = useState<ResponderSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.responders().then(setPeople, () => setPeople([]));
  }, [api]);
  useEffect(() => {
    setLoaded(false);
    void api.librarySchedule(libraryId).then(
      (settings) => {
        setSwapApproval(settings.swapApproval);
        setBackups(settings.backups);
        setLoaded(true);
      },
      (failure) => setError(errorMessage(failure)),
    );
  }, [api, libraryId]);
  const toggle = (id: ResponderId, on: boolean) =>
    setBackups((list) => (on ? [...list, id] : list.filter((b) => b !== id)));
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api.saveLibrarySchedule(libraryId, { swapApproval, backups });
      notices.push('Swap approval and backups saved.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="library-schedule-heading">
      <h2 id="library-schedule-heading" class="panel-title">
        Swaps and backups
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {coordinator && libraries.state === 'ready' && (
        <div class="field">
          <label for="library-schedule-library">Library</label>
          <select
            id="library-schedule-library"
            value={libraryId}
            onChange={(e) => setLibraryId(e.currentTarget.value)}
          >
            {libraries.value.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {loaded && (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={swapApproval}
              onChange={(e) => setSwapApproval(e.currentTarget.checked)}
            />{' '}
            Swaps need an admin’s approval
          </label>
          <fieldset class="stack">
            <legend>Backup librarians (emailed when a shift is missed)</legend>
            {people.map((person) => (
              <label key={person.id} class="check">
                <input
                  type="checkbox"
                  checked={backups.includes(person.id)}
                  onChange={(e) => toggle(person.id, e.currentTarget.checked)}
                />{' '}
                {person.displayName} ({person.library.name})
              </label>
            ))}
          </fieldset>
          <button type="submit" class="btn">
            Save swaps and backups
          </button>
        </>
      )}
    </form>
  );
}
