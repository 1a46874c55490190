import type { Library, Responder } from '../model.ts';
import { canEditLibrary, isCoordinatorOf } from '../permissions.ts';

/**
 * Who may book and read what in the schedules. A library's admin books shifts, sees hours owed
 * and closes their own library; a coordinator does all of it for every library of the
 * cooperative, sets the tiers and minimum staffing, and closes the whole cooperative. Every
 * responder reads their own shifts, the grid and the closures.
 *
 * @example
 * if (!canManageSchedule(me, home, library)) throw new HttpError('forbidden', '...');
 */
export function canManageSchedule(me: Responder, home: Library, library: Library): boolean {
  return canEditLibrary(me, home, library);
}

/** Tiers, minimum staffing, hours owed set directly, cooperative-wide closures. */
export function canCoordinateSchedules(me: Responder): boolean {
  return me.roles.includes('coordinator');
}

/** Expected now vs online now: the coordinator for all, a library admin for their own library. */
export function seesExpectedNow(me: Responder, home: Library, library: Library): boolean {
  return isCoordinatorOf(me, home, library) || canEditLibrary(me, home, library);
}
