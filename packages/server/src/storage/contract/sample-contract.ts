import { describe, expect, it } from 'vitest';
import type { SampleDrawRecord } from '../../core/ports/index.ts';
import type { QualityCaseRecord } from '../../core/quality/quality-case.ts';
import type { Stores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, chat, ids, OTHER_COOP, openWithDirectory, RESPONDER } from './fixtures.ts';

function seed(stores: Stores) {
  const add = (id: string, at: number, extra: Parameters<typeof chat>[0] = {}) =>
    stores.room.insertChat(
      chat({
        id: ids.chat(id),
        resumeTokenHash: `h-${id}`,
        createdAt: at,
        state: 'ended',
        endedAt: at + 10,
        responderId: RESPONDER,
        ...extra,
      }),
    );
  add('c_1', 1_000);
  add('c_2', 2_000);
  add('c_practice', 2_500, { practice: true });
  add('c_unanswered', 2_600, { responderId: null });
  add('c_live', 2_700, { state: 'active', endedAt: null });
  add('c_late', 9_000);
}

function draw(id: string, extra: Partial<SampleDrawRecord> = {}): SampleDrawRecord {
  return {
    id,
    cooperativeId: COOP,
    period: '2026-11',
    periodStart: 0,
    periodEnd: 5_000,
    seed: `seed-${id}`,
    drawnAt: 5_000,
    drawnBy: null,
    scheduled: true,
    perResponder: 2,
    perLibrary: 5,
    ...extra,
  };
}

function sampleCase(id: string, chatId: string, drawId: string): QualityCaseRecord {
  return {
    id,
    cooperativeId: COOP,
    chatId: ids.chat(chatId),
    source: 'sample',
    label: null,
    comment: '',
    createdBy: null,
    createdAt: 5_000,
    state: 'new',
    assigneeId: null,
    dueAt: null,
    review: null,
    reviewedBy: null,
    reviewedAt: null,
    sample: { drawId, subject: `responder:${RESPONDER}`, reason: 'responder sample for Alice' },
  };
}

/**
 * The rotating sample's rule, draws and candidates.
 *
 * @example
 * sampleContract(() => openNodeSqlite(':memory:'));
 */
export function sampleContract(open: () => SqlDatabase): void {
  describe('quality samples', () => {
    it('keeps a cooperative’s rule, replacing it when saved again', () => {
      const stores = openWithDirectory(open);
      expect(stores.samples.sampleSettings(COOP)).toBeUndefined();
      stores.samples.saveSampleSettings(COOP, { period: 'weekly', perResponder: 1, perLibrary: 3 });
      stores.samples.saveSampleSettings(COOP, {
        period: 'quarterly',
        perResponder: 4,
        perLibrary: 0,
      });
      expect(stores.samples.sampleSettings(COOP)).toEqual({
        period: 'quarterly',
        perResponder: 4,
        perLibrary: 0,
      });
      expect(stores.samples.sampleSettings(OTHER_COOP)).toBeUndefined();
    });

    it('offers answered, ended, non-practice chats of the span that no earlier draw took', () => {
      const stores = openWithDirectory(open);
      seed(stores);
      const span = { from: 0, to: 5_000, endedBy: 5_000 };
      const ids_ = (before: string | null) =>
        stores.samples.sampleCandidates(COOP, span, before).map((one) => one.chatId);
      expect(ids_(null)).toEqual(['c_1', 'c_2']);
      expect(stores.samples.sampleCandidates(COOP, span, null)[0]).toMatchObject({
        responderId: RESPONDER,
        libraryId: 'lib-a',
      });
      stores.samples.recordDraw(draw('qd_1'), [sampleCase('qc_1', 'c_1', 'qd_1')]);
      stores.samples.recordDraw(draw('qd_2', { scheduled: false }), [
        sampleCase('qc_2', 'c_2', 'qd_2'),
      ]);
      expect(ids_(null)).toEqual([]);
      expect(ids_('qd_2')).toEqual(['c_2']);
      expect(ids_('qd_1')).toEqual(['c_1', 'c_2']);
      expect(stores.samples.sampledSubjects(COOP, 'qd_2')).toEqual([
        { subject: `responder:${RESPONDER}`, period: '2026-11', drawnAt: 5_000 },
      ]);
      expect(stores.samples.hasAnsweredChats(COOP, 0, 5_000)).toBe(true);
      expect(stores.samples.hasAnsweredChats(COOP, 9_500, 20_000)).toBe(false);
    });

    it('records a draw with its cases, lists draws newest first and never samples a chat twice', () => {
      const stores = openWithDirectory(open);
      seed(stores);
      stores.samples.recordDraw(draw('qd_1'), [sampleCase('qc_1', 'c_1', 'qd_1')]);
      expect(stores.quality.qualityCase('qc_1')?.sample).toEqual({
        drawId: 'qd_1',
        subject: `responder:${RESPONDER}`,
        reason: 'responder sample for Alice',
      });
      expect(() =>
        stores.samples.recordDraw(draw('qd_2'), [
          sampleCase('qc_2', 'c_2', 'qd_2'),
          sampleCase('qc_3', 'c_1', 'qd_2'),
        ]),
      ).toThrow();
      // All or nothing: the refused draw left no trace.
      expect(stores.samples.draw('qd_2')).toBeUndefined();
      expect(stores.quality.qualityCase('qc_2')).toBeUndefined();
      stores.samples.recordDraw(draw('qd_3', { period: '2026-12', scheduled: false }), []);
      expect(stores.samples.draws(COOP).map((one) => [one.id, one.chats])).toEqual([
        ['qd_3', 0],
        ['qd_1', 1],
      ]);
      expect(stores.samples.hasScheduledDraw(COOP, '2026-11')).toBe(true);
      expect(stores.samples.hasScheduledDraw(COOP, '2026-12')).toBe(false);
      expect(stores.samples.draws(OTHER_COOP)).toEqual([]);
    });
  });
}
