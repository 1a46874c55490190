import type { ResponderStatus } from '@refdesk/protocol';
import { recordEvent } from './events.ts';
import type { LiveResponder } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/**
 * Stores a responder's status as an event for the hours-staffed report: their chosen status while
 * a socket is open, `offline` once the last one closed (docs/reports.md).
 */
export function recordStatusEvent(
  ctx: RoomContext,
  live: LiveResponder,
  status: ResponderStatus | 'offline',
): void {
  const libraryId = live.profile?.libraryId ?? ctx.directory.responder(live.id)?.libraryId ?? null;
  recordEvent(ctx, 'status_changed', null, live.id, { status, libraryId });
}
