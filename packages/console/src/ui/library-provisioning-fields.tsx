import type { LibraryGroupView, LibraryKind } from '@refdesk/protocol/responder';
import type { LibraryDraft } from './library-form.tsx';

export interface LibraryProvisioningFieldsProps {
  prefix: string;
  draft: LibraryDraft;
  isNew: boolean;
  coordinator: boolean;
  groups: LibraryGroupView[];
  onChange(patch: Partial<LibraryDraft>): void;
}

const KINDS: [LibraryKind, string][] = [
  ['public', 'Public'],
  ['academic', 'Academic'],
  ['special', 'Special'],
];

/** Id, name, kind, group and how the library takes part in the cooperative. */
export function LibraryProvisioningFields(props: LibraryProvisioningFieldsProps) {
  const { prefix, draft, isNew, coordinator, groups, onChange } = props;
  return (
    <>
      {isNew && (
        <div class="field">
          <label for={`${prefix}-id`}>Id</label>
          <p class="field-hint" id={`${prefix}-id-hint`}>
            Lower-case letters, digits and dashes; it appears in the widget's script tag and cannot
            change.
          </p>
          <input
            id={`${prefix}-id`}
            required
            pattern="[a-z0-9][a-z0-9-]*"
            aria-describedby={`${prefix}-id-hint`}
            value={draft.id}
            onInput={(event) => onChange({ id: event.currentTarget.value })}
          />
        </div>
      )}
      <div class="field">
        <label for={`${prefix}-name`}>Name</label>
        <input
          id={`${prefix}-name`}
          required
          maxLength={120}
          value={draft.name}
          onInput={(event) => onChange({ name: event.currentTarget.value })}
        />
      </div>
      <fieldset class="form-grid" disabled={!coordinator}>
        <legend>In the cooperative{coordinator ? '' : ' (set by the coordinators)'}</legend>
        <div class="field">
          <label for={`${prefix}-kind`}>Kind</label>
          <select
            id={`${prefix}-kind`}
            value={draft.kind}
            onChange={(event) => onChange({ kind: event.currentTarget.value as LibraryKind })}
          >
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${prefix}-group`}>Group</label>
          <select
            id={`${prefix}-group`}
            value={draft.groupId ?? ''}
            onChange={(event) => onChange({ groupId: event.currentTarget.value || null })}
          >
            <option value="">No group</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.staffsCooperative}
            onChange={(event) => onChange({ staffsCooperative: event.currentTarget.checked })}
          />
          Its librarians answer other libraries' patrons (staffs the cooperative)
        </label>
        {!isNew && (
          <label class="check">
            <input
              type="checkbox"
              checked={draft.disabled}
              onChange={(event) => onChange({ disabled: event.currentTarget.checked })}
            />
            Disabled: its widget is switched off
          </label>
        )}
      </fieldset>
    </>
  );
}
