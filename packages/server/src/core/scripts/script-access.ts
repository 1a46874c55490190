import { assertNever, type ScriptInput } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import { canEditLibrary, isCoordinatorOf } from '../permissions.ts';
import type { Directory, ScriptRecord } from '../ports/index.ts';

/** What a responder may do with a script: edit it, see it but not change it, or not see it. */
export type ScriptAccess = 'edit' | 'read_only' | 'hidden';

/**
 * Personal scripts are their author's alone (hidden from everyone else); library scripts belong
 * to that library's admins and the coordinators; group and cooperative scripts to the coordinators.
 *
 * @example
 * if (scriptAccess(directory, me, home, script) === 'hidden') throw new HttpError('not_found', '...');
 */
export function scriptAccess(
  directory: Directory,
  me: Responder,
  home: Library,
  script: Pick<ScriptRecord, 'cooperativeId' | 'scope' | 'libraryId' | 'responderId'>,
): ScriptAccess {
  if (script.cooperativeId !== home.cooperativeId) return 'hidden';
  switch (script.scope) {
    case 'personal':
      return script.responderId === me.id ? 'edit' : 'hidden';
    case 'library': {
      const library = script.libraryId ? directory.library(script.libraryId) : undefined;
      return library && canEditLibrary(me, home, library) ? 'edit' : 'read_only';
    }
    case 'group':
    case 'cooperative':
      return isCoordinatorOf(me, home, home) ? 'edit' : 'read_only';
    default:
      return assertNever(script.scope);
  }
}

/**
 * Whether the responder may save `next`, a new script or the new version of `existing`: they
 * must be able to edit both what was and what will be, and a shared script never becomes a
 * personal one, since a personal script belongs to its author and a shared one has none (a
 * coordinator could otherwise take a library's script away from it).
 *
 * @example
 * if (!canSaveScript(directory, me, home, next, existing)) throw new HttpError('forbidden', '...');
 */
export function canSaveScript(
  directory: Directory,
  me: Responder,
  home: Library,
  next: ScriptRecord,
  existing?: ScriptRecord,
): boolean {
  if (scriptAccess(directory, me, home, next) !== 'edit') return false;
  if (!existing) return true;
  if (scriptAccess(directory, me, home, existing) !== 'edit') return false;
  return next.scope !== 'personal' || existing.scope === 'personal';
}

/**
 * The stored form of a script the responder writes: a library script is the library the input
 * names (a coordinator writing for another library), else the one it already belongs to, else
 * the author's own. Whether they may write it is {@link scriptAccess}'s question.
 *
 * @example
 * const record = scriptRecord(me, home, deps.ids.id('script'), input);
 */
export function scriptRecord(
  me: Responder,
  home: Library,
  id: string,
  input: ScriptInput,
  existing?: ScriptRecord,
): ScriptRecord {
  const kept = existing?.scope === input.scope ? existing.libraryId : null;
  return {
    id,
    cooperativeId: home.cooperativeId,
    scope: input.scope,
    libraryId: input.scope === 'library' ? (input.libraryId ?? kept ?? me.libraryId) : null,
    groupId:
      input.scope === 'group'
        ? (input.groupId ?? (existing?.scope === 'group' ? existing.groupId : home.groupId))
        : null,
    responderId: input.scope === 'personal' ? me.id : null,
    title: input.title,
    text: input.text,
  };
}
