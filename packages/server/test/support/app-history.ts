import type { ChatId, FollowUpId, LibraryId, ResponderId } from '@refdesk/protocol';
import type { ChatRecord, Millis } from '../../src/core/model.ts';
import type { Stores } from '../../src/storage/open-storage.ts';

const DAY = 86_400_000;
const springfield = 'springfield' as LibraryId;
const shelbyville = 'shelbyville' as LibraryId;
const ana = 'demo-ana' as ResponderId;
const ben = 'demo-ben' as ResponderId;

/** The patron of the Springfield chats, who writes their email in another case each time. */
export const PATRON_EMAIL = 'pat@example.org';

/**
 * A little history on top of the demo seed. Pat of Springfield chatted three times: two days ago
 * with Ana, yesterday with Ben (covering), and now with Ben again. Ben also answered a
 * Shelbyville patron. Springfield and Shelbyville each have an open follow-up, and Ana has a
 * personal script.
 *
 * @example
 * const seed = seedHistory(stores, clock.now());
 * await ben.get(`/api/chats/${seed.chats.byAna}`); // 403
 */
export function seedHistory(stores: Stores, now: Millis) {
  const chats = {
    byAna: chat(stores, 'chat_by_ana', springfield, ana, now - 2 * DAY, {
      patronEmail: PATRON_EMAIL,
      question: 'Do you have the 1911 city directory?',
    }),
    coveredByBen: chat(stores, 'chat_covered', springfield, ben, now - DAY, {
      patronEmail: 'Pat@Example.org',
      question: 'How do I get into the genealogy database?',
    }),
    current: chat(stores, 'chat_current', springfield, ben, now - 60_000, {
      patronEmail: 'PAT@example.org',
      question: 'Can I renew my books online?',
      state: 'active',
      endedAt: null,
      endReason: null,
      outcome: null,
    }),
    atShelbyville: chat(stores, 'chat_shelbyville', shelbyville, ben, now - DAY, {
      patronEmail: 'sam@example.org',
      question: 'Is the Shelbyville branch open on Sunday?',
    }),
  };
  const followUps = {
    springfield: followUp(stores, 'fu_springfield', springfield, now - DAY, null),
    shelbyville: followUp(stores, 'fu_shelbyville', shelbyville, now - DAY, chats.atShelbyville),
  };
  const anaScript = 'script_ana_personal';
  stores.scripts.saveScript({
    id: anaScript,
    cooperativeId: 'demo-public' as ChatRecord['cooperativeId'],
    scope: 'personal',
    libraryId: null,
    groupId: null,
    responderId: ana,
    title: 'My sign-off',
    text: 'Happy reading! Ana',
  });
  return { chats, followUps, scripts: { anaPersonal: anaScript } };
}

function chat(
  stores: Stores,
  id: string,
  libraryId: LibraryId,
  responderId: ResponderId,
  at: Millis,
  overrides: Partial<ChatRecord>,
): ChatId {
  const record: ChatRecord = {
    id: id as ChatId,
    cooperativeId: 'demo-public' as ChatRecord['cooperativeId'],
    libraryId,
    state: 'ended',
    tier: libraryId === springfield && responderId === ben ? 'cooperative' : 'local',
    practice: false,
    question: 'Hello?',
    patronName: 'Pat',
    patronEmail: null,
    pageUrl: `https://${libraryId}.example/catalogue`,
    resumeTokenHash: `resume-${id}`,
    createdAt: at,
    waitingSince: at,
    responderId,
    assignedAt: at + 10_000,
    endedAt: at + 600_000,
    endReason: 'responder_ended',
    outcome: 'answered',
    lastSeq: 3,
    patronSeenAt: at + 600_000,
    ...overrides,
  };
  stores.room.insertChat(record);
  const name = responderId === ana ? 'Ana Alvarez' : 'Ben Brooks';
  const lines: [role: 'patron' | 'responder', text: string, internal: boolean][] = [
    ['patron', record.question, false],
    ['responder', `Let me look that up for you. (${id})`, false],
    ['responder', `Internal: patron card expired (${id})`, true],
  ];
  lines.forEach(([role, text, internal], index) => {
    stores.room.insertMessage({
      chatId: record.id,
      seq: index + 1,
      id: `${id}_m${index + 1}` as never,
      authorRole: role,
      authorId: role === 'patron' ? null : responderId,
      displayName: role === 'patron' ? 'Pat' : name,
      text,
      internal,
      clientMessageId: null,
      sentAt: at + (index + 1) * 20_000,
    });
  });
  return record.id;
}

function followUp(
  stores: Stores,
  id: string,
  libraryId: LibraryId,
  at: Millis,
  chatId: ChatId | null,
): FollowUpId {
  stores.followUps.insertFollowUp({
    id: id as FollowUpId,
    libraryId,
    source: chatId ? 'chat' : 'offline_question',
    chatId,
    question: chatId
      ? 'Is the Shelbyville branch open on Sunday?\n\nNote from Ben Brooks: check the holiday hours first'
      : 'Can you find the 1911 city directory for me?',
    patronName: 'Pat',
    contactEmail: chatId ? 'sam@example.org' : PATRON_EMAIL,
    deadline: '2026-12-04',
    status: 'open',
    claimedBy: null,
    createdBy: chatId ? ben : null,
    createdAt: at,
  });
  return id as FollowUpId;
}
