import type { LibraryId, ResponderServerFrame } from '@refdesk/protocol';
import { libraryRef } from './frames.ts';
import type { RoomContext } from './room-context.ts';
import { responderOf } from './routing-snapshot.ts';

type CoveredChats = Extract<ResponderServerFrame, { type: 'covered_chats' }>;

/** Chats of a library's patrons that a responder of another library is answering now. */
export function coveredChatsFrame(ctx: RoomContext, libraryId: LibraryId): CoveredChats {
  const chats: CoveredChats['chats'] = [];
  for (const chat of ctx.chats.values()) {
    const record = chat.record;
    if (record.libraryId !== libraryId || record.state !== 'active' || !record.responderId)
      continue;
    const live = ctx.responders.get(record.responderId);
    const responder = live ? responderOf(ctx, live) : ctx.directory.responder(record.responderId);
    if (!responder || responder.libraryId === libraryId) continue;
    chats.push({
      chatId: record.id,
      question: record.question,
      responderName: responder.displayName,
      responderLibrary: libraryRef(ctx, responder.libraryId),
      since: record.assignedAt ?? record.createdAt,
    });
  }
  return { type: 'covered_chats', chats };
}

/** Tells the home library's connected responders which of its patrons others are helping. */
export function updateCoveredChats(ctx: RoomContext, libraryId: LibraryId): void {
  let frame: CoveredChats | undefined;
  for (const live of ctx.responders.values()) {
    if (live.peers.size === 0) continue;
    if (responderOf(ctx, live)?.libraryId !== libraryId) continue;
    frame ??= coveredChatsFrame(ctx, libraryId);
    for (const peer of live.peers) peer.send(frame);
  }
}
