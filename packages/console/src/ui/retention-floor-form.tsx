import type { RetentionFloor } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

/** The cooperative's floor: no library keeps identifiers or transcripts for fewer days. */
export function RetentionFloorForm({ onSaved }: { onSaved(): void }) {
  const { api, notices } = useConsole();
  const [floor, setFloor] = useState<RetentionFloor | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void api.retentionFloor().then(setFloor, (failure) => setError(errorMessage(failure)));
  }, [api]);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!floor) return;
    setBusy(true);
    try {
      setFloor(await api.saveRetentionFloor(floor));
      setError(null);
      notices.push('Cooperative floor saved.');
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const days = (key: keyof RetentionFloor, label: string) => (
    <div class="field">
      <label for={`floor-${key}`}>{label}</label>
      <input
        id={`floor-${key}`}
        type="number"
        min={30}
        max={3650}
        value={floor?.[key]}
        onInput={(event) =>
          floor && setFloor({ ...floor, [key]: event.currentTarget.valueAsNumber })
        }
      />
    </div>
  );
  return (
    <form class="stack panel" onSubmit={save} aria-labelledby="floor-heading">
      <h2 id="floor-heading" class="panel-title">
        Cooperative floor
      </h2>
      <p class="muted">No library may keep for fewer days than this (30 at least).</p>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {floor ? (
        <>
          {days('identifierDays', 'Identifiers, at least (days)')}
          {days('transcriptDays', 'Transcripts, at least (days)')}
          <div>
            <button type="submit" class="btn btn-primary" disabled={busy}>
              Save floor
            </button>
          </div>
        </>
      ) : (
        !error && <p class="muted">Loading…</p>
      )}
    </form>
  );
}
