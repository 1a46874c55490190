import type { FollowUp } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { FollowUpDetail } from './follow-up-detail.tsx';
import { FollowUpItem } from './follow-up-item.tsx';
import { FollowUpSettings } from './follow-up-settings.tsx';
import { LibraryPicker } from './library-picker.tsx';
import { ReferralsOut } from './referrals-out.tsx';
import { followUpUnseen } from './use-follow-up-badge.ts';

type Filter = 'active' | 'closed' | 'all';
const FILTERS: [Filter, string][] = [
  ['active', 'Open and claimed'],
  ['closed', 'Closed'],
  ['all', 'All'],
];

/** The library's follow-up queue: questions to answer by email, from chats and the widget's form. */
export function FollowUpsPage({ followUpId }: { followUpId: string | null }) {
  const { api } = useConsole();
  const desk = useDesk();
  const [libraryId, setLibraryId] = useState(desk.profile.library.id);
  const [list, setList] = useState<Loadable<FollowUp[]>>(loading);
  const [filter, setFilter] = useState<Filter>('active');
  const refresh = useCallback(async () => {
    setList(await load(() => api.followUps(libraryId)));
  }, [api, libraryId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    // Opening the queue is seeing what arrived: the badge clears.
    void api.markFollowUpNotificationsSeen().then(
      () => {
        followUpUnseen.value = 0;
      },
      () => undefined,
    );
  }, [api]);

  const all = list.state === 'ready' ? list.value : [];
  const shown = all.filter((entry) =>
    filter === 'all'
      ? true
      : filter === 'closed'
        ? entry.status === 'closed'
        : entry.status !== 'closed',
  );
  const selected = all.find((entry) => entry.id === followUpId);
  const replace = (updated: FollowUp) =>
    setList({
      state: 'ready',
      value: all.map((entry) => (entry.id === updated.id ? updated : entry)),
    });

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Follow-ups</h1>
        <LibraryPicker value={libraryId} onChange={setLibraryId} />
        <button type="button" class="btn btn-small" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <FollowUpSettings libraryId={libraryId} />
      <ReferralsOut libraryId={libraryId} />
      <div class="split">
        <section class="panel split-list" aria-labelledby="queue-heading">
          <h2 id="queue-heading" class="panel-title">
            Queue <span class="count">{shown.length}</span>
          </h2>
          <div class="segmented segmented-small" role="radiogroup" aria-label="Show">
            {FILTERS.map(([value, label]) => (
              <label key={value} class="segment">
                <input
                  type="radio"
                  name="follow-up-filter"
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {list.state === 'loading' && <p class="muted panel-empty">Loading…</p>}
          {list.state === 'error' && <p class="form-error">{list.message}</p>}
          {list.state === 'ready' && shown.length === 0 && (
            <p class="muted panel-empty">
              Nothing here. Follow-ups come from chat outcomes and the widget's leave-a-question
              form.
            </p>
          )}
          <ul class="follow-up-list">
            {shown.map((entry) => (
              <FollowUpItem key={entry.id} followUp={entry} selected={entry.id === followUpId} />
            ))}
          </ul>
        </section>
        <section class="panel split-detail" aria-label="Follow-up">
          {selected ? (
            <FollowUpDetail key={selected.id} followUp={selected} onChanged={replace} />
          ) : (
            <p class="muted panel-empty">Choose a follow-up to read it, claim it and reply.</p>
          )}
        </section>
      </div>
    </main>
  );
}
