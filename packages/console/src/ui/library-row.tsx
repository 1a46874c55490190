import type { LibrarySummary } from '@refdesk/protocol/responder';

export interface LibraryRowProps {
  library: LibrarySummary;
  groupName: string;
  coordinator: boolean;
  onEdit(): void;
  onToggle(): void;
}

const KIND: Record<LibrarySummary['kind'], string> = {
  public: 'Public',
  academic: 'Academic',
  special: 'Special',
};

/** One library in the Libraries table, with its actions. */
export function LibraryRow({ library, groupName, coordinator, onEdit, onToggle }: LibraryRowProps) {
  return (
    <tr>
      <th scope="row">
        {library.name}
        <span class="muted mono"> {library.id}</span>
      </th>
      <td>{KIND[library.kind]}</td>
      <td>{groupName}</td>
      <td>{library.timezone}</td>
      <td>{library.staffsCooperative ? 'Yes' : 'No'}</td>
      <td>{library.disabled ? <span class="badge">Disabled</span> : 'Active'}</td>
      <td class="row-actions">
        <button
          type="button"
          class="btn btn-small"
          onClick={onEdit}
          aria-label={`Edit ${library.name}`}
        >
          Edit
        </button>
        {coordinator && (
          <button
            type="button"
            class="btn btn-small"
            onClick={onToggle}
            aria-label={`${library.disabled ? 'Enable' : 'Disable'} ${library.name}`}
          >
            {library.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
      </td>
    </tr>
  );
}
