import type {
  CoverageWindow,
  GroupId,
  LibraryDetail,
  LibraryGroupView,
  LibraryId,
  LibraryKind,
  LibraryPatch,
} from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { CoverageEditor } from './coverage-editor.tsx';
import { LibraryProvisioningFields } from './library-provisioning-fields.tsx';
import { TierTimerFields } from './tier-timer-fields.tsx';
import { TimeZoneField } from './time-zone-field.tsx';

/** What the form edits: a library as provisioned, less what other pages edit. */
export interface LibraryDraft {
  id: string;
  name: string;
  kind: LibraryKind;
  groupId: string | null;
  timezone: string;
  staffsCooperative: boolean;
  disabled: boolean;
  coverage: CoverageWindow[];
  localTimerSeconds: number;
  groupTimerSeconds: number;
}

export interface LibraryFormProps {
  /** The library to edit; absent to add one. */
  library?: LibraryDetail;
  /** Defaults of a new library's timers and time zone: the cooperative's. */
  defaults: Pick<LibraryDraft, 'timezone' | 'localTimerSeconds' | 'groupTimerSeconds'>;
  groups: LibraryGroupView[];
  /** Coordinators set kind, group, staffing and disabling; a library admin the rest. */
  coordinator: boolean;
  onSaved(library: LibraryDetail): void;
  onCancel(): void;
}

const draftOf = (library: LibraryDetail): LibraryDraft => ({
  id: library.id,
  name: library.name,
  kind: library.kind,
  groupId: library.groupId,
  timezone: library.timezone,
  staffsCooperative: library.staffsCooperative,
  disabled: library.disabled,
  coverage: library.coverage,
  localTimerSeconds: library.localTimerSeconds,
  groupTimerSeconds: library.groupTimerSeconds,
});

/** Adds a library to the cooperative, or edits one. */
export function LibraryForm(props: LibraryFormProps) {
  const { library, coordinator, onSaved, onCancel } = props;
  const { api } = useConsole();
  const [draft, setDraft] = useState<LibraryDraft>(
    library
      ? draftOf(library)
      : {
          id: '',
          name: '',
          kind: 'public',
          groupId: null,
          staffsCooperative: true,
          disabled: false,
          coverage: [],
          ...props.defaults,
        },
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<LibraryDraft>) => setDraft((now) => ({ ...now, ...patch }));
  const prefix = library ? `library-${library.id}` : 'new-library';

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { id, disabled, ...fields } = draft;
      const saved = library
        ? await api.editLibrary(library.id, patchFor(draft, coordinator))
        : await api.addLibrary({
            ...fields,
            id: id as LibraryId,
            groupId: fields.groupId as GroupId | null,
          });
      onSaved(saved);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack panel" onSubmit={save} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} class="panel-title">
        {library ? `Edit ${library.name}` : 'Add a library'}
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <LibraryProvisioningFields
        prefix={prefix}
        draft={draft}
        isNew={!library}
        coordinator={coordinator}
        groups={props.groups}
        onChange={change}
      />
      <TimeZoneField
        id={`${prefix}-timezone`}
        value={draft.timezone}
        onChange={(timezone) => change({ timezone })}
      />
      <TierTimerFields
        idPrefix={prefix}
        timers={draft}
        onChange={change}
        whose="the library's own"
      />
      <CoverageEditor windows={draft.coverage} onChange={(coverage) => change({ coverage })} />
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {library ? 'Save library' : 'Add library'}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A library admin may not send the fields only coordinators change: the server would refuse. */
function patchFor(draft: LibraryDraft, coordinator: boolean): LibraryPatch {
  const { id: _id, kind, groupId, staffsCooperative, disabled, ...rest } = draft;
  const patch: LibraryPatch = { ...rest };
  if (!coordinator) return patch;
  return {
    ...patch,
    kind,
    groupId: groupId as GroupId | null,
    staffsCooperative,
    disabled,
  };
}
