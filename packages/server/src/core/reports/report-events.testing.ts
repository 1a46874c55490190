import type { ChatEventKind, Millis } from '../model.ts';
import type { ReportEvent, ReportLibrary } from './chat-facts.ts';
import type { ReportResponder } from './hours-staffed-report.ts';

/** Hand-built event streams for report tests: one chat's life in a few calls. */
export function eventStream() {
  const events: ReportEvent[] = [];
  const push = (
    chatId: string | null,
    kind: ChatEventKind,
    at: Millis,
    actorId: string | null = null,
    data: Record<string, unknown> = {},
  ) => {
    events.push({ chatId, kind, actorId, data, at, chatLibraryId: null });
  };
  return {
    events,
    queued: (chatId: string, libraryId: string, at: Millis, practice = false) =>
      push(chatId, 'queued', at, null, { practice, libraryId }),
    accepted: (chatId: string, responderId: string, libraryId: string, at: Millis) =>
      push(chatId, 'accepted', at, responderId, { libraryId }),
    rolledUp: (chatId: string, to: 'group' | 'cooperative', at: Millis) =>
      push(chatId, 'rolled_up', at, null, { to }),
    offline: (chatId: string, at: Millis) => push(chatId, 'offline', at),
    ended: (chatId: string, at: Millis, reason: string, outcome: string | null = null) =>
      push(chatId, 'ended', at, null, { reason, outcome }),
    status: (responderId: string, status: string, at: Millis) =>
      push(null, 'status_changed', at, responderId, { status }),
  };
}

/** Springfield and Shelbyville share a group; Ogdenville is elsewhere in the cooperative. */
export const LIBRARIES: ReadonlyMap<string, ReportLibrary> = new Map([
  ['spr', { id: 'spr', name: 'Springfield', groupId: 'g1' }],
  ['shb', { id: 'shb', name: 'Shelbyville', groupId: 'g1' }],
  ['ogd', { id: 'ogd', name: 'Ogdenville', groupId: null }],
]);

export const RESPONDERS: ReadonlyMap<string, ReportResponder> = new Map([
  ['lisa', { id: 'lisa', name: 'Lisa', libraryId: 'spr' }],
  ['milhouse', { id: 'milhouse', name: 'Milhouse', libraryId: 'shb' }],
  ['otto', { id: 'otto', name: 'Otto', libraryId: 'ogd' }],
]);
