import type { CooperativeSettings } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { DisclosuresField } from './disclosures-field.tsx';
import { TierTimerFields } from './tier-timer-fields.tsx';
import { TimeZoneField } from './time-zone-field.tsx';

type Draft = Omit<CooperativeSettings, 'id' | 'disclosures'> & { disclosures: [string, string][] };

const draftOf = (settings: CooperativeSettings): Draft => ({
  name: settings.name,
  timezone: settings.timezone,
  localTimerSeconds: settings.localTimerSeconds,
  groupTimerSeconds: settings.groupTimerSeconds,
  policyFreshnessDays: settings.policyFreshnessDays,
  disclosureTemplate: settings.disclosureTemplate,
  disclosures: Object.entries(settings.disclosures),
});

/** The cooperative's name, time zone, default tier timers and the disclosure in each language. */
export function CooperativePage() {
  const { api, notices } = useConsole();
  const [draft, setDraft] = useState<Loadable<Draft>>(loading);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void load(() => api.cooperative()).then((result) =>
      setDraft(
        result.state === 'ready' ? { state: 'ready', value: draftOf(result.value) } : result,
      ),
    );
  }, [api]);
  if (draft.state !== 'ready') {
    return (
      <main class="page page-narrow" id="main" tabIndex={-1}>
        <h1>Cooperative settings</h1>
        {draft.state === 'loading' ? (
          <p class="muted">Loading…</p>
        ) : (
          <p class="form-error">{draft.message}</p>
        )}
      </main>
    );
  }
  const value = draft.value;
  const change = (patch: Partial<Draft>) =>
    setDraft({ state: 'ready', value: { ...value, ...patch } });
  const save = async (event: Event) => {
    event.preventDefault();
    const tags = value.disclosures.map(([tag]) => tag);
    if (new Set(tags).size !== tags.length) return setError('Each language may appear only once.');
    setBusy(true);
    setError(null);
    try {
      const saved = await api.saveCooperative({
        ...value,
        disclosures: Object.fromEntries(value.disclosures),
      });
      setDraft({ state: 'ready', value: draftOf(saved) });
      notices.push('Cooperative settings saved.');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <h1>Cooperative settings</h1>
      <form class="stack panel" onSubmit={save} aria-label="Cooperative settings">
        {error && (
          <p class="banner banner-error" role="alert">
            {error}
          </p>
        )}
        <div class="field">
          <label for="cooperative-name">Name</label>
          <input
            id="cooperative-name"
            required
            maxLength={120}
            value={value.name}
            onInput={(e) => change({ name: e.currentTarget.value })}
          />
        </div>
        <TimeZoneField
          id="cooperative-timezone"
          value={value.timezone}
          onChange={(timezone) => change({ timezone })}
        />
        <TierTimerFields
          idPrefix="cooperative"
          timers={value}
          onChange={change}
          whose="each library's own"
        />
        <div class="field">
          <label for="cooperative-freshness">Policy pages are stale after (days)</label>
          <input
            id="cooperative-freshness"
            type="number"
            min={1}
            max={3650}
            required
            value={value.policyFreshnessDays}
            onInput={(e) => change({ policyFreshnessDays: Number(e.currentTarget.value) })}
          />
        </div>
        <div class="field">
          <label for="cooperative-disclosure">Disclosure (default)</label>
          <p class="field-hint" id="cooperative-disclosure-hint">
            Shown to a patron when a librarian of another library answers. {'{responderLibrary}'}{' '}
            and {'{patronLibrary}'} are filled in.
          </p>
          <textarea
            id="cooperative-disclosure"
            rows={2}
            maxLength={1000}
            aria-describedby="cooperative-disclosure-hint"
            value={value.disclosureTemplate}
            onInput={(e) => change({ disclosureTemplate: e.currentTarget.value })}
          />
        </div>
        <DisclosuresField
          rows={value.disclosures}
          onChange={(disclosures) => change({ disclosures })}
        />
        <div>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            Save settings
          </button>
        </div>
      </form>
    </main>
  );
}
