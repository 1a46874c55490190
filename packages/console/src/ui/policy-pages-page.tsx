import type { LibraryId } from '@refdesk/protocol/responder';
import { useConsole } from './console-context.ts';
import { NavLink } from './nav-link.tsx';
import { PolicySearch } from './policy-search.tsx';
import { PolicyView } from './policy-view.tsx';

/** Every member library's policy page: search them, or open one. */
export function PolicyPagesPage({ libraryId }: { libraryId: string | null }) {
  const { library } = useConsole();
  const libraries = library.libraries.value;
  const page = libraryId ? library.policy(libraryId as LibraryId).value : null;
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Policy pages</h1>
      </div>
      <div class="split">
        <div class="split-list stack">
          <PolicySearch />
          <nav class="panel" aria-labelledby="libraries-heading">
            <h2 id="libraries-heading" class="panel-title">
              Member libraries
            </h2>
            {libraries.state === 'error' && <p class="form-error">{libraries.message}</p>}
            <ul class="library-list">
              {libraries.state === 'ready' &&
                libraries.value.map((entry) => (
                  <li key={entry.id}>
                    <NavLink
                      to={{ page: 'policies', libraryId: entry.id }}
                      class="library-link"
                      exact
                    >
                      {entry.name}
                    </NavLink>
                  </li>
                ))}
            </ul>
          </nav>
        </div>
        <section class="panel split-detail" aria-label="Policy page">
          {page === null && (
            <p class="muted panel-empty">Choose a library, or search across all of them.</p>
          )}
          {page?.state === 'loading' && <p class="muted panel-empty">Loading…</p>}
          {page?.state === 'error' && <p class="form-error">{page.message}</p>}
          {page?.state === 'ready' && <PolicyView page={page.value} idPrefix="page" />}
        </section>
      </div>
    </main>
  );
}
