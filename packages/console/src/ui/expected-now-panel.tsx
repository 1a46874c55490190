import type { ExpectedNow } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { timeIn, viewerTimeZone } from './schedule-format.ts';

/**
 * Expected now against online now: who should be on shift at this moment and whether they are
 * online, the missing first. For the coordinator's Now board and the schedules page; refreshes
 * every minute.
 */
export function ExpectedNowPanel() {
  const { api } = useConsole();
  const [now, setNow] = useState<Loadable<ExpectedNow>>(loading);
  useEffect(() => {
    const refresh = async () => setNow(await load(() => api.expectedNow()));
    void refresh();
    const timer = setInterval(refresh, 60_000);
    return () => clearInterval(timer);
  }, [api]);
  const zone = viewerTimeZone();
  return (
    <section class="panel" aria-labelledby="expected-now-heading">
      <h2 id="expected-now-heading" class="panel-title">
        Expected now
      </h2>
      {now.state === 'loading' && <p class="muted">Loading…</p>}
      {now.state === 'error' && <p class="form-error">{now.message}</p>}
      {now.state === 'ready' && now.value.expected.length === 0 && (
        <p class="panel-empty">Nobody is scheduled right now.</p>
      )}
      {now.state === 'ready' && now.value.expected.length > 0 && (
        <ul class="expected-now">
          {now.value.expected.map((entry) => (
            <li key={entry.responderId} class={entry.online ? 'is-online' : 'is-missing'}>
              <strong>{entry.responderName}</strong> ({entry.libraryName}), until{' '}
              {timeIn(entry.endsAt, zone)}: {entry.online ? 'online' : 'not online'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
