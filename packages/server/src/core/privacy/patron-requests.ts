import type { ErasureResult } from '@refdesk/protocol';
import type { Library, Millis } from '../model.ts';
import type { PatronChatSummary, PatronLookup, PrivacyStore, RoomStore } from '../ports/index.ts';

/** One exported file: its name, type and body. */
export interface PatronExport {
  filename: string;
  contentType: string;
  body: string;
}

/**
 * The patron's chats at a library, as a file for them: every message they could see (internal
 * notes are the staff's, not the patron's), in JSON or plain text.
 *
 * @example
 * const file = exportPatronChats(room, library, chats, 'text', now);
 */
export function exportPatronChats(
  room: Pick<RoomStore, 'messagesAfter'>,
  library: Library,
  chats: readonly PatronChatSummary[],
  format: 'json' | 'text',
  now: Millis,
): PatronExport {
  const full = chats.map((chat) => ({
    id: chat.id,
    startedAt: new Date(chat.createdAt).toISOString(),
    endedAt: chat.endedAt === null ? null : new Date(chat.endedAt).toISOString(),
    name: chat.patronName,
    email: chat.patronEmail,
    messages: room.messagesAfter(chat.id, 0, false).map((message) => ({
      at: new Date(message.sentAt).toISOString(),
      from: message.displayName,
      text: message.text,
    })),
  }));
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'json') {
    const body = JSON.stringify(
      { library: library.name, exportedAt: new Date(now).toISOString(), chats: full },
      null,
      2,
    );
    return { filename: `chats-${library.id}-${day}.json`, contentType: 'application/json', body };
  }
  const lines = [`Your chats with ${library.name}, exported ${day}`, ''];
  for (const chat of full) {
    lines.push(`Chat ${chat.id}, ${chat.startedAt}${chat.endedAt ? ` to ${chat.endedAt}` : ''}`);
    for (const message of chat.messages)
      lines.push(`[${message.at}] ${message.from}: ${message.text}`);
    lines.push('');
  }
  return {
    filename: `chats-${library.id}-${day}.txt`,
    contentType: 'text/plain; charset=utf-8',
    body: lines.join('\n'),
  };
}

/**
 * Erases a patron's chats at a library: their messages, question, name, email, page and survey
 * comment, in one transaction; with an email, their follow-ups there too. The chats' rows and
 * events stay, with no personal data, so the reports do not change.
 *
 * @example
 * const { chats } = erasePatron(privacy, library, { email: 'pat@example.org' }, clock.now());
 */
export function erasePatron(
  privacy: PrivacyStore,
  library: Library,
  query: PatronLookup,
  at: Millis,
): ErasureResult {
  return privacy.transaction(() => {
    // A live chat is the room's: it would write its fields back. Erase it once it has ended.
    const chats = privacy.patronChats(library.id, query).filter((chat) => chat.endedAt !== null);
    let messages = 0;
    for (const chat of chats) messages += privacy.removeTranscript(chat.id, at);
    const followUps = query.email ? privacy.eraseFollowUps(library.id, query.email, at) : 0;
    return { chats: chats.length, messages, followUps };
  });
}
