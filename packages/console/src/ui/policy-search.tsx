import type { PolicySearchHit } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { SECTION_LABELS } from '../state/labels.ts';
import { type Loadable, load } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { HighlightedText } from './highlighted-text.tsx';

/** Search across every member library's policy page. */
export function PolicySearch() {
  const { api, router } = useConsole();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [results, setResults] = useState<Loadable<PolicySearchHit[]> | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setSearched(q);
    setResults({ state: 'loading' });
    setResults(await load(() => api.searchPolicies(q)));
  };
  return (
    <section class="panel" aria-labelledby="policy-search-heading">
      <h2 id="policy-search-heading" class="panel-title">
        Search every library
      </h2>
      <search>
        <form class="search-row" onSubmit={submit}>
          <label for="policy-search" class="visually-hidden">
            Search policy pages
          </label>
          <input
            id="policy-search"
            type="search"
            placeholder="e.g. interlibrary loan, fines, PIN"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <button type="submit" class="btn btn-primary">
            Search
          </button>
        </form>
      </search>
      <div aria-live="polite">
        {results?.state === 'loading' && <p class="muted panel-empty">Searching…</p>}
        {results?.state === 'error' && <p class="form-error">{results.message}</p>}
        {results?.state === 'ready' && (
          <p class="muted small">
            {results.value.length} {results.value.length === 1 ? 'match' : 'matches'} for “
            {searched}”
          </p>
        )}
      </div>
      {results?.state === 'ready' && (
        <ul class="search-results">
          {results.value.map((result) => (
            <li key={`${result.library.id}-${result.section}`}>
              <button
                type="button"
                class="search-result"
                onClick={() => router.navigate({ page: 'policies', libraryId: result.library.id })}
              >
                <span class="search-result-title">
                  {result.library.name} · {SECTION_LABELS[result.section]}
                </span>
                <span class="search-result-text">
                  <HighlightedText text={result.snippet} query={searched} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
