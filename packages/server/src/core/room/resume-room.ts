import type { ChatId, LibraryId, ResumeToken } from '@refdesk/protocol';
import type { Responder } from '../model.ts';
import type { LiveChat, PatronPeer, PatronSession, ResponderPeer } from './live-state.ts';
import { loadLiveChats } from './load-live-chats.ts';
import { armGraceTimer, liveResponder, touchResponder } from './responder-session.ts';
import type { RoomContext } from './room-context.ts';
import { refreshOffers } from './routing-engine.ts';

/** A patron socket that stayed open while the room's memory was dropped, as the runtime kept it. */
export interface RestoredPatron {
  peer: PatronPeer;
  libraryId: LibraryId;
  resumeToken: ResumeToken;
  chatId: ChatId | null;
  practice: boolean;
  pageUrl: string | null;
  clientAddress?: string | null | undefined;
  locale?: string | null | undefined;
}

/** A responder socket that stayed open while the room's memory was dropped. */
export interface RestoredResponder {
  peer: ResponderPeer;
  responder: Responder;
}

export interface RestoredSockets {
  responders: RestoredResponder[];
  patrons: RestoredPatron[];
}

/** Hears what a restored responder already heard before the room slept. */
const ALREADY_TOLD: ResponderPeer = { send: () => undefined, close: () => undefined };

/**
 * Rebuilds a room whose sockets outlived its memory (a hibernated Durable Object woken by a frame):
 * live chats from storage, then every socket re-attached without a new welcome. Routing is
 * recomputed with the restored responders online but without re-sending offers or queue positions:
 * each socket heard them before the object slept, and nothing changed meanwhile, since the room is
 * the only writer of its cooperative (the event log does record the recomputed offers again).
 * Returns the patron sessions in the order given.
 *
 * @example
 * const sessions = resumeRoom(ctx, patronGone, { responders, patrons });
 */
export function resumeRoom(
  ctx: RoomContext,
  onPatronGone: (chat: LiveChat) => void,
  sockets: RestoredSockets,
): PatronSession[] {
  const restored = sockets.responders.map(({ responder }) => {
    const live = liveResponder(ctx, responder.id);
    live.profile = responder;
    return live;
  });
  for (const live of restored) live.peers.add(ALREADY_TOLD);
  loadLiveChats(ctx, onPatronGone);
  refreshOffers(ctx);
  for (const live of restored) live.peers.delete(ALREADY_TOLD);
  for (const { peer, responder } of sockets.responders) {
    const live = liveResponder(ctx, responder.id);
    live.peers.add(peer);
    touchResponder(ctx, live);
  }
  for (const live of ctx.responders.values()) {
    if (live.peers.size === 0) armGraceTimer(ctx, live);
  }
  return sockets.patrons.map((patron) => attachRestoredPatron(ctx, patron));
}

function attachRestoredPatron(ctx: RoomContext, restored: RestoredPatron): PatronSession {
  const { peer, libraryId, resumeToken, chatId, practice, pageUrl } = restored;
  const session: PatronSession = {
    peer,
    libraryId,
    resumeToken,
    chatId,
    practice,
    pageUrl,
    clientAddress: restored.clientAddress ?? null,
    locale: restored.locale ?? null,
    budgetKey: `session-${++ctx.sessionsOpened}`,
  };
  const chat = chatId ? ctx.chats.get(chatId) : undefined;
  if (chat) {
    chat.patrons.add(session);
    // The patron never left, so the chat is not waiting for a resume.
    if (chat.patronGoneTimer !== undefined) ctx.clock.clearTimeout(chat.patronGoneTimer);
    chat.patronGoneTimer = undefined;
  }
  return session;
}
