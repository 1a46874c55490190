import type { PolicyPage, PolicySections } from '@refdesk/protocol';
import type { Library, Responder } from '../core/model.ts';
import { canReadStaffNotes, canReadStaffOnly } from '../core/permissions.ts';
import type { PolicyPageRecord } from '../core/ports/index.ts';
import type { AppDeps } from './app-deps.ts';

const DAY_MS = 86_400_000;
const DEFAULT_FRESHNESS_DAYS = 180;

/**
 * A library's policy page as `viewer` may see it: the owners (staff emails) only for responders
 * of the same cooperative, the staff-only section only for its audience (canReadStaffNotes),
 * `stale` by the cooperative's freshness limit. The public and patrons see the sections alone.
 *
 * @example
 * const page = policyPageView(deps, library, record, { me, home });
 */
export function policyPageView(
  deps: AppDeps,
  library: Library,
  page: PolicyPageRecord,
  viewer: { me: Responder; home: Library } | undefined,
): PolicyPage {
  const cooperative = deps.stores.directory.cooperative(library.cooperativeId);
  const freshnessMs = (cooperative?.policyFreshnessDays ?? DEFAULT_FRESHNESS_DAYS) * DAY_MS;
  const body: PolicyPage = {
    library: { id: library.id, name: library.name },
    version: page.version,
    sections: page.sections as PolicySections,
    updatedAt: page.updatedAt,
    updatedBy: page.updatedBy,
    stale: deps.clock.now() - page.updatedAt > freshnessMs,
  };
  if (!viewer || !canReadStaffOnly(viewer.home, library)) return body;
  body.owners = page.owners;
  if (canReadStaffNotes(viewer.me, viewer.home, library, page.staffOnlyAudience)) {
    body.staffOnly = page.staffOnly;
    body.staffOnlyAudience = page.staffOnlyAudience;
  }
  return body;
}
