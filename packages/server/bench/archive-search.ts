// The transcript archive at scale: 100,000 chats (400,000 messages) in node:sqlite, then the
// median time of typical archive queries. Prints figures; asserts nothing (run `pnpm bench:archive`).
import type { ChatId, CooperativeId, LibraryId, MessageId, ResponderId } from '@refdesk/protocol';
import type { ArchiveFilter } from '../src/core/ports/index.ts';
import { openNodeSqlite } from '../src/storage/node/sqlite.ts';
import { createStores } from '../src/storage/open-storage.ts';

const CHATS = Number(process.env.ARCHIVE_CHATS ?? 100_000);
const WORDS = [
  'renew',
  'census',
  'genealogy',
  'database',
  'hours',
  'parking',
  'printing',
  'card',
  'fines',
  'ebook',
  'microfilm',
  'newspaper',
  'tax',
  'forms',
  'wifi',
  'room',
];
const LIBRARIES = ['springfield', 'shelbyville', 'ogdenville', 'capital-city', 'north-haverbrook'];
const cooperativeId = 'bench-coop' as CooperativeId;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

const stores = createStores(openNodeSqlite(':memory:'));
const started = performance.now();
const day = 86_400_000;
stores.db.transaction(() => {
  for (let i = 0; i < CHATS; i += 1) {
    const id = `chat_${i}` as ChatId;
    const libraryId = pick(LIBRARIES) as LibraryId;
    const responderId = `r_${Math.floor(random() * 70)}` as ResponderId;
    const at = Date.UTC(2026, 0, 1) + Math.floor((i / CHATS) * 330 * day);
    stores.room.insertChat({
      id,
      cooperativeId,
      libraryId,
      state: 'ended',
      tier: pick(['local', 'group', 'cooperative'] as const),
      practice: random() < 0.02,
      question: `${sentence(6)}?`,
      patronName: null,
      patronEmail: null,
      pageUrl: null,
      resumeTokenHash: `h${i}`,
      createdAt: at,
      waitingSince: at,
      responderId,
      assignedAt: at,
      endedAt: at + 600_000,
      endReason: 'responder_ended',
      outcome: pick(['answered', 'referred', 'lost'] as const),
      lastSeq: 4,
      patronSeenAt: at,
    });
    for (let seq = 1; seq <= 4; seq += 1) {
      stores.room.insertMessage({
        chatId: id,
        seq,
        id: `${id}_${seq}` as MessageId,
        authorRole: seq % 2 ? 'patron' : 'responder',
        authorId: null,
        displayName: 'x',
        text: sentence(12),
        internal: false,
        clientMessageId: null,
        sentAt: at + seq,
      });
    }
    if (i % 5 === 0) stores.feedback.insertSurvey(id, 1 + Math.floor(random() * 5), null, at);
  }
  for (const i of [17, 50_017, 99_017].filter((n) => n < CHATS)) {
    const chatId = `chat_${i}` as ChatId;
    stores.room.insertMessage({
      chatId,
      seq: 5,
      id: `${chatId}_5` as MessageId,
      authorRole: 'patron',
      authorId: null,
      displayName: 'x',
      text: 'and the zeppelin?',
      internal: false,
      clientMessageId: null,
      sentAt: 0,
    });
  }
});
console.log(`seeded ${CHATS} chats in ${Math.round(performance.now() - started)} ms`);

const base: ArchiveFilter = { cooperativeId, scope: { kind: 'cooperative' }, limit: 51 };
const cases: [string, ArchiveFilter][] = [
  ['newest page, no filter', base],
  [
    'own scope (library or responder)',
    {
      ...base,
      scope: {
        kind: 'own',
        libraryId: 'springfield' as LibraryId,
        responderId: 'r_3' as ResponderId,
      },
    },
  ],
  [
    'library + one month',
    { ...base, libraryId: 'shelbyville', from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 6, 1) },
  ],
  ['rating 1', { ...base, rating: 1 }],
  ['text: a rare word', { ...base, text: 'zeppelin' }],
  ['text: a common word', { ...base, text: 'census' }],
  ['text: two words + library', { ...base, text: 'genealogy microfilm', libraryId: 'springfield' }],
];
for (const [label, filter] of cases) {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < 7; run += 1) {
    const t = performance.now();
    rows = stores.archive.search(filter).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(36)} ${String(rows).padStart(3)} rows  median ${times[3]?.toFixed(1)} ms  worst ${times.at(-1)?.toFixed(1)} ms`,
  );
}
