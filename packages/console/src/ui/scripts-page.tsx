import { type Script, type ScriptInput, ScriptScopeSchema } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { SCOPE_LABELS } from '../state/labels.ts';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { ScriptForm } from './script-form.tsx';
import { ScriptRow } from './script-row.tsx';

const SCOPES = ScriptScopeSchema.options;

/** My scripts, my library's and the cooperative's: read them all, edit the ones I may. */
export function ScriptsPage() {
  const { api, library, notices } = useConsole();
  const desk = useDesk();
  const { profile } = desk;
  const [list, setList] = useState<Loadable<Script[]>>(loading);
  const [editing, setEditing] = useState<Script | 'new' | null>(null);
  const refresh = useCallback(async () => {
    setList(await load(() => api.scripts(profile.library.id)));
  }, [api, profile.library.id]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const coordinator = profile.roles.includes('coordinator');
  const admin = coordinator || profile.roles.includes('library_admin');
  const scopes = SCOPES.filter((scope) =>
    scope === 'personal' ? true : scope === 'library' ? admin : coordinator,
  );
  const canEdit = (script: Script) =>
    script.scope === 'personal' ||
    (script.scope === 'library' &&
      admin &&
      (coordinator || script.libraryId === profile.library.id)) ||
    (script.scope === 'cooperative' && coordinator);

  const save = async (input: ScriptInput, id: string | null) => {
    try {
      if (id) await api.updateScript(id, input);
      else await api.createScript(input);
      notices.push(id ? 'Script saved.' : 'Script added.');
      setEditing(null);
      await Promise.all([refresh(), library.refreshScripts()]);
    } catch (error) {
      notices.push(errorMessage(error), 'error');
    }
  };
  const remove = async (script: Script) => {
    try {
      await api.deleteScript(script.id);
      notices.push(`“${script.title}” deleted.`);
      await Promise.all([refresh(), library.refreshScripts()]);
    } catch (error) {
      notices.push(errorMessage(error), 'error');
    }
  };
  const scripts = list.state === 'ready' ? list.value : [];

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Scripts</h1>
        <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
          New script
        </button>
      </div>
      <p class="muted">
        In a chat, type “/” in the message box to insert a script. When you cover another library,
        its scripts come first.
      </p>
      {editing === 'new' && (
        <ScriptForm
          scopes={scopes}
          onSave={(input) => save(input, null)}
          onCancel={() => setEditing(null)}
        />
      )}
      {list.state === 'error' && <p class="form-error">{list.message}</p>}
      {SCOPES.map((scope) => {
        const inScope = scripts.filter((script) => script.scope === scope);
        if (inScope.length === 0) return null;
        return (
          <section key={scope} class="panel" aria-labelledby={`scope-${scope}`}>
            <h2 id={`scope-${scope}`} class="panel-title">
              {SCOPE_LABELS[scope]} scripts
            </h2>
            <ul class="script-list">
              {inScope.map((script) =>
                editing !== 'new' && editing?.id === script.id ? (
                  <li key={script.id}>
                    <ScriptForm
                      script={script}
                      scopes={scopes}
                      onSave={(input) => save(input, script.id)}
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <ScriptRow
                    key={script.id}
                    script={script}
                    editable={canEdit(script)}
                    onEdit={() => setEditing(script)}
                    onDelete={() => remove(script)}
                  />
                ),
              )}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
