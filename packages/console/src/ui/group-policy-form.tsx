import type { GroupPolicyPage, LibraryGroupView } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

export interface GroupPolicyFormProps {
  group: LibraryGroupView;
  onDone(): void;
}

/** A group's policy page: what its libraries share (one card, common loans), and staff notes. */
export function GroupPolicyForm({ group, onDone }: GroupPolicyFormProps) {
  const { api, notices } = useConsole();
  const [page, setPage] = useState<Loadable<GroupPolicyPage>>(loading);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void load(() => api.groupPolicy(group.id)).then(setPage);
  }, [api, group.id]);
  if (page.state !== 'ready') {
    return page.state === 'loading' ? (
      <p class="muted">Loading…</p>
    ) : (
      <p class="form-error">{page.message}</p>
    );
  }
  const value = page.value;
  const change = (patch: Partial<GroupPolicyPage>) =>
    setPage({ state: 'ready', value: { ...value, ...patch } });
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await api.saveGroupPolicy(group.id, {
        baseVersion: value.version,
        text: value.text,
        staffOnly: value.staffOnly,
      });
      setPage({ state: 'ready', value: saved });
      setError(null);
      notices.push(`${group.name}'s policy page saved (version ${saved.version}).`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="panel stack" onSubmit={save} aria-labelledby="group-policy-heading">
      <h2 id="group-policy-heading" class="panel-title">
        Policy page of {group.name}
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div class="field">
        <label for="group-policy-text">What the group's libraries share</label>
        <textarea
          id="group-policy-text"
          rows={6}
          maxLength={20000}
          value={value.text}
          onInput={(e) => change({ text: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="group-policy-staff">Staff only</label>
        <textarea
          id="group-policy-staff"
          rows={3}
          maxLength={20000}
          value={value.staffOnly}
          onInput={(e) => change({ staffOnly: e.currentTarget.value })}
        />
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary">
          Save policy page
        </button>
        <button type="button" class="btn" onClick={onDone}>
          Close
        </button>
      </div>
    </form>
  );
}
