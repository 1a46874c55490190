import type { LibraryId } from '@refdesk/protocol/responder';
import { useConsole, useDesk } from './console-context.ts';

export interface LibraryPickerProps {
  value: LibraryId;
  onChange(libraryId: LibraryId): void;
  label?: string;
}

/** Coordinators act for every library of the cooperative: they choose which; others see their own. */
export function LibraryPicker({ value, onChange, label = 'Library' }: LibraryPickerProps) {
  const desk = useDesk();
  const libraries = useConsole().library.libraries.value;
  if (!desk.profile.roles.includes('coordinator')) {
    return <p class="page-library">{desk.profile.library.name}</p>;
  }
  return (
    <div class="field field-inline">
      <label for="library-picker">{label}</label>
      <select
        id="library-picker"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LibraryId)}
      >
        {libraries.state === 'ready' ? (
          libraries.value.map((library) => (
            <option key={library.id} value={library.id}>
              {library.name}
            </option>
          ))
        ) : (
          <option value={value}>{desk.profile.library.name}</option>
        )}
      </select>
    </div>
  );
}
