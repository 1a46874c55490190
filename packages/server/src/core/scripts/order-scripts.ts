import type { LibraryId } from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import type { ScriptRecord } from '../ports/index.ts';

const SCOPE_ORDER = { personal: 1, library: 2, cooperative: 3 } as const;
const LEFT_OUT = 9;

/**
 * The scripts a responder sees while covering a library, in the order they want them: the
 * covered library's first, then their own, then their library's, then the cooperative's, each
 * by title. Other libraries' scripts are left out.
 *
 * @example
 * orderScripts(scripts.scriptsVisibleTo(me, home.cooperativeId), me, coveredLibraryId);
 */
export function orderScripts(
  scripts: readonly ScriptRecord[],
  me: Pick<Responder, 'libraryId'>,
  covering: LibraryId,
): ScriptRecord[] {
  const rank = (script: ScriptRecord) => {
    if (script.scope === 'library' && script.libraryId === covering) return 0;
    if (script.scope === 'library' && script.libraryId !== me.libraryId) return LEFT_OUT;
    return SCOPE_ORDER[script.scope];
  };
  return scripts
    .filter((script) => rank(script) < LEFT_OUT)
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
