import type { ArchivePage, ArchiveQuery } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { ArchiveFilter } from '../../core/ports/index.ts';
import { archiveScope } from '../../core/transcripts/archive-scope.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { countedFilter } from '../archive-counted-query.ts';
import { archiveCursor, parseArchiveQuery, readArchiveCursor } from '../archive-query.ts';
import { archivedChatView } from '../quality-view.ts';
import { requireResponder } from '../session-auth.ts';

const PAGE = 50;
const EXPORT_LIMIT = 10_000;

/**
 * The transcript archive, mounted at `/api/transcripts`: `GET /` (filters, full-text search,
 * newest first, `nextCursor` for the next page) and `GET /export.csv` (the filtered list, one row
 * per chat). Each responder's archive holds what they may read (core/transcripts/archive-scope):
 * coordinators and quality reviewers the cooperative's chats; others their library's patrons'
 * chats and the chats they answered. Open one with `GET /api/chats/:id`.
 */
export function archiveRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const query = parseArchiveQuery(c.req.query());
    const limit = query.limit ?? PAGE;
    const found = deps.stores.archive.search(archiveFilter(deps, c, query, limit + 1));
    const rows = found.slice(0, limit);
    const last = rows.at(-1)?.chat;
    const body: ArchivePage = {
      chats: rows.map((row) => archivedChatView(deps, row.chat, row)),
      nextCursor: found.length > limit && last ? archiveCursor(last) : null,
    };
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });

  app.get('/export.csv', (c) => {
    const query = parseArchiveQuery(c.req.query());
    const rows = deps.stores.archive
      .search(archiveFilter(deps, c, query, EXPORT_LIMIT))
      .map((row) => archivedChatView(deps, row.chat, row));
    const lines = [
      [
        'chat',
        'started',
        'home library',
        'responder',
        'responder library',
        'tier',
        'outcome',
        'rating',
        'forwarded',
        'practice',
        'question',
      ],
      ...rows.map((row) => [
        row.chatId,
        new Date(row.startedAt).toISOString(),
        row.homeLibrary.name,
        row.responder?.displayName ?? '',
        row.responder?.library.name ?? '',
        row.tier,
        row.outcome ?? '',
        row.rating === null ? '' : String(row.rating),
        row.forwarded ? 'yes' : 'no',
        row.practice ? 'yes' : 'no',
        row.question,
      ]),
    ];
    c.header('Cache-Control', 'private, no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="transcripts.csv"');
    return c.body(`${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`);
  });

  return app;
}

function archiveFilter(
  deps: AppDeps,
  c: Context<AppEnv>,
  query: ArchiveQuery,
  limit: number,
): ArchiveFilter {
  const { me, home } = requireResponder(deps, c);
  return {
    cooperativeId: home.cooperativeId,
    scope: archiveScope(me),
    from: query.from,
    to: query.to,
    libraryId: query.libraryId,
    responderId: query.responderId,
    outcome: query.outcome,
    tier: query.tier,
    rating: query.rating,
    forwarded: query.forwarded,
    practice: query.practice,
    text: query.q,
    before: query.cursor === undefined ? undefined : readArchiveCursor(query.cursor),
    limit,
    counted: countedFilter(deps, home, query),
  };
}

/** One CSV field: quoted when needed; a leading formula character is defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
