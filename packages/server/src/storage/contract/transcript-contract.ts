import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { chat, ids, message, openWithDirectory } from './fixtures.ts';

const C1 = ids.chat('c_1');

/**
 * The transcript store reads chats the way the room store does: the same row gives the same record.
 *
 * @example
 * transcriptContract(() => openNodeSqlite(':memory:'));
 */
export function transcriptContract(open: () => SqlDatabase): void {
  describe('transcript store', () => {
    it("counts a chat's messages in its last sequence number, as the room store does", () => {
      const { room, transcripts } = openWithDirectory(open);
      room.insertChat(chat({ lastSeq: 0 }));
      room.insertMessage(message({ seq: 1 }));
      room.insertMessage(
        message({ seq: 2, id: ids.message('m_2'), clientMessageId: ids.clientMessage('cm_2') }),
      );
      expect(room.chat(C1)?.lastSeq).toBe(2);
      expect(transcripts.chat(C1)).toEqual(room.chat(C1));
    });

    it('lists earlier chats with their messages counted in their last sequence numbers', () => {
      const { room, transcripts } = openWithDirectory(open);
      const earlier = chat({
        id: ids.chat('c_0'),
        resumeTokenHash: 'h0',
        createdAt: 1,
        patronEmail: 'pat@example.org',
      });
      const later = chat({ createdAt: 2, patronEmail: 'pat@example.org' });
      room.insertChat(earlier);
      room.insertChat(later);
      room.insertMessage(message({ chatId: earlier.id, id: ids.message('m_0') }));
      const found = transcripts.earlierChats(later.libraryId, 'pat@example.org', later, 5);
      expect(found).toEqual([room.chat(earlier.id)]);
      expect(found[0]?.lastSeq).toBe(1);
    });
  });
}
