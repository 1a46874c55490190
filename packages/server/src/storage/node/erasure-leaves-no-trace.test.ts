import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseBytes } from '../../../test/support/database-files.ts';
import { erasePatron } from '../../core/privacy/patron-requests.ts';
import { chat, ids, library, message, openWithDirectory } from '../contract/fixtures.ts';
import { openNodeSqlite } from './sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'refdesk-erasure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EMAIL = 'zebra.patron@example.org';
const SECRETS = [
  EMAIL,
  'Zebra Okonkwo',
  'quagga census of 1911',
  'my card is 4111',
  // What the IP mode kept of the address, and the salted hash of the widget's browser id.
  '198.51.100.23',
  'zebrabrowserhash',
];

describe('erasing a patron', () => {
  it('leaves none of their text or identifiers in the database file or its WAL after a checkpoint', () => {
    const path = join(dir, 'refdesk.sqlite');
    const db = openNodeSqlite(path);
    const stores = openWithDirectory(() => db);
    const chatId = ids.chat('c_zebra');
    stores.room.insertChat(
      chat({
        id: chatId,
        state: 'ended',
        endedAt: 5_000,
        question: 'quagga census of 1911',
        patronName: 'Zebra Okonkwo',
        patronEmail: EMAIL,
        pageUrl: 'https://lib-a.example/?patron=zebra.patron@example.org',
      }),
    );
    stores.room.insertMessage(
      message({ chatId, text: 'quagga census of 1911', displayName: 'Zebra Okonkwo' }),
    );
    stores.room.insertMessage(
      message({
        chatId,
        seq: 2,
        id: ids.message('m_2'),
        clientMessageId: ids.clientMessage('cm_2'),
        text: 'my card is 4111 1111 1111 1111',
      }),
    );
    stores.blocks.tagChat(chatId, 'zebrabrowserhash', '198.51.100.23');
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    // The test can fail: before the erasure, every secret is in the file.
    const before = databaseBytes(path);
    for (const secret of SECRETS) expect(before).toContain(secret);

    const result = erasePatron(stores.privacy, library(), { email: EMAIL }, 9_000);
    expect(result).toMatchObject({ chats: 1, messages: 2 });
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const after = databaseBytes(path);
    for (const secret of SECRETS) expect(after).not.toContain(secret);
    db.close();
  });
});
