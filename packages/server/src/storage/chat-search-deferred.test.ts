import { describe, expect, it } from 'vitest';
import { chat, ids, message, openWithDirectory } from './contract/fixtures.ts';
import { openNodeSqlite } from './node/sqlite.ts';

const found = (stores: ReturnType<typeof openWithDirectory>, word: string) =>
  stores.db.get<{ n: number }>(
    'SELECT count(*) AS n FROM chat_search WHERE chat_search MATCH ?',
    word,
  )?.n;

describe('the archive index (migration 17)', () => {
  it('indexes a live chat by its question and takes its messages in one rewrite when it ends', () => {
    const stores = openWithDirectory(() => openNodeSqlite(':memory:'));
    const live = chat({ state: 'active' });
    stores.room.insertChat(live);
    stores.room.insertMessage(message({ text: 'Try the microfilm of the Gazette' }));
    expect([found(stores, 'census'), found(stores, 'microfilm')]).toEqual([1, 0]);
    stores.room.updateChat({ ...live, state: 'ended', endedAt: 9_000 });
    expect([found(stores, 'census'), found(stores, 'microfilm')]).toEqual([1, 1]);
  });

  it('indexes a message stored in a chat that has already ended at once', () => {
    const stores = openWithDirectory(() => openNodeSqlite(':memory:'));
    stores.room.insertChat(chat({ state: 'ended', endedAt: 9_000 }));
    stores.room.insertMessage(
      message({ id: ids.message('m_late'), text: 'A late genealogy note' }),
    );
    expect(found(stores, 'genealogy')).toBe(1);
  });
});
