import {
  type LibraryId,
  type PolicyPage,
  PolicyPageSchema,
  type PolicyPageUpdate,
  PolicyProblemResponseSchema,
  type PolicySearchHit,
  PolicySearchResponseSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface PolicyApi {
  policy(libraryId: LibraryId): Promise<PolicyPage>;
  /** Saves a new version; fails with code `conflict` (409) when `baseVersion` is not the latest. */
  savePolicy(libraryId: LibraryId, update: PolicyPageUpdate): Promise<PolicyPage>;
  /** Sections of every member library's page that contain every word of the query. */
  searchPolicies(query: string): Promise<PolicySearchHit[]>;
  /** Emails the page's owners; resolves with how many were told. */
  reportPolicyProblem(libraryId: LibraryId, comment: string): Promise<number>;
}

/**
 * Libraries' policy pages: read, edit, search, report a problem.
 *
 * @example
 * const page = await policyApi(http).policy('springfield' as LibraryId);
 */
export function policyApi(http: HttpClient): PolicyApi {
  const path = (id: LibraryId) => `/api/libraries/${encodeURIComponent(id)}/policy`;
  return {
    policy: (libraryId) => http.get(path(libraryId), PolicyPageSchema),
    savePolicy: (libraryId, update) => http.send('PUT', path(libraryId), update, PolicyPageSchema),
    async searchPolicies(query) {
      const url = `/api/policy/search?q=${encodeURIComponent(query)}`;
      return (await http.get(url, PolicySearchResponseSchema)).hits;
    },
    async reportPolicyProblem(libraryId, comment) {
      const body = { comment };
      const url = `${path(libraryId)}/problems`;
      return (await http.send('POST', url, body, PolicyProblemResponseSchema)).notified;
    },
  };
}
