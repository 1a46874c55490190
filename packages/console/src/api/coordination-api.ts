import {
  type CooperativePatch,
  type CooperativeSettings,
  CooperativeSettingsSchema,
  type GroupCreate,
  GroupListResponseSchema,
  type GroupPolicyPage,
  GroupPolicyPageSchema,
  type GroupPolicyPageUpdate,
  type LibraryCreate,
  type LibraryDetail,
  LibraryDetailSchema,
  LibraryGroupSchema,
  type LibraryGroupView,
  type LibraryId,
  type LibraryPatch,
  type NowBoard,
  NowBoardSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface CoordinationApi {
  cooperative(): Promise<CooperativeSettings>;
  saveCooperative(patch: CooperativePatch): Promise<CooperativeSettings>;
  groups(): Promise<LibraryGroupView[]>;
  addGroup(group: GroupCreate): Promise<LibraryGroupView>;
  renameGroup(id: string, name: string): Promise<LibraryGroupView>;
  groupPolicy(id: string): Promise<GroupPolicyPage>;
  saveGroupPolicy(id: string, update: GroupPolicyPageUpdate): Promise<GroupPolicyPage>;
  library(id: LibraryId): Promise<LibraryDetail>;
  addLibrary(library: LibraryCreate): Promise<LibraryDetail>;
  editLibrary(id: LibraryId, patch: LibraryPatch): Promise<LibraryDetail>;
  /** The live "Now" board: the cooperative, or the admin's own library. */
  now(): Promise<NowBoard>;
}

const group = (id: string) => `/api/groups/${encodeURIComponent(id)}`;
const library = (id: string) => `/api/libraries/${encodeURIComponent(id)}`;

/**
 * What coordinators (and library admins, for their library) run the cooperative with.
 *
 * @example
 * const board = await api.now();
 */
export function coordinationApi(http: HttpClient): CoordinationApi {
  return {
    cooperative: () => http.get('/api/cooperative', CooperativeSettingsSchema),
    saveCooperative: (patch) =>
      http.send('PATCH', '/api/cooperative', patch, CooperativeSettingsSchema),
    groups: async () => (await http.get('/api/groups', GroupListResponseSchema)).groups,
    addGroup: (input) => http.send('POST', '/api/groups', input, LibraryGroupSchema),
    renameGroup: (id, name) => http.send('PATCH', group(id), { name }, LibraryGroupSchema),
    groupPolicy: (id) => http.get(`${group(id)}/policy`, GroupPolicyPageSchema),
    saveGroupPolicy: (id, update) =>
      http.send('PUT', `${group(id)}/policy`, update, GroupPolicyPageSchema),
    library: (id) => http.get(library(id), LibraryDetailSchema),
    addLibrary: (input) => http.send('POST', '/api/libraries', input, LibraryDetailSchema),
    editLibrary: (id, patch) => http.send('PATCH', library(id), patch, LibraryDetailSchema),
    now: () => http.get('/api/now', NowBoardSchema),
  };
}
