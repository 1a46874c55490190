import type { Role } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import { isCoordinatorOf } from '../permissions.ts';

/**
 * The roles someone may grant, and so hold power over: a coordinator any role, a library admin
 * the roles of their own library (librarian, library admin), anyone else none.
 *
 * @example
 * grantableRoles(cora); // ['librarian', 'library_admin']
 */
export function grantableRoles(actor: Responder): Role[] {
  if (actor.roles.includes('coordinator'))
    return ['librarian', 'library_admin', 'coordinator', 'quality_reviewer'];
  if (actor.roles.includes('library_admin')) return ['librarian', 'library_admin'];
  return [];
}

/** Whether someone manages accounts at all (sees the People page and the audit log). */
export function managesAccounts(actor: Responder): boolean {
  return grantableRoles(actor).length > 0;
}

/** Whether `actor` manages the accounts of `library`: a coordinator of its cooperative, its admin. */
export function managesLibrary(actor: Responder, home: Library, library: Library): boolean {
  if (isCoordinatorOf(actor, home, library)) return true;
  return actor.roles.includes('library_admin') && actor.libraryId === library.id;
}

export type AccountRefusal = { ok: false; code: 'forbidden' | 'validation'; message: string };

/**
 * Whether `actor` may change the account of `person` (at `library`) and give it `roles`: they
 * manage that library, the person holds no role above the actor's, the new roles neither, and
 * nobody changes their own roles or disables themselves (another admin must).
 *
 * @example
 * const check = checkAccountChange(cora, springfield, ana, springfield, ['library_admin']);
 * if (!check.ok) throw new HttpError(check.code, check.message);
 */
export function checkAccountChange(
  actor: Responder,
  home: Library,
  person: Responder,
  library: Library,
  roles: readonly Role[] = [],
): { ok: true } | AccountRefusal {
  if (!managesLibrary(actor, home, library))
    return refuse('forbidden', 'You manage the accounts of your own library only.');
  if (person.id === actor.id)
    return refuse('forbidden', 'Ask another administrator to change your own account.');
  const grantable = grantableRoles(actor);
  if (!person.roles.every((role) => grantable.includes(role)))
    return refuse('forbidden', 'This person holds a role above yours.');
  return checkGrant(actor, roles);
}

/** Whether `actor` may grant `roles` (in a role change or an invitation). */
export function checkGrant(
  actor: Responder,
  roles: readonly Role[],
): { ok: true } | AccountRefusal {
  const grantable = grantableRoles(actor);
  const above = roles.filter((role) => !grantable.includes(role));
  if (above.length > 0)
    return refuse('forbidden', `You may not grant ${above.join(', ')}: it is above your own role.`);
  return { ok: true };
}

function refuse(code: AccountRefusal['code'], message: string): AccountRefusal {
  return { ok: false, code, message };
}
