import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../core/model.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, chat, ids, LIB, OTHER_COOP, openWithDirectory, RESPONDER } from './fixtures.ts';

/**
 * The reports' reads of the events log.
 *
 * @example
 * reportContract(() => openNodeSqlite(':memory:'));
 */
export function reportContract(open: () => SqlDatabase): void {
  describe('report store', () => {
    const event = (overrides: Partial<ChatEvent>): ChatEvent => ({
      cooperativeId: COOP,
      chatId: ids.chat('c_1'),
      kind: 'queued',
      actorId: null,
      data: {},
      at: 1_000,
      ...overrides,
    });

    it('reads the events of the chats requested in a period, without messages, with the chat library', () => {
      const { room, reports } = openWithDirectory(open);
      room.insertChat(chat());
      const c2 = ids.chat('c_2');
      const elsewhere = ids.chat('c_3');
      room.appendEvent(event({ at: 1_000, data: { practice: false } }));
      room.appendEvent(event({ kind: 'message', at: 1_500 }));
      room.appendEvent(event({ kind: 'accepted', actorId: RESPONDER, at: 2_000 }));
      room.appendEvent(event({ chatId: c2, at: 500 }));
      room.appendEvent(event({ chatId: elsewhere, cooperativeId: OTHER_COOP, at: 1_000 }));
      room.appendEvent(event({ kind: 'ended', at: 9_000, data: { outcome: 'answered' } }));
      const read = reports.chatEvents(COOP, 1_000, 2_000);
      expect(read.map((e) => [e.chatId, e.kind, e.at, e.chatLibraryId])).toEqual([
        ['c_1', 'queued', 1_000, LIB],
        ['c_1', 'accepted', 2_000, LIB],
        ['c_1', 'ended', 9_000, LIB],
      ]);
      expect(read[2]?.data).toEqual({ outcome: 'answered' });
      expect(read[1]?.actorId).toBe(RESPONDER);
    });

    it('reads status changes of a period with each responder last status before it', () => {
      const { room, reports } = openWithDirectory(open);
      const status = (actor: string, value: string, at: number) =>
        room.appendEvent(
          event({
            chatId: null,
            kind: 'status_changed',
            actorId: ids.responder(actor),
            data: { status: value },
            at,
          }),
        );
      status('r_a', 'local', 100);
      status('r_a', 'away', 200);
      status('r_b', 'cooperative', 300);
      status('r_a', 'cooperative', 1_500);
      status('r_a', 'away', 5_000);
      const read = reports.statusEvents(COOP, 1_000, 2_000);
      expect(read.map((e) => [e.actorId, e.data.status, e.at])).toEqual([
        ['r_a', 'away', 200],
        ['r_b', 'cooperative', 300],
        ['r_a', 'cooperative', 1_500],
      ]);
    });
  });
}
