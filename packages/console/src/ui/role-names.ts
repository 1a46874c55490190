import type { Role } from '@refdesk/protocol/responder';

export const ROLE_LABELS: Record<Role, string> = {
  librarian: 'Librarian',
  library_admin: 'Library admin',
  coordinator: 'Coordinator',
  quality_reviewer: 'Quality reviewer',
};

/**
 * Roles as words for a sentence.
 *
 * @example
 * roleNames(['librarian', 'library_admin']); // 'librarian and library admin'
 */
export function roleNames(roles: readonly Role[]): string {
  const words = roles.map((role) => ROLE_LABELS[role].toLowerCase());
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
    : (words[0] ?? '');
}
