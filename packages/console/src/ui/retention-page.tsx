import type {
  LibraryId,
  RetentionResponse,
  RetentionSettings,
  ScrubRun,
} from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { IpModeForm } from './ip-mode-form.tsx';
import { LibraryPicker } from './library-picker.tsx';
import { RetentionFloorForm } from './retention-floor-form.tsx';

/**
 * How long a library keeps patrons' identifiers and transcripts, whether the scrub redacts
 * personal data in messages, and what the last nightly scrub did. Coordinators also set the
 * cooperative's floor.
 */
export function RetentionPage() {
  const { api, notices } = useConsole();
  const desk = useDesk();
  const coordinator = desk.profile.roles.includes('coordinator');
  const [libraryId, setLibraryId] = useState<LibraryId>(desk.profile.library.id);
  const [data, setData] = useState<Loadable<RetentionResponse>>(loading);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => {
    setData(loading);
    setData(await load(() => api.retention(libraryId)));
  }, [api, libraryId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const change = (patch: Partial<RetentionSettings>) => {
    if (data.state !== 'ready') return;
    setData({
      state: 'ready',
      value: { ...data.value, settings: { ...data.value.settings, ...patch } },
    });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (data.state !== 'ready') return;
    setBusy(true);
    try {
      setData({ state: 'ready', value: await api.saveRetention(libraryId, data.value.settings) });
      setError(null);
      notices.push('Retention saved.');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Privacy and retention</h1>
        <LibraryPicker value={libraryId} onChange={setLibraryId} />
      </div>
      {data.state === 'loading' && <p class="muted">Loading…</p>}
      {data.state === 'error' && <p class="form-error">{data.message}</p>}
      {data.state === 'ready' && (
        <>
          <form class="stack panel" onSubmit={save} aria-labelledby="retention-heading">
            <h2 id="retention-heading" class="panel-title">
              Retention
            </h2>
            {error && (
              <p class="banner banner-error" role="alert">
                {error}
              </p>
            )}
            <RetentionFields value={data.value} onChange={change} />
            <div>
              <button type="submit" class="btn btn-primary" disabled={busy}>
                Save retention
              </button>
            </div>
          </form>
          <LastScrub run={data.value.lastScrub} />
          <IpModeForm libraryId={libraryId} />
        </>
      )}
      {coordinator && <RetentionFloorForm onSaved={() => void reload()} />}
    </main>
  );
}

function RetentionFields({
  value,
  onChange,
}: {
  value: RetentionResponse;
  onChange(patch: Partial<RetentionSettings>): void;
}) {
  const { settings, floor } = value;
  const keepTranscripts = settings.transcriptDays !== null;
  return (
    <>
      <div class="field">
        <label for="retention-identifiers">Keep identifiers for (days)</label>
        <p class="field-hint" id="retention-identifiers-hint">
          Name, email, the page the chat started on, and personal data typed in messages. At least{' '}
          {floor.identifierDays} days.
        </p>
        <input
          id="retention-identifiers"
          type="number"
          min={floor.identifierDays}
          max={3650}
          aria-describedby="retention-identifiers-hint"
          value={settings.identifierDays}
          onInput={(event) => onChange({ identifierDays: event.currentTarget.valueAsNumber })}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={keepTranscripts}
          onChange={(event) =>
            onChange({
              transcriptDays: event.currentTarget.checked
                ? Math.max(365, floor.transcriptDays)
                : null,
            })
          }
        />
        Keep transcripts
      </label>
      {keepTranscripts ? (
        <div class="field">
          <label for="retention-transcripts">Keep transcripts for (days)</label>
          <p class="field-hint" id="retention-transcripts-hint">
            Then the messages are deleted; the chat's statistics stay. At least{' '}
            {floor.transcriptDays} days.
          </p>
          <input
            id="retention-transcripts"
            type="number"
            min={floor.transcriptDays}
            max={3650}
            aria-describedby="retention-transcripts-hint"
            value={settings.transcriptDays ?? ''}
            onInput={(event) => onChange({ transcriptDays: event.currentTarget.valueAsNumber })}
          />
        </div>
      ) : (
        <p class="muted">Transcripts are deleted at the first nightly scrub after a chat ends.</p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={settings.redactMessages}
          onChange={(event) => onChange({ redactMessages: event.currentTarget.checked })}
        />
        Redact emails, phone numbers and card numbers typed in messages when identifiers go
      </label>
    </>
  );
}

function LastScrub({ run }: { run: ScrubRun | null }) {
  return (
    <section class="panel" aria-labelledby="scrub-heading">
      <h2 id="scrub-heading" class="panel-title">
        Nightly scrub
      </h2>
      {run === null ? (
        <p class="panel-empty">No scrub has run yet. It runs every night at 03:00 UTC.</p>
      ) : (
        <p>
          {run.finishedAt === null
            ? `Running since ${formatDateTime(run.startedAt)}: `
            : `Last run ${formatDateTime(run.startedAt)}: `}
          {run.counts.identifiersCleared} chats' identifiers cleared, {run.counts.messagesRedacted}{' '}
          texts redacted, {run.counts.transcriptsRemoved} transcripts deleted (
          {run.counts.messagesDeleted} messages); follow-ups:{' '}
          {run.counts.followUpIdentifiersCleared} names and emails cleared,{' '}
          {run.counts.followUpTextsRemoved} questions deleted.
        </p>
      )}
    </section>
  );
}
