import type { Library, Responder } from '../model.ts';
import { isCoordinatorOf } from '../permissions.ts';

/** Which library's rows a responder may see: all (null) or one; or why not. */
export type ScopeDecision = { ok: true; scope: string | null } | { ok: false; message: string };

/**
 * Who reads reports (docs/reports.md): a coordinator the whole cooperative or any one library of
 * it; a library admin their own library (with the cooperative's totals); nobody else.
 *
 * @example
 * reportScope(me, home, null); // { ok: true, scope: 'springfield' } for Springfield's admin
 */
export function reportScope(
  responder: Responder,
  home: Library,
  asked: Library | null,
): ScopeDecision {
  if (isCoordinatorOf(responder, home, asked ?? home))
    return { ok: true, scope: asked?.id ?? null };
  if (!responder.roles.includes('library_admin')) {
    return { ok: false, message: 'Only coordinators and library admins can read reports.' };
  }
  if (asked && asked.id !== home.id) {
    return { ok: false, message: `Library admins read the reports of ${home.name} only.` };
  }
  return { ok: true, scope: home.id };
}
