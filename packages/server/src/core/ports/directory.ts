import type { CooperativeId, GroupId, LibraryId, ResponderId } from '@refdesk/protocol';
import type { Cooperative, Library, LibraryGroup, Responder } from '../model.ts';

/** The configuration a room routes with: cooperatives, libraries, responders. Read-mostly. */
export interface Directory {
  cooperative(id: CooperativeId): Cooperative | undefined;
  library(id: LibraryId): Library | undefined;
  librariesOf(cooperativeId: CooperativeId): Library[];
  responder(id: ResponderId): Responder | undefined;
  respondersOf(libraryId: LibraryId): Responder[];
  group(id: GroupId): LibraryGroup | undefined;
  /** A cooperative's groups, by name. */
  groupsOf(cooperativeId: CooperativeId): LibraryGroup[];
}

/** Writes to the directory (configuration): seeding and library admin. */
export interface DirectoryStore extends Directory {
  /** Every cooperative, by name (for the operator's CLI). */
  cooperatives(): Cooperative[];
  insertCooperative(cooperative: Cooperative): void;
  updateCooperative(cooperative: Cooperative): void;
  insertLibrary(library: Library): void;
  updateLibrary(library: Library): void;
  insertGroup(group: LibraryGroup): void;
  updateGroup(group: LibraryGroup): void;
  /** Responders are inserted through AccountStore.insertAccount. */
}
