import type { LibraryGroupView } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';

export interface GroupRowProps {
  group: LibraryGroupView;
  onRename(name: string): void;
  onPolicy(): void;
}

/** A group in the list: its name (renamed in place) and its policy page. */
export function GroupRow({ group, onRename, onPolicy }: GroupRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(group.name);
  if (renaming) {
    return (
      <li>
        <form
          class="row"
          aria-label={`Rename ${group.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            onRename(name);
          }}
        >
          <label for={`group-name-${group.id}`}>Name</label>
          <input
            id={`group-name-${group.id}`}
            required
            maxLength={120}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="btn btn-small btn-primary">
            Save
          </button>
          <button type="button" class="btn btn-small" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li class="row">
      <strong>{group.name}</strong>
      <span class="muted mono">{group.id}</span>
      <button
        type="button"
        class="btn btn-small"
        onClick={() => setRenaming(true)}
        aria-label={`Rename ${group.name}`}
      >
        Rename
      </button>
      <button
        type="button"
        class="btn btn-small"
        onClick={onPolicy}
        aria-label={`Policy page of ${group.name}`}
      >
        Policy page
      </button>
    </li>
  );
}
