import type { ArchivedChat, ArchiveQuery } from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../state/labels.ts';
import { errorMessage } from '../state/loadable.ts';
import { ArchiveFilters } from './archive-filters.tsx';
import { ArchivedChatPage } from './archived-chat-page.tsx';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { NavLink } from './nav-link.tsx';

/**
 * The transcript archive: the chats I may read (my library's patrons', the ones I answered; the
 * cooperative's for coordinators and reviewers), searched and filtered, newest first.
 */
export function TranscriptsPage({ chatId }: { chatId: string | null }) {
  if (chatId) return <ArchivedChatPage chatId={chatId} />;
  return <TranscriptList />;
}

const NUMBERS = new Set(['from', 'to', 'rating', 'limit', 'hour', 'wait']);
const BOOLEANS = new Set(['forwarded', 'practice', 'counted']);

/** The archive query in the page's address: how a report's drill-down opens this list. */
function queryFromAddress(search: string): ArchiveQuery {
  const query: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (NUMBERS.has(key)) query[key] = Number(value);
    else if (BOOLEANS.has(key)) query[key] = value === 'true';
    else query[key] = value;
  }
  return query as ArchiveQuery;
}

function TranscriptList() {
  const { api } = useConsole();
  const [query, setQuery] = useState<ArchiveQuery>(() => queryFromAddress(location.search));
  const drilled = query.counted === true;
  const [chats, setChats] = useState<ArchivedChat[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fetchPage = useCallback(
    async (base: ArchiveQuery, cursor: string | null, previous: ArchivedChat[]) => {
      try {
        const page = await api.archive(cursor ? { ...base, cursor } : base);
        setChats([...previous, ...page.chats]);
        setNext(page.nextCursor);
        setError(null);
      } catch (caught) {
        setError(errorMessage(caught));
      }
    },
    [api],
  );
  useEffect(() => {
    void fetchPage(query, null, []);
  }, [fetchPage, query]);

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Transcripts</h1>
        <a class="btn btn-small" href={api.archiveCsvUrl(query)} download>
          Download CSV
        </a>
      </div>
      {drilled && (
        <p class="report-summary" role="status">
          The chats a report counts
          {query.from !== undefined &&
            query.to !== undefined &&
            `, requested ${formatDateTime(query.from)} to ${formatDateTime(query.to)}`}
          {chats && `: ${chats.length}${next ? ' or more' : ''}`}.{' '}
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              history.replaceState(null, '', location.pathname);
              setQuery({});
            }}
          >
            Show all transcripts
          </button>
        </p>
      )}
      <ArchiveFilters onSearch={setQuery} />
      {error && <p class="form-error">{error}</p>}
      {chats === null && <p class="muted">Loading…</p>}
      {chats?.length === 0 && <p class="muted panel-empty">No chats match.</p>}
      {chats && chats.length > 0 && (
        <table class="data-table">
          <caption class="visually-hidden">Chats, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Question</th>
              <th scope="col">Patron’s library</th>
              <th scope="col">Answered by</th>
              <th scope="col">Outcome</th>
              <th scope="col">Survey</th>
            </tr>
          </thead>
          <tbody>
            {chats.map((chat) => (
              <tr key={chat.chatId}>
                <td>{formatDateTime(chat.startedAt)}</td>
                <td>
                  <NavLink
                    to={{ page: 'transcripts', chatId: chat.chatId }}
                    class="table-link"
                    exact
                  >
                    {chat.question}
                  </NavLink>
                  {chat.forwarded && <span class="tag tag-muted">Forwarded</span>}
                  {chat.practice && <span class="tag tag-muted">Practice</span>}
                </td>
                <td>{chat.homeLibrary.name}</td>
                <td>
                  {chat.responder
                    ? `${chat.responder.displayName} (${chat.responder.library.name})`
                    : '—'}
                </td>
                <td>{chat.outcome ? OUTCOME_LABELS[chat.outcome] : '—'}</td>
                <td>{chat.rating === null ? '—' : `${chat.rating} of 5`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && chats && (
        <button type="button" class="btn" onClick={() => void fetchPage(query, next, chats)}>
          Show more
        </button>
      )}
    </main>
  );
}
