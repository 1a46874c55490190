import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { chat, ids, message, openWithDirectory } from './fixtures.ts';

const C1 = ids.chat('c_1');

/**
 * The room store's messages: duplicates by client message id, order, internal notes.
 *
 * @example
 * messageContract(() => openNodeSqlite(':memory:'));
 */
export function messageContract(open: () => SqlDatabase): void {
  describe('room store: messages', () => {
    it('stores a new message and reads it back by its client message id', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      expect(room.insertMessage(message())).toEqual({ stored: true });
      expect(room.messageByClientId(C1, ids.clientMessage('cm_1'))).toEqual(message());
      expect(room.messageByClientId(C1, ids.clientMessage('cm_other'))).toBeUndefined();
    });

    it('returns the stored message, unchanged, when a client message id is sent again', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      room.insertMessage(message());
      const retry = message({ seq: 2, id: ids.message('m_2'), text: 'Hello? (retry)' });
      expect(room.insertMessage(retry)).toEqual({ stored: false, existing: message() });
      expect(room.messagesAfter(C1, 0, true)).toEqual([message()]);
    });

    it('stores messages without a client message id side by side', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      const system = (seq: number) =>
        message({ seq, id: ids.message(`m_${seq}`), authorRole: 'system', clientMessageId: null });
      expect(room.insertMessage(system(1))).toEqual({ stored: true });
      expect(room.insertMessage(system(2))).toEqual({ stored: true });
      expect(room.messagesAfter(C1, 0, false)).toHaveLength(2);
    });

    it('keeps a system line’s code and params beside its English text', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      const line = message({
        authorRole: 'system',
        clientMessageId: null,
        text: 'Ana (Springfield) joined the chat.',
        systemLine: { code: 'joined', params: { name: 'Ana', library: 'Springfield' } },
      });
      room.insertMessage(line);
      expect(room.messagesAfter(C1, 0, false)).toEqual([line]);
    });

    it('throws when a sequence number is reused with a new client message id', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      room.insertMessage(message());
      expect(() =>
        room.insertMessage(
          message({ id: ids.message('m_2'), clientMessageId: ids.clientMessage('cm_2') }),
        ),
      ).toThrow();
    });

    it('lists messages after a sequence number in order, with internal notes only when asked', () => {
      const { room } = openWithDirectory(open);
      let n = 0;
      const entries = fc.uniqueArray(
        fc.record({ seq: fc.integer({ min: 1, max: 40 }), internal: fc.boolean() }),
        {
          selector: (entry) => entry.seq,
          maxLength: 15,
        },
      );
      fc.assert(
        fc.property(entries, fc.integer({ min: 0, max: 41 }), (list, afterSeq) => {
          n += 1;
          const chatId = ids.chat(`c_m${n}`);
          room.insertChat(chat({ id: chatId, resumeTokenHash: `h${n}` }));
          const stored = list.map(({ seq, internal }) =>
            message({
              chatId,
              seq,
              internal,
              id: ids.message(`m_${n}_${seq}`),
              clientMessageId: null,
            }),
          );
          for (const m of stored) room.insertMessage(m);
          const expected = stored.filter((m) => m.seq > afterSeq).sort((a, b) => a.seq - b.seq);
          expect(room.messagesAfter(chatId, afterSeq, true)).toEqual(expected);
          expect(room.messagesAfter(chatId, afterSeq, false)).toEqual(
            expected.filter((m) => !m.internal),
          );
        }),
        { numRuns: 60 },
      );
    });
  });
}
