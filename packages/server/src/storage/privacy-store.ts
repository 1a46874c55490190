import { type ChatId, type FollowUpId, type LibraryId, ScrubCountsSchema } from '@refdesk/protocol';
import type { PatronChatSummary, PrivacyStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';

/**
 * Retention settings, scrub progress and patrons' requests over SQL. Never touches `events`.
 *
 * @example
 * const privacy = createSqlPrivacyStore(db);
 * privacy.setRetention(libraryId, { identifierDays: 90, transcriptDays: 365, redactMessages: true });
 */
export function createSqlPrivacyStore(db: SqlDatabase): PrivacyStore {
  const ids = (rows: SqlRow[]) => rows.map((row) => String(row.id) as ChatId);
  return {
    retention(libraryId) {
      const row = db.get('SELECT * FROM retention_settings WHERE library_id = ?', libraryId);
      if (!row) return undefined;
      const r = createRowReader('retention_settings', row, ['library_id']);
      return {
        identifierDays: r.number('identifier_days'),
        transcriptDays: r.nullableNumber('transcript_days'),
        redactMessages: r.bool('redact_messages'),
      };
    },
    setRetention(libraryId, s) {
      db.run(
        `INSERT INTO retention_settings (library_id, identifier_days, transcript_days, redact_messages)
         VALUES (?, ?, ?, ?) ON CONFLICT (library_id) DO UPDATE SET identifier_days = excluded.identifier_days,
         transcript_days = excluded.transcript_days, redact_messages = excluded.redact_messages`,
        libraryId,
        s.identifierDays,
        s.transcriptDays,
        s.redactMessages ? 1 : 0,
      );
    },
    retentionFloor(cooperativeId) {
      const row = db.get('SELECT * FROM retention_floors WHERE cooperative_id = ?', cooperativeId);
      if (!row) return undefined;
      const r = createRowReader('retention_floors', row, ['cooperative_id']);
      return {
        identifierDays: r.number('identifier_days'),
        transcriptDays: r.number('transcript_days'),
      };
    },
    setRetentionFloor(cooperativeId, floor) {
      db.run(
        `INSERT INTO retention_floors (cooperative_id, identifier_days, transcript_days) VALUES (?, ?, ?)
         ON CONFLICT (cooperative_id) DO UPDATE SET identifier_days = excluded.identifier_days,
         transcript_days = excluded.transcript_days`,
        cooperativeId,
        floor.identifierDays,
        floor.transcriptDays,
      );
    },
    lastScrub(cooperativeId) {
      const row = db.get('SELECT * FROM scrub_runs WHERE cooperative_id = ?', cooperativeId);
      if (!row) return undefined;
      const r = createRowReader('scrub_runs', row, ['cooperative_id']);
      return {
        startedAt: r.number('started_at'),
        finishedAt: r.nullableNumber('finished_at'),
        counts: r.json('counts', ScrubCountsSchema),
      };
    },
    saveScrub(cooperativeId, run) {
      db.run(
        `INSERT INTO scrub_runs (cooperative_id, started_at, finished_at, counts) VALUES (?, ?, ?, ?)
         ON CONFLICT (cooperative_id) DO UPDATE SET started_at = excluded.started_at,
         finished_at = excluded.finished_at, counts = excluded.counts`,
        cooperativeId,
        run.startedAt,
        run.finishedAt,
        JSON.stringify(run.counts),
      );
    },
    chatsWithIdentifiers: (libraryId, endedBefore, limit, except = []) =>
      ids(
        db.all(
          `SELECT id FROM chats WHERE library_id = ? AND state = 'ended' AND ended_at < ?
           AND identifiers_scrubbed_at IS NULL ${notIn(except)} ORDER BY ended_at LIMIT ?`,
          libraryId,
          endedBefore,
          ...except,
          limit,
        ),
      ),
    chatsWithTranscripts: (libraryId, endedBefore, limit, except = []) =>
      ids(
        db.all(
          `SELECT id FROM chats WHERE library_id = ? AND state = 'ended' AND ended_at < ?
           AND transcript_scrubbed_at IS NULL ${notIn(except)} ORDER BY ended_at LIMIT ?`,
          libraryId,
          endedBefore,
          ...except,
          limit,
        ),
      ),
    closedFollowUps: (libraryId, keeping, createdBefore, limit) =>
      db
        .all(
          `SELECT id FROM follow_ups WHERE library_id = ? AND status = 'closed' AND created_at < ?
           AND ${keeping === 'text' ? "question <> ''" : 'identifiers_scrubbed_at IS NULL'}
           ORDER BY created_at LIMIT ?`,
          libraryId,
          createdBefore,
          limit,
        )
        .map((row) => String(row.id) as FollowUpId),
    followUpQuestion: (id) =>
      String(db.get('SELECT question FROM follow_ups WHERE id = ?', id)?.question ?? ''),
    clearFollowUpIdentifiers(id, at, question) {
      db.run(
        `UPDATE follow_ups SET patron_name = NULL, contact_email = '', identifiers_scrubbed_at = ?,
         question = coalesce(?, question) WHERE id = ?`,
        at,
        question ?? null,
        id,
      );
    },
    removeFollowUpText(id, at) {
      db.run('DELETE FROM follow_up_notes WHERE follow_up_id = ?', id);
      db.run(
        `UPDATE follow_ups SET question = '', patron_name = NULL, contact_email = '',
         identifiers_scrubbed_at = coalesce(identifiers_scrubbed_at, ?) WHERE id = ?`,
        at,
        id,
      );
    },
    hasScrubWork: (cooperativeId) =>
      db.get(
        `SELECT 1 AS found FROM chats INDEXED BY chats_to_scrub WHERE cooperative_id = ?
         AND state = 'ended' AND transcript_scrubbed_at IS NULL LIMIT 1`,
        cooperativeId,
      ) !== undefined ||
      db.get(
        `SELECT 1 AS found FROM follow_ups WHERE status = 'closed' AND question <> ''
         AND library_id IN (SELECT id FROM libraries WHERE cooperative_id = ?) LIMIT 1`,
        cooperativeId,
      ) !== undefined,
    chatTexts(chatId) {
      const question = db.get<{ question: string }>(
        'SELECT question FROM chats WHERE id = ?',
        chatId,
      );
      const messages = db.all<{ seq: number; text: string }>(
        'SELECT seq, text FROM messages WHERE chat_id = ? ORDER BY seq',
        chatId,
      );
      return [
        ...(question ? [{ chatId, seq: 0, text: question.question }] : []),
        ...messages.map((m) => ({ chatId, seq: Number(m.seq), text: m.text })),
      ];
    },
    rewriteText({ chatId, seq, text }) {
      if (seq === 0) db.run('UPDATE chats SET question = ? WHERE id = ?', text, chatId);
      else db.run('UPDATE messages SET text = ? WHERE chat_id = ? AND seq = ?', text, chatId, seq);
    },
    clearIdentifiers(chatId, at) {
      db.run(
        `UPDATE chats SET patron_name = NULL, patron_email = NULL, page_url = NULL, browser_hash = NULL,
         patron_address = NULL, identifiers_scrubbed_at = ? WHERE id = ?`,
        at,
        chatId,
      );
      db.run(
        `UPDATE messages SET display_name = 'Patron' WHERE chat_id = ? AND author_role = 'patron'`,
        chatId,
      );
    },
    removeTranscript(chatId, at) {
      const { changes } = db.run('DELETE FROM messages WHERE chat_id = ?', chatId);
      // Free-text survey answers go with the transcript; ratings and yes/no stay (statistics).
      db.run(
        `UPDATE surveys SET comment = NULL, answers = CASE WHEN answers IS NULL THEN NULL ELSE
          (SELECT json_group_object(key, value) FROM json_each(surveys.answers)
           WHERE type <> 'text' OR value IN ('yes', 'no')) END WHERE chat_id = ?`,
        chatId,
      );
      db.run("UPDATE quality_forwards SET comment = '' WHERE chat_id = ?", chatId);
      db.run(
        `UPDATE chats SET question = '', patron_name = NULL, patron_email = NULL, page_url = NULL,
         browser_hash = NULL, patron_address = NULL, identifiers_scrubbed_at = coalesce(identifiers_scrubbed_at, ?),
         transcript_scrubbed_at = ? WHERE id = ?`,
        at,
        at,
        chatId,
      );
      return changes;
    },
    patronChats(libraryId, { email, chatId, browserHash }) {
      const rows = db.all(
        `SELECT id, library_id, created_at, ended_at, question, patron_name, patron_email FROM chats
         WHERE library_id = ? AND (id = ? OR (? IS NOT NULL AND patron_email = ? COLLATE NOCASE)
         OR (? IS NOT NULL AND browser_hash = ?))
         ORDER BY created_at DESC LIMIT 500`,
        libraryId,
        chatId ?? null,
        email ?? null,
        email ?? null,
        browserHash ?? null,
        browserHash ?? null,
      );
      return rows.map(summaryFromRow);
    },
    eraseFollowUps: (libraryId, email, at) =>
      eraseFollowUpsWhere(db, 'library_id = ? AND contact_email = ? COLLATE NOCASE', at, [
        libraryId,
        email,
      ]),
    eraseChatFollowUps: (chatId, at) => eraseFollowUpsWhere(db, 'chat_id = ?', at, [chatId]),
    transaction: (work) => db.transaction(work),
  };
}

/** Empties the question, name and email of the follow-ups matching `where`, deleting their notes. */
function eraseFollowUpsWhere(db: SqlDatabase, where: string, at: number, args: string[]): number {
  db.run(
    `DELETE FROM follow_up_notes WHERE follow_up_id IN (SELECT id FROM follow_ups WHERE ${where})`,
    ...args,
  );
  return db.run(
    `UPDATE follow_ups SET question = '', patron_name = NULL, contact_email = '',
     identifiers_scrubbed_at = ? WHERE ${where}`,
    at,
    ...args,
  ).changes;
}

/** Excludes chats the room holds in memory: it would write their old fields back. */
function notIn(except: readonly string[]): string {
  return except.length === 0 ? '' : `AND id NOT IN (${except.map(() => '?').join(', ')})`;
}

function summaryFromRow(row: SqlRow): PatronChatSummary {
  const r = createRowReader('chats', row, ['id']);
  return {
    id: r.text<ChatId>('id'),
    libraryId: r.text<LibraryId>('library_id'),
    createdAt: r.number('created_at'),
    endedAt: r.nullableNumber('ended_at'),
    question: r.text('question'),
    patronName: r.nullableText('patron_name'),
    patronEmail: r.nullableText('patron_email'),
  };
}
