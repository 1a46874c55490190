import type { GroupId, LibraryId } from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import type { ScriptRecord } from '../ports/index.ts';

const SCOPE_ORDER = { personal: 1, library: 2, group: 3, cooperative: 4 } as const;
const LEFT_OUT = 9;

/**
 * The scripts a responder sees while covering a library, in the order they want them: the
 * covered library's first, then their own, then their library's, then the groups' (the covered
 * library's and their own library's), then the cooperative's, each by title. Other libraries' and
 * other groups' scripts are left out.
 *
 * @example
 * orderScripts(visible, me, covered.id, [covered.groupId, home.groupId]);
 */
export function orderScripts(
  scripts: readonly ScriptRecord[],
  me: Pick<Responder, 'libraryId'>,
  covering: LibraryId,
  groups: readonly (GroupId | null)[] = [],
): ScriptRecord[] {
  const rank = (script: ScriptRecord) => {
    if (script.scope === 'library' && script.libraryId === covering) return 0;
    if (script.scope === 'library' && script.libraryId !== me.libraryId) return LEFT_OUT;
    if (script.scope === 'group' && !groups.includes(script.groupId)) return LEFT_OUT;
    return SCOPE_ORDER[script.scope];
  };
  return scripts
    .filter((script) => rank(script) < LEFT_OUT)
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
