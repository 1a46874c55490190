import type { Role } from '@refdesk/protocol/responder';
import { ROLE_LABELS } from './role-names.ts';

/** The roles someone may grant: nobody grants a role above their own (the server checks too). */
export function grantable(myRoles: readonly Role[]): Role[] {
  if (myRoles.includes('coordinator'))
    return ['librarian', 'library_admin', 'coordinator', 'quality_reviewer'];
  if (myRoles.includes('library_admin')) return ['librarian', 'library_admin'];
  return [];
}

export interface RoleChoicesProps {
  legend: string;
  idPrefix: string;
  choices: Role[];
  value: Role[];
  onChange(roles: Role[]): void;
}

/** Checkboxes, one per role that may be granted. */
export function RoleChoices({ legend, idPrefix, choices, value, onChange }: RoleChoicesProps) {
  return (
    <fieldset class="role-choices">
      <legend>{legend}</legend>
      {choices.map((role) => (
        <label key={role} class="check" for={`${idPrefix}-${role}`}>
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? choices.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />
          {ROLE_LABELS[role]}
        </label>
      ))}
    </fieldset>
  );
}
