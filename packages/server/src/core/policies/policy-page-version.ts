import type { LibraryId, PolicyPageUpdate } from '@refdesk/protocol';
import type { Millis, Responder } from '../model.ts';
import type { PolicyPageRecord } from '../ports/index.ts';

/**
 * The next version of a library's policy page, as an editor saved it: owners lower-cased and
 * each listed once. The store refuses it when `baseVersion` is no longer the newest.
 *
 * @example
 * const page = policyPageVersion(library.id, update, me, clock.now());
 * if (!policies.savePolicyPage(page)) throw new HttpError('conflict', '...');
 */
export function policyPageVersion(
  libraryId: LibraryId,
  update: PolicyPageUpdate,
  editor: Pick<Responder, 'displayName'>,
  now: Millis,
): PolicyPageRecord {
  return {
    libraryId,
    version: update.baseVersion + 1,
    sections: update.sections,
    staffOnly: update.staffOnly,
    staffOnlyAudience: update.staffOnlyAudience ?? 'home_library',
    owners: [...new Set(update.owners.map((owner) => owner.toLowerCase()))],
    updatedAt: now,
    updatedBy: editor.displayName,
  };
}
