import {
  type LibraryId,
  type WidgetSettings,
  WidgetSettingsSchema,
} from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { allowedSites } from '../state/allowed-sites.ts';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { EmbeddingHelp } from './embedding-help.tsx';
import { LibraryPicker } from './library-picker.tsx';
import { ScriptTag } from './script-tag.tsx';
import { SurveyQuestionsForm } from './survey-questions-form.tsx';
import { WidgetSettingsFields } from './widget-settings-fields.tsx';

/** How the library's widget looks and routes, and the script tag for the library's web pages. */
export function WidgetSettingsPage() {
  const { api, notices } = useConsole();
  const desk = useDesk();
  const [libraryId, setLibraryId] = useState<LibraryId>(desk.profile.library.id);
  const [settings, setSettings] = useState<Loadable<WidgetSettings>>(loading);
  const [error, setError] = useState<string | null>(null);
  const [originsError, setOriginsError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(async () => {
    setSettings(loading);
    setSettings(await load(() => api.widgetSettings(libraryId)));
  }, [api, libraryId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (settings.state !== 'ready') return;
    const sites = allowedSites(settings.value.allowedOrigins);
    setOriginsError(sites.ok ? undefined : sites.error);
    if (!sites.ok) {
      setError(null);
      return document.getElementById('widget-origins')?.focus();
    }
    const parsed = v.safeParse(WidgetSettingsSchema, {
      ...settings.value,
      allowedOrigins: sites.origins,
    });
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return setError(`${where ? `${where}: ` : ''}${issue.message}`);
    }
    setError(null);
    setBusy(true);
    try {
      await api.saveWidgetSettings(libraryId, parsed.output);
      notices.push('Widget settings saved.');
    } catch (failure) {
      const message = errorMessage(failure);
      // The server names the entry it refused ("allowedOrigins.2: ..."): say it beside the field.
      if (message.startsWith('allowedOrigins'))
        setOriginsError(
          message.replace(/^allowedOrigins\.(\d+):/, (_, i) => `Line ${Number(i) + 1}:`),
        );
      else setError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Widget settings</h1>
        <LibraryPicker value={libraryId} onChange={setLibraryId} />
      </div>
      <ScriptTag libraryId={libraryId} />
      <EmbeddingHelp />
      {settings.state === 'loading' && <p class="muted">Loading…</p>}
      {settings.state === 'error' && <p class="form-error">{settings.message}</p>}
      {settings.state === 'ready' && (
        <form class="stack panel" onSubmit={save} aria-labelledby="settings-heading">
          <h2 id="settings-heading" class="panel-title">
            Settings
          </h2>
          {error && (
            <p class="banner banner-error" role="alert">
              {error}
            </p>
          )}
          <WidgetSettingsFields
            key={libraryId}
            settings={settings.value}
            originsError={originsError}
            onChange={(patch) =>
              setSettings({ state: 'ready', value: { ...settings.value, ...patch } })
            }
          />
          <div>
            <button type="submit" class="btn btn-primary" disabled={busy}>
              Save settings
            </button>
          </div>
        </form>
      )}
      <SurveyQuestionsForm key={libraryId} libraryId={libraryId} />
    </main>
  );
}
