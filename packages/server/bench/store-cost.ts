// `node packages/server/bench/store-cost.ts`: what storing one chat message costs the event loop,
// with and without a `message` event row beside it (and the savepoint around the two), on a
// Refdesk database file in group-commit mode. The two variants alternate in blocks, so drift on a
// shared machine falls on both; the main thread's CPU time is counted, not the wall clock. Prints µs per message (median of the blocks, and the spread).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COOP, chat, ids, message, openWithDirectory } from '../src/storage/contract/fixtures.ts';
import { openRefdeskDatabase } from '../src/storage/node/open-refdesk-database.ts';
import { median } from './compare.ts';

const BLOCK = 2_000;
const BLOCKS = Number(process.argv[2] ?? 10);
const folder = mkdtempSync(join(tmpdir(), 'refdesk-store-cost-'));
const db = openRefdeskDatabase(join(folder, 'refdesk.db'), {
  missing: 'create',
  durability: 'group',
});
const stores = openWithDirectory(() => db);
const room = stores.room;
const chats = Array.from({ length: 100 }, (_, n) => ids.chat(`c_${n}`));
for (const id of chats) room.insertChat(chat({ id, resumeTokenHash: `hash-${id}` }));
const seqs = new Map<string, number>();
let next = 0;

const store = (withEvent: boolean) => {
  const chatId = chats[next % chats.length] ?? ids.chat('c_0');
  const seq = (seqs.get(chatId) ?? 0) + 1;
  seqs.set(chatId, seq);
  const record = message({
    chatId,
    seq,
    id: ids.message(`m_${next}`),
    clientMessageId: ids.clientMessage(`cm_${next++}`),
    sentAt: Date.now(),
  });
  if (!withEvent) return room.insertMessage(record);
  return db.transaction(() => {
    const stored = room.insertMessage(record);
    room.appendEvent({
      cooperativeId: COOP,
      chatId,
      kind: 'message',
      actorId: null,
      data: { seq, role: 'patron', internal: false },
      at: record.sentAt,
    });
    return stored;
  });
};

const timings: Record<'with' | 'without', number[]> = { with: [], without: [] };
for (let block = 0; block < BLOCKS * 2; block++) {
  const variant = block % 2 === 0 ? 'with' : 'without';
  let busy = 0;
  for (let n = 0; n < BLOCK; n += 50) {
    // A group of 50 messages per commit, as a busy turn of the server gathers; the time on the
    // event loop counts (statements and the COMMIT), the fdatasync on libuv's pool does not.
    const started = process.threadCpuUsage();
    for (let k = 0; k < 50; k++) store(variant === 'with');
    const syncing = db.sync();
    const used = process.threadCpuUsage(started);
    busy += (used.user + used.system) / 1000;
    await syncing;
  }
  timings[variant].push((busy * 1000) / BLOCK);
}
db.close();
rmSync(folder, { recursive: true, force: true });
for (const variant of ['with', 'without'] as const) {
  const values = timings[variant];
  console.log(
    `${variant} the message event: ${median(values).toFixed(1)} µs/message (${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}), of the main thread's CPU (statements + COMMIT)`,
  );
}
