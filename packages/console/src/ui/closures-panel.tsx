import type { Closure, LibraryId } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDay } from './schedule-format.ts';

export interface ClosuresPanelProps {
  closures: Closure[];
  onChanged(): Promise<void>;
}

/**
 * Closures and holidays not yet over; admins close their library, coordinators any library or
 * the whole cooperative. A closed library is out of the grid and outside coverage those days.
 */
export function ClosuresPanel({ closures, onChanged }: ClosuresPanelProps) {
  const { api, notices, library } = useConsole();
  const { profile } = useDesk();
  const coordinator = profile.roles.includes('coordinator');
  const admin = coordinator || profile.roles.includes('library_admin');
  const libraries = library.libraries.value;
  const nameOf = (id: LibraryId | null) =>
    id === null
      ? 'Whole cooperative'
      : ((libraries.state === 'ready' && libraries.value.find((l) => l.id === id)?.name) ?? id);
  const [target, setTarget] = useState<string>(profile.library.id);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const act = async (work: () => Promise<void>, done: string) => {
    setError(null);
    try {
      await work();
      notices.push(done);
      await onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void act(
      () =>
        api.addClosure({
          ...(target === '' ? {} : { libraryId: target as LibraryId }),
          startDate,
          endDate: endDate || startDate,
          reason,
        }),
      'Closure added.',
    );
  };

  return (
    <section class="panel stack" aria-labelledby="closures-heading">
      <h2 id="closures-heading" class="panel-title">
        Closures and holidays
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {closures.length === 0 ? (
        <p class="panel-empty">No closures coming up.</p>
      ) : (
        <ul class="closure-list">
          {closures.map((closure) => (
            <li key={closure.id}>
              {nameOf(closure.libraryId)}: {formatDay(closure.startDate)}
              {closure.endDate !== closure.startDate && ` to ${formatDay(closure.endDate)}`} (
              {closure.reason}){' '}
              {admin && (coordinator || closure.libraryId === profile.library.id) && (
                <button
                  type="button"
                  class="btn btn-small btn-quiet"
                  onClick={() => void act(() => api.removeClosure(closure.id), 'Closure removed.')}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {admin && (
        <form class="stack" onSubmit={submit} aria-label="Add a closure">
          <div class="field">
            <label for="closure-target">Closed</label>
            <select
              id="closure-target"
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
            >
              {coordinator && libraries.state === 'ready' ? (
                libraries.value.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))
              ) : (
                <option value={profile.library.id}>{profile.library.name}</option>
              )}
              {coordinator && <option value="">Whole cooperative</option>}
            </select>
          </div>
          <div class="field">
            <label for="closure-start">First day</label>
            <input
              id="closure-start"
              type="date"
              required
              value={startDate}
              onInput={(event) => setStartDate(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="closure-end">Last day</label>
            <input
              id="closure-end"
              type="date"
              value={endDate}
              onInput={(event) => setEndDate(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="closure-reason">Reason</label>
            <input
              id="closure-reason"
              required
              value={reason}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn">
            Add closure
          </button>
        </form>
      )}
    </section>
  );
}
