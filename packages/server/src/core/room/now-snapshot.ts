import type {
  LibraryId,
  LibraryRef,
  NowActive,
  NowResponder,
  NowWaiting,
  ResponderId,
} from '@refdesk/protocol';
import type { RoomContext } from './room-context.ts';

/** The room's part of the "Now" board: who is online, who waits, who is being answered. */
export interface NowSnapshot {
  responders: NowResponder[];
  waiting: NowWaiting[];
  active: NowActive[];
}

/**
 * A read-only copy of the room's live state, limited to one library when `scope` is given (its
 * own responders; chats of its patrons or answered by its responders). Builds new objects only:
 * the caller can never reach the room's memory through it.
 *
 * @example
 * const board = nowSnapshot(ctx, null); // the whole cooperative
 */
export function nowSnapshot(ctx: RoomContext, scope: LibraryId | null): NowSnapshot {
  const ref = (id: LibraryId): LibraryRef => ({ id, name: ctx.directory.library(id)?.name ?? id });
  const inScope = (id: LibraryId | undefined) => scope === null || id === scope;
  const responders: NowResponder[] = [];
  const names = new Map<string, { name: string; libraryId: LibraryId }>();
  for (const live of ctx.responders.values()) {
    const profile = live.profile ?? ctx.directory.responder(live.id);
    if (!profile) continue;
    names.set(live.id, { name: profile.displayName, libraryId: profile.libraryId });
    if (!inScope(profile.libraryId)) continue;
    responders.push({
      id: live.id,
      displayName: profile.displayName,
      library: ref(profile.libraryId),
      status: live.status,
      chats: live.chats.size,
      maxChats: profile.maxChats,
      connected: live.peers.size > 0,
    });
  }
  const waiting: NowWaiting[] = [];
  const active: NowActive[] = [];
  for (const { record, offeredTo } of ctx.chats.values()) {
    if (record.state === 'queued' && inScope(record.libraryId)) {
      waiting.push({
        chatId: record.id,
        library: ref(record.libraryId),
        tier: record.tier,
        waitingSince: record.waitingSince,
        offers: offeredTo.size,
        practice: record.practice,
      });
    } else if (record.state === 'active' && record.responderId) {
      const responder = names.get(record.responderId) ?? directoryName(ctx, record.responderId);
      if (!inScope(record.libraryId) && !inScope(responder?.libraryId)) continue;
      active.push({
        chatId: record.id,
        library: ref(record.libraryId),
        responderName: responder?.name ?? 'Someone',
        responderLibrary: ref(responder?.libraryId ?? record.libraryId),
        since: record.assignedAt ?? record.createdAt,
        practice: record.practice,
      });
    }
  }
  waiting.sort((a, b) => a.waitingSince - b.waitingSince);
  active.sort((a, b) => a.library.name.localeCompare(b.library.name) || a.since - b.since);
  responders.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { responders, waiting, active };
}

function directoryName(ctx: RoomContext, id: ResponderId) {
  const responder = ctx.directory.responder(id);
  return responder && { name: responder.displayName, libraryId: responder.libraryId };
}
