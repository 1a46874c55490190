import type { CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import type { Cooperative, Library, Responder } from '../model.ts';

/** The configuration a room routes with: cooperatives, libraries, responders. Read-mostly. */
export interface Directory {
  cooperative(id: CooperativeId): Cooperative | undefined;
  library(id: LibraryId): Library | undefined;
  librariesOf(cooperativeId: CooperativeId): Library[];
  responder(id: ResponderId): Responder | undefined;
  respondersOf(libraryId: LibraryId): Responder[];
}

/** Writes to the directory (configuration): seeding and library admin. */
export interface DirectoryStore extends Directory {
  insertCooperative(cooperative: Cooperative): void;
  insertLibrary(library: Library): void;
  updateLibrary(library: Library): void;
  /** Responders are inserted through AccountStore.insertAccount. */
}
