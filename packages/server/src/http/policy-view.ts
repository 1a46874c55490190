import type { PolicyPage, PolicySections } from '@refdesk/protocol';
import type { Library } from '../core/model.ts';
import { canReadStaffOnly } from '../core/permissions.ts';
import type { PolicyPageRecord } from '../core/ports/index.ts';
import type { AppDeps } from './app-deps.ts';

const DAY_MS = 86_400_000;
const DEFAULT_FRESHNESS_DAYS = 180;

/**
 * A library's policy page as `viewer` may see it: the staff-only section only for responders of
 * the same cooperative, `stale` by the cooperative's freshness limit.
 *
 * @example
 * const page = policyPageView(deps, library, record, signedInHomeLibrary);
 */
export function policyPageView(
  deps: AppDeps,
  library: Library,
  page: PolicyPageRecord,
  viewer: Library | undefined,
): PolicyPage {
  const cooperative = deps.stores.directory.cooperative(library.cooperativeId);
  const freshnessMs = (cooperative?.policyFreshnessDays ?? DEFAULT_FRESHNESS_DAYS) * DAY_MS;
  const body: PolicyPage = {
    library: { id: library.id, name: library.name },
    version: page.version,
    sections: page.sections as PolicySections,
    owners: page.owners,
    updatedAt: page.updatedAt,
    updatedBy: page.updatedBy,
    stale: deps.clock.now() - page.updatedAt > freshnessMs,
  };
  if (viewer && canReadStaffOnly(viewer, library)) body.staffOnly = page.staffOnly;
  return body;
}
