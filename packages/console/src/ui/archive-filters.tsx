import type { ArchiveQuery, Outcome } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../state/labels.ts';
import { useConsole } from './console-context.ts';

export interface ArchiveFiltersProps {
  onSearch(query: ArchiveQuery): void;
}

const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).getTime() : undefined);

/** The archive's filters: words, dates, library, outcome, survey rating, forwarded, practice chats. */
export function ArchiveFilters({ onSearch }: ArchiveFiltersProps) {
  const libraries = useConsole().library.libraries.value;
  const [q, setQ] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [libraryId, setLibraryId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [forwarded, setForwarded] = useState('');
  const [rating, setRating] = useState('');
  const [practice, setPractice] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const end = dayStart(to);
    const query: ArchiveQuery = {
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(from ? { from: dayStart(from) } : {}),
      ...(end !== undefined ? { to: end + 86_400_000 } : {}),
      ...(libraryId ? { libraryId: libraryId as ArchiveQuery['libraryId'] } : {}),
      ...(outcome ? { outcome: outcome as Outcome } : {}),
      ...(forwarded ? { forwarded: forwarded === 'yes' } : {}),
      ...(rating ? { rating: Number(rating) } : {}),
      ...(practice ? { practice: true } : {}),
    };
    onSearch(query);
  };
  return (
    <form class="form-grid archive-filters" aria-label="Filter transcripts" onSubmit={submit}>
      <div class="field">
        <label for="archive-q">Search transcripts</label>
        <input
          id="archive-q"
          type="search"
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="archive-from">From</label>
        <input
          id="archive-from"
          type="date"
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="archive-to">To</label>
        <input
          id="archive-to"
          type="date"
          value={to}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="archive-library">Patron’s library</label>
        <select
          id="archive-library"
          value={libraryId}
          onChange={(e) => setLibraryId(e.currentTarget.value)}
        >
          <option value="">Any</option>
          {libraries.state === 'ready' &&
            libraries.value.map((library) => (
              <option key={library.id} value={library.id}>
                {library.name}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="archive-outcome">Outcome</label>
        <select
          id="archive-outcome"
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
        >
          <option value="">Any</option>
          {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="archive-rating">Survey rating</label>
        <select
          id="archive-rating"
          value={rating}
          onChange={(e) => setRating(e.currentTarget.value)}
        >
          <option value="">Any</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n} of 5
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="archive-forwarded">Forwarded to quality</label>
        <select
          id="archive-forwarded"
          value={forwarded}
          onChange={(e) => setForwarded(e.currentTarget.value)}
        >
          <option value="">Either</option>
          <option value="yes">Forwarded</option>
          <option value="no">Not forwarded</option>
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={practice}
          onChange={(e) => setPractice(e.currentTarget.checked)}
        />
        Practice chats instead
      </label>
      <div>
        <button type="submit" class="btn btn-primary">
          Search
        </button>
      </div>
    </form>
  );
}
