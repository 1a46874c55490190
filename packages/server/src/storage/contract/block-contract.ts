import { describe, expect, it } from 'vitest';
import type { BlockRecord } from '../../core/ports/index.ts';
import { createSqlBlockStore } from '../block-store.ts';
import { createStores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, chat, cooperative, ids, LIB, openWithDirectory } from './fixtures.ts';

const block = (overrides: Partial<BlockRecord> = {}): BlockRecord => ({
  id: 'block_1',
  cooperativeId: COOP,
  libraryId: LIB,
  scope: 'cooperative',
  status: 'pending',
  browserHash: 'browser-hash',
  address: 'subnet',
  addressHash: 'subnet-hash',
  reason: 'Abuse',
  chatId: ids.chat('c_1'),
  createdBy: ids.responder('r_1'),
  createdAt: 1_000,
  expiresAt: 10_000,
  decidedBy: null,
  decidedAt: null,
  ...overrides,
});

/**
 * The block list on every adapter: one salt per cooperative, blocks matched by any of their
 * hashes until they expire or are lifted, the keys kept on chats, and each library's IP mode.
 *
 * @example
 * blockContract(() => openNodeSqlite(':memory:'));
 */
export function blockContract(open: () => SqlDatabase): void {
  describe('block store', () => {
    it('mints a cooperative\u2019s salt once and keeps it', () => {
      const { blocks } = openWithDirectory(open);
      expect(blocks.salt(COOP, () => 'first')).toBe('first');
      expect(blocks.salt(COOP, () => 'second')).toBe('first');
    });

    it('keeps the salt in the database, not only in the store that minted it', () => {
      const db = open();
      createStores(db).directory.insertCooperative(cooperative());
      expect(createSqlBlockStore(db).salt(COOP, () => 'first')).toBe('first');
      expect(createSqlBlockStore(db).salt(COOP, () => 'second')).toBe('first');
    });

    it('matches blocks by browser or address hash until they expire or are lifted', () => {
      const { blocks } = openWithDirectory(open);
      blocks.insertBlock(block());
      blocks.insertBlock(block({ id: 'block_2', browserHash: null, addressHash: 'other' }));
      expect(blocks.block('block_1')).toEqual(block());
      expect(blocks.blocksMatching(COOP, ['browser-hash'], 5_000).map((b) => b.id)).toEqual([
        'block_1',
      ]);
      expect(blocks.blocksMatching(COOP, ['subnet-hash'], 5_000)).toHaveLength(1);
      expect(blocks.blocksMatching(COOP, ['browser-hash'], 10_000)).toEqual([]);
      expect(blocks.blocksMatching(COOP, [], 5_000)).toEqual([]);
      blocks.updateBlock(
        block({ status: 'lifted', decidedBy: ids.responder('r_2'), decidedAt: 2 }),
      );
      expect(blocks.blocksMatching(COOP, ['browser-hash'], 5_000)).toEqual([]);
      expect(blocks.currentBlocks(COOP, 5_000).map((b) => b.id)).toEqual(['block_2']);
    });

    it('keeps the keys of a chat and each library\u2019s IP mode', () => {
      const { room, blocks } = openWithDirectory(open);
      room.insertChat(chat());
      expect(blocks.chatKeys(ids.chat('c_1'))).toEqual({ browserHash: null, patronAddress: null });
      blocks.tagChat(ids.chat('c_1'), 'hash', '192.0.2.0/24');
      expect(blocks.chatKeys(ids.chat('c_1'))).toEqual({
        browserHash: 'hash',
        patronAddress: '192.0.2.0/24',
      });
      expect(blocks.ipMode(LIB)).toBe('none');
      blocks.setIpMode(LIB, 'subnet');
      expect(blocks.ipMode(LIB)).toBe('subnet');
    });
  });
}
