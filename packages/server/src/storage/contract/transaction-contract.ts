import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import { chat, ids, message, openWithDirectory } from './fixtures.ts';

/**
 * Transactions: all or nothing, nested calls joining the outer one.
 *
 * @example
 * transactionContract(() => openNodeSqlite(':memory:'));
 */
export function transactionContract(open: () => SqlDatabase): void {
  describe('transactions', () => {
    it('returns the value of the work', () => {
      const { room } = openWithDirectory(open);
      expect(room.transaction(() => 42)).toBe(42);
    });

    it('writes nothing when the work throws', () => {
      const { room } = openWithDirectory(open);
      expect(() =>
        room.transaction(() => {
          room.insertChat(chat());
          room.insertMessage(message());
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(room.chat(ids.chat('c_1'))).toBeUndefined();
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toEqual([]);
    });

    it('lets a nested transaction join the outer one, committing both together', () => {
      const { room } = openWithDirectory(open);
      room.transaction(() => {
        room.insertChat(chat());
        room.transaction(() => room.insertMessage(message()));
        expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toHaveLength(1);
      });
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toHaveLength(1);
    });

    it('rolls back the writes of a nested transaction when the outer one throws', () => {
      const { room } = openWithDirectory(open);
      expect(() =>
        room.transaction(() => {
          room.insertChat(chat());
          room.transaction(() => room.insertMessage(message()));
          throw new Error('outer fails after inner succeeded');
        }),
      ).toThrow();
      expect(room.chat(ids.chat('c_1'))).toBeUndefined();
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toEqual([]);
    });

    it('undoes only the inner writes when a nested transaction throws and the outer one catches', () => {
      const { room } = openWithDirectory(open);
      room.transaction(() => {
        room.insertChat(chat());
        try {
          room.transaction(() => {
            room.insertMessage(message());
            throw new Error('inner fails');
          });
        } catch {
          // The outer work decides to carry on without the message.
        }
      });
      expect(room.chat(ids.chat('c_1'))).toBeDefined();
      expect(room.messagesAfter(ids.chat('c_1'), 0, true)).toEqual([]);
    });

    it('can start a new transaction after one has rolled back', () => {
      const { db, room } = openWithDirectory(open);
      expect(() =>
        db.transaction(() => {
          throw new Error('first fails');
        }),
      ).toThrow();
      db.transaction(() => room.insertChat(chat()));
      expect(room.chat(ids.chat('c_1'))).toBeDefined();
    });

    it('rolls back when a constraint fails inside the transaction', () => {
      const { room } = openWithDirectory(open);
      expect(() =>
        room.transaction(() => {
          room.insertChat(chat());
          room.insertChat(chat({ resumeTokenHash: 'another' }));
        }),
      ).toThrow();
      expect(room.chat(ids.chat('c_1'))).toBeUndefined();
    });
  });
}
