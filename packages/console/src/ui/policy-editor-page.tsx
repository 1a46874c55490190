import type { LibraryId, PolicyPage } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/http-client.ts';
import { errorMessage } from '../state/loadable.ts';
import { type PolicyForm, policyForm, policyUpdate } from '../state/policy-form.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { LibraryPicker } from './library-picker.tsx';
import { PolicyFields } from './policy-fields.tsx';

type Meta = { version: number; updatedAt: number; updatedBy: string } | null;

/** Library admins edit their library's policy page; every save is a new version. */
export function PolicyEditorPage() {
  const { api, library, notices } = useConsole();
  const desk = useDesk();
  const [libraryId, setLibraryId] = useState<LibraryId>(desk.profile.library.id);
  const [form, setForm] = useState<PolicyForm | null>(null);
  const [meta, setMeta] = useState<Meta>(null);
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<{ kind: 'conflict' | 'error'; message: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);

  const show = (page: PolicyPage) => {
    setForm(policyForm(page));
    setMeta({ version: page.version, updatedAt: page.updatedAt, updatedBy: page.updatedBy });
    setDirty(false);
  };
  const reload = useCallback(async () => {
    setForm(null);
    setProblem(null);
    try {
      show(await api.policy(libraryId));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') {
        setForm(policyForm(null));
        setMeta(null);
        setDirty(false);
      } else setProblem({ kind: 'error', message: errorMessage(error) });
    }
  }, [api, libraryId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    const checked = policyUpdate(form);
    if (!checked.ok) return setProblem({ kind: 'error', message: checked.message });
    setBusy(true);
    try {
      const saved = await api.savePolicy(libraryId, checked.update);
      show(saved);
      setProblem(null);
      notices.push(`Policy page saved as version ${saved.version}.`);
      await library.refreshPolicy(libraryId);
    } catch (error) {
      const conflict =
        error instanceof ApiError && (error.code === 'conflict' || error.status === 409);
      setProblem({
        kind: conflict ? 'conflict' : 'error',
        message: conflict
          ? 'Someone saved a newer version while you were editing. Your changes are still here: copy what you need, then load the latest version.'
          : errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };
  const change = (patch: Partial<PolicyForm>) => {
    if (form) setForm({ ...form, ...patch });
    setDirty(true);
  };

  return (
    <main class="page page-narrow" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Edit policy page</h1>
        <LibraryPicker value={libraryId} onChange={setLibraryId} />
      </div>
      <p class="muted">
        {meta
          ? `Version ${meta.version}, last updated ${formatDateTime(meta.updatedAt)} by ${meta.updatedBy}.`
          : 'This library has no policy page yet.'}{' '}
        Librarians of every member library read this page while they answer your patrons.
      </p>
      {problem && (
        <div class="banner banner-error" role="alert">
          <p>{problem.message}</p>
          {problem.kind === 'conflict' && (
            <button type="button" class="btn btn-small" onClick={() => void reload()}>
              Load the latest version
            </button>
          )}
        </div>
      )}
      {form === null && !problem && <p class="muted">Loading…</p>}
      {form && (
        <form class="stack" onSubmit={save}>
          <PolicyFields form={form} onChange={change} />
          <div class="sticky-actions">
            <span class="muted small" role="status">
              {dirty ? 'Unsaved changes' : 'No changes'}
            </span>
            <button type="submit" class="btn btn-primary" disabled={busy || !dirty}>
              Save new version
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
