import { SamplePeriodSchema } from '@refdesk/protocol';
import type { SampleDrawRecord, SampleStore } from '../core/ports/index.ts';
import { CASE_COLUMNS, caseValues } from './quality-store.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';
import { insertSql } from './sql-text.ts';

const DRAW_COLUMNS = [
  'id',
  'cooperative_id',
  'period',
  'period_start',
  'period_end',
  'seed',
  'drawn_at',
  'drawn_by',
  'scheduled',
  'per_responder',
  'per_library',
] as const;

/** Draws strictly before `?` (a draw id; null: every draw), by insertion order. */
const BEFORE_DRAW = `(? IS NULL OR d.rowid < (SELECT rowid FROM quality_sample_draws WHERE id = ?))`;

function drawFromRow(row: SqlRow): SampleDrawRecord {
  const r = createRowReader('quality_sample_draws', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.text('cooperative_id'),
    period: r.text('period'),
    periodStart: r.number('period_start'),
    periodEnd: r.number('period_end'),
    seed: r.text('seed'),
    drawnAt: r.number('drawn_at'),
    drawnBy: r.nullableText('drawn_by'),
    scheduled: r.bool('scheduled'),
    perResponder: r.number('per_responder'),
    perLibrary: r.number('per_library'),
  };
}

/**
 * The rotating sample's rule, draws and candidates over SQL (migration 12).
 *
 * @example
 * const samples = createSqlSampleStore(db);
 * samples.recordDraw(draw, cases);
 */
export function createSqlSampleStore(db: SqlDatabase): SampleStore {
  const selectDraw = `SELECT ${DRAW_COLUMNS.join(', ')} FROM quality_sample_draws`;
  return {
    sampleSettings(cooperativeId) {
      const row = db.get(
        'SELECT period, per_responder, per_library FROM quality_sample_settings WHERE cooperative_id = ?',
        cooperativeId,
      );
      if (row === undefined) return undefined;
      const r = createRowReader('quality_sample_settings', row, []);
      return {
        period: r.parse('period', SamplePeriodSchema),
        perResponder: r.number('per_responder'),
        perLibrary: r.number('per_library'),
      };
    },
    saveSampleSettings(cooperativeId, settings) {
      db.run(
        `INSERT INTO quality_sample_settings (cooperative_id, period, per_responder, per_library)
        VALUES (?, ?, ?, ?) ON CONFLICT (cooperative_id) DO UPDATE SET period = excluded.period,
        per_responder = excluded.per_responder, per_library = excluded.per_library`,
        cooperativeId,
        settings.period,
        settings.perResponder,
        settings.perLibrary,
      );
    },
    sampleCandidates: (cooperativeId, span, beforeDraw) =>
      db
        .all(
          `SELECT chats.id, chats.responder_id, responders.library_id, chats.created_at
          FROM chats JOIN responders ON responders.id = chats.responder_id
          WHERE chats.cooperative_id = ? AND chats.created_at >= ? AND chats.created_at < ?
            AND chats.practice = 0 AND chats.state = 'ended' AND chats.ended_at <= ?
            AND NOT EXISTS (SELECT 1 FROM quality_cases qc
              JOIN quality_sample_draws d ON d.id = qc.draw_id
              WHERE qc.chat_id = chats.id AND qc.source = 'sample' AND ${BEFORE_DRAW})
          ORDER BY chats.created_at, chats.id`,
          cooperativeId,
          span.from,
          span.to,
          span.endedBy,
          beforeDraw,
          beforeDraw,
        )
        .map((row) => {
          const r = createRowReader('chats', row, ['id']);
          return {
            chatId: r.text('id'),
            responderId: r.text('responder_id'),
            libraryId: r.text('library_id'),
            createdAt: r.number('created_at'),
          };
        }),
    hasAnsweredChats: (cooperativeId, from, to) =>
      db.get(
        `SELECT 1 AS found FROM chats WHERE cooperative_id = ? AND created_at >= ? AND created_at < ?
          AND practice = 0 AND responder_id IS NOT NULL LIMIT 1`,
        cooperativeId,
        from,
        to,
      ) !== undefined,
    sampledSubjects: (cooperativeId, beforeDraw) =>
      db
        .all(
          `SELECT qc.sample_subject, d.period, d.drawn_at FROM quality_cases qc
          JOIN quality_sample_draws d ON d.id = qc.draw_id
          WHERE d.cooperative_id = ? AND ${BEFORE_DRAW} ORDER BY d.rowid, qc.rowid`,
          cooperativeId,
          beforeDraw,
          beforeDraw,
        )
        .map((row) => {
          const r = createRowReader('quality_cases', row, []);
          return {
            subject: r.text('sample_subject'),
            period: r.text('period'),
            drawnAt: r.number('drawn_at'),
          };
        }),
    recordDraw(draw, cases) {
      db.transaction(() => {
        db.run(
          insertSql('quality_sample_draws', DRAW_COLUMNS),
          draw.id,
          draw.cooperativeId,
          draw.period,
          draw.periodStart,
          draw.periodEnd,
          draw.seed,
          draw.drawnAt,
          draw.drawnBy,
          draw.scheduled ? 1 : 0,
          draw.perResponder,
          draw.perLibrary,
        );
        for (const record of cases) {
          db.run(insertSql('quality_cases', CASE_COLUMNS), ...caseValues(record));
        }
      });
    },
    draws: (cooperativeId) =>
      db
        .all(
          `SELECT ${DRAW_COLUMNS.map((column) => `d.${column}`).join(', ')},
            (SELECT count(*) FROM quality_cases WHERE draw_id = d.id) AS chats
          FROM quality_sample_draws d WHERE d.cooperative_id = ? ORDER BY d.rowid DESC`,
          cooperativeId,
        )
        .map((row) => ({ ...drawFromRow(row), chats: Number(row.chats ?? 0) })),
    draw(id) {
      const row = db.get(`${selectDraw} WHERE id = ?`, id);
      return row === undefined ? undefined : drawFromRow(row);
    },
    hasScheduledDraw: (cooperativeId, period) =>
      db.get(
        'SELECT 1 AS found FROM quality_sample_draws WHERE cooperative_id = ? AND period = ? AND scheduled = 1',
        cooperativeId,
        period,
      ) !== undefined,
  };
}
