import {
  BlockAddressSchema,
  BlockScopeSchema,
  BlockStatusSchema,
  type ChatId,
  type CooperativeId,
  DEFAULT_RETENTION,
  IpModeSchema,
  type LibraryId,
  type ResponderId,
} from '@refdesk/protocol';
import type { BlockRecord, BlockStore } from '../core/ports/index.ts';
import { createRowReader } from './row-reader.ts';
import type { SqlDatabase, SqlRow } from './sql.ts';

const COLUMNS = `id, cooperative_id, library_id, scope, status, browser_hash, address, address_hash,
  reason, chat_id, created_by, created_at, expires_at, decided_by, decided_at`;

/**
 * The block list over SQL, the cooperative's salt, and the salted keys kept on each chat.
 *
 * @example
 * const blocks = createSqlBlockStore(db);
 * blocks.blocksMatching(cooperativeId, [browserHash], now);
 */
export function createSqlBlockStore(db: SqlDatabase): BlockStore {
  const values = (b: BlockRecord) => [
    b.cooperativeId,
    b.libraryId,
    b.scope,
    b.status,
    b.browserHash,
    b.address,
    b.addressHash,
    b.reason,
    b.chatId,
    b.createdBy,
    b.createdAt,
    b.expiresAt,
    b.decidedBy,
    b.decidedAt,
  ];
  const salts = new Map<string, string>();
  return {
    salt(cooperativeId, mint) {
      // A salt is minted once and never changes: read it from SQL once per cooperative, not at
      // every patron's hello.
      const known = salts.get(cooperativeId);
      if (known !== undefined) return known;
      const read = () =>
        db.get<{ salt: string }>(
          'SELECT salt FROM block_salts WHERE cooperative_id = ?',
          cooperativeId,
        )?.salt;
      if (read() === undefined) {
        db.run(
          'INSERT INTO block_salts (cooperative_id, salt) VALUES (?, ?) ON CONFLICT DO NOTHING',
          cooperativeId,
          mint(),
        );
      }
      const salt = String(read());
      salts.set(cooperativeId, salt);
      return salt;
    },
    insertBlock(block) {
      db.run(
        `INSERT INTO patron_blocks (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        block.id,
        ...values(block),
      );
    },
    block(id) {
      const row = db.get(`SELECT ${COLUMNS} FROM patron_blocks WHERE id = ?`, id);
      return row && blockFromRow(row);
    },
    updateBlock(block) {
      db.run(
        `UPDATE patron_blocks SET cooperative_id = ?, library_id = ?, scope = ?, status = ?,
         browser_hash = ?, address = ?, address_hash = ?, reason = ?, chat_id = ?, created_by = ?,
         created_at = ?, expires_at = ?, decided_by = ?, decided_at = ? WHERE id = ?`,
        ...values(block),
        block.id,
      );
    },
    currentBlocks: (cooperativeId, now) =>
      db
        .all(
          `SELECT ${COLUMNS} FROM patron_blocks WHERE cooperative_id = ? AND expires_at > ?
           AND status != 'lifted' ORDER BY created_at DESC, id LIMIT 500`,
          cooperativeId,
          now,
        )
        .map(blockFromRow),
    blocksMatching(cooperativeId, hashes, now) {
      if (hashes.length === 0) return [];
      const list = hashes.map(() => '?').join(', ');
      return db
        .all(
          `SELECT ${COLUMNS} FROM patron_blocks WHERE cooperative_id = ? AND expires_at > ?
           AND status != 'lifted' AND (browser_hash IN (${list}) OR address_hash IN (${list}))`,
          cooperativeId,
          now,
          ...hashes,
          ...hashes,
        )
        .map(blockFromRow);
    },
    tagChat(chatId, browserHash, patronAddress) {
      db.run(
        'UPDATE chats SET browser_hash = ?, patron_address = ? WHERE id = ?',
        browserHash,
        patronAddress,
        chatId,
      );
    },
    ipMode(libraryId) {
      const row = db.get(
        'SELECT library_id, ip_mode FROM retention_settings WHERE library_id = ?',
        libraryId,
      );
      return row
        ? createRowReader('retention_settings', row, ['library_id']).parse('ip_mode', IpModeSchema)
        : 'none';
    },
    setIpMode(libraryId, mode) {
      db.run(
        `INSERT INTO retention_settings (library_id, identifier_days, transcript_days, redact_messages, ip_mode)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (library_id) DO UPDATE SET ip_mode = excluded.ip_mode`,
        libraryId,
        DEFAULT_RETENTION.identifierDays,
        DEFAULT_RETENTION.transcriptDays,
        DEFAULT_RETENTION.redactMessages ? 1 : 0,
        mode,
      );
    },
    chatKeys(chatId) {
      const row = db.get('SELECT id, browser_hash, patron_address FROM chats WHERE id = ?', chatId);
      if (!row) return undefined;
      const r = createRowReader('chats', row, ['id']);
      return {
        browserHash: r.nullableText('browser_hash'),
        patronAddress: r.nullableText('patron_address'),
      };
    },
  };
}

function blockFromRow(row: SqlRow): BlockRecord {
  const r = createRowReader('patron_blocks', row, ['id']);
  return {
    id: r.text('id'),
    cooperativeId: r.text<CooperativeId>('cooperative_id'),
    libraryId: r.text<LibraryId>('library_id'),
    scope: r.parse('scope', BlockScopeSchema),
    status: r.parse('status', BlockStatusSchema),
    browserHash: r.nullableText('browser_hash'),
    address: r.parse('address', BlockAddressSchema),
    addressHash: r.nullableText('address_hash'),
    reason: r.text('reason'),
    chatId: r.nullableText<ChatId>('chat_id'),
    createdBy: r.text<ResponderId>('created_by'),
    createdAt: r.number('created_at'),
    expiresAt: r.number('expires_at'),
    decidedBy: r.nullableText<ResponderId>('decided_by'),
    decidedAt: r.nullableNumber('decided_at'),
  };
}
