import { type ReadonlySignal, signal } from '@preact/signals';
import type { LibraryId, LibrarySummary, PolicyPage, Script } from '@refdesk/protocol/responder';
import type { RefdeskApi } from '../api/create-api.ts';
import { cachedById } from './cached-by-id.ts';
import { type Loadable, load, loading } from './loadable.ts';

export interface LibraryData {
  libraries: ReadonlySignal<Loadable<LibrarySummary[]>>;
  /** A library's policy page, fetched on first use and kept fresh. */
  policy(libraryId: LibraryId): ReadonlySignal<Loadable<PolicyPage>>;
  /** Scripts as seen while helping a patron of `libraryId` (its scripts first). */
  scripts(libraryId: LibraryId): ReadonlySignal<Loadable<Script[]>>;
  refreshPolicy(libraryId: LibraryId): Promise<void>;
  /** After an edit: every cached script list is fetched again. */
  refreshScripts(): Promise<void>;
  /** After a library was added or edited: the member list is fetched again. */
  refreshLibraries(): Promise<void>;
}

/**
 * Reference data shared by the console's pages: member libraries, policy pages and scripts.
 *
 * @example
 * const data = createLibraryData(api);
 * const page = data.policy(chat.homeLibrary.id); // a signal; loading, then ready
 */
export function createLibraryData(api: RefdeskApi): LibraryData {
  const libraries = signal<Loadable<LibrarySummary[]>>(loading);
  let librariesAsked = false;
  const policies = cachedById((id) => api.policy(id as LibraryId));
  const scripts = cachedById((id) => api.scripts(id as LibraryId));
  return {
    get libraries() {
      if (!librariesAsked) {
        librariesAsked = true;
        void load(() => api.libraries()).then((result) => {
          libraries.value = result;
        });
      }
      return libraries;
    },
    policy: (libraryId) => policies.get(libraryId),
    scripts: (libraryId) => scripts.get(libraryId),
    refreshPolicy: (libraryId) => policies.refresh(libraryId),
    refreshScripts: () => scripts.refreshAll(),
    async refreshLibraries() {
      librariesAsked = true;
      libraries.value = await load(() => api.libraries());
    },
  };
}
