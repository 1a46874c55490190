import type { FollowUp, LibraryId } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FollowUpPoolFilters } from '../api/follow-up-duty-api.ts';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { FollowUpItem } from './follow-up-item.tsx';
import { PoolReassign } from './pool-reassign.tsx';

type State = NonNullable<FollowUpPoolFilters['state']>;
const STATES: [State, string][] = [
  ['all', 'Any state'],
  ['open', 'Open'],
  ['claimed', 'Claimed'],
  ['closed', 'Closed'],
];

const AGES: [number, string][] = [
  [0, 'Any time'],
  [1, 'At least 1 day'],
  [2, 'At least 2 days'],
  [7, 'At least a week'],
  [30, 'At least 30 days'],
];

/**
 * The cooperative pool, for coordinators: every library's follow-ups (offline questions that came
 * in outside coverage among them), filtered by library, state, age and overdue; each open one can
 * be reassigned to another library.
 */
export function FollowUpPoolPage() {
  const { api, library } = useConsole();
  const libraries = library.libraries.value;
  const [filters, setFilters] = useState<FollowUpPoolFilters>({ state: 'open' });
  const [list, setList] = useState<Loadable<FollowUp[]>>(loading);
  const refresh = useCallback(async () => {
    setList(await load(() => api.followUpPool(filters)));
  }, [api, filters]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const shown = list.state === 'ready' ? list.value : [];

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Cooperative pool</h1>
        <button type="button" class="btn btn-small" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <form class="pool-filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <div class="field field-inline">
          <label for="pool-library">Library</label>
          <select
            id="pool-library"
            value={filters.library ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setFilters({ ...filters, library: value ? (value as LibraryId) : undefined });
            }}
          >
            <option value="">All libraries</option>
            {libraries.state === 'ready' &&
              libraries.value.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
          </select>
        </div>
        <div class="field field-inline">
          <label for="pool-state">State</label>
          <select
            id="pool-state"
            value={filters.state ?? 'all'}
            onChange={(event) =>
              setFilters({ ...filters, state: event.currentTarget.value as State })
            }
          >
            {STATES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field field-inline">
          <label for="pool-age">Waiting</label>
          <select
            id="pool-age"
            value={String(filters.olderThanDays ?? 0)}
            onChange={(event) => {
              const days = Number(event.currentTarget.value);
              setFilters({ ...filters, olderThanDays: days > 0 ? days : undefined });
            }}
          >
            {AGES.map(([days, label]) => (
              <option key={days} value={String(days)}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <label class="field-inline">
          <input
            type="checkbox"
            checked={filters.overdue === true}
            onChange={(event) =>
              setFilters({ ...filters, overdue: event.currentTarget.checked ? true : undefined })
            }
          />{' '}
          Overdue only
        </label>
      </form>
      <section class="panel" aria-labelledby="pool-heading">
        <h2 id="pool-heading" class="panel-title">
          Follow-ups <span class="count">{shown.length}</span>
        </h2>
        {list.state === 'loading' && <p class="muted panel-empty">Loading…</p>}
        {list.state === 'error' && <p class="form-error">{list.message}</p>}
        {list.state === 'ready' && shown.length === 0 && (
          <p class="muted panel-empty">No follow-up matches these filters.</p>
        )}
        <ul class="follow-up-list">
          {shown.map((entry) => (
            <FollowUpItem key={entry.id} followUp={entry} selected={false} showLibrary>
              {entry.status !== 'closed' && libraries.state === 'ready' && (
                <PoolReassign
                  followUp={entry}
                  libraries={libraries.value}
                  onMoved={() => void refresh()}
                />
              )}
            </FollowUpItem>
          ))}
        </ul>
      </section>
    </main>
  );
}
