import type { Millis } from '../model.ts';
import { nextCoverageBoundary } from '../routing/next-coverage-boundary.ts';
import { nextClosureBoundary } from '../schedules/closures.ts';
import type { RoomContext } from './room-context.ts';
import { type BoundarySource, DAY_MS } from './room-scheduler.ts';
import { refreshOffers } from './routing-engine.ts';

/**
 * The room's coverage hours as a scheduler source: the next instant a window of any library of
 * the cooperative opens or closes, while a chat is queued (only queued chats are offered by
 * coverage; with none, no timer is kept, so an idle Durable Object can hibernate). At a boundary
 * the room routes again: chats waiting outside hours are offered, offers whose window closed are
 * withdrawn. A closure (core/schedules/) starting or ending is a boundary too. The boundary is computed once and kept until it passes, for a day at most, or until
 * the configuration changes (`reset`).
 *
 * @example
 * ctx.scheduler.register(createCoverageBoundaries(ctx));
 */
export function createCoverageBoundaries(ctx: RoomContext): BoundarySource {
  let known: { at: Millis | undefined; until: Millis } | undefined;
  return {
    next(now) {
      if (!hasQueuedChat(ctx)) return undefined;
      if (!known || now >= known.until) {
        const at = earliestBoundary(ctx, now);
        known = { at, until: Math.min(at ?? Number.POSITIVE_INFINITY, now + DAY_MS) };
      }
      return known.at;
    },
    due: () => refreshOffers(ctx),
    reset() {
      known = undefined;
    },
  };
}

function hasQueuedChat(ctx: RoomContext): boolean {
  for (const chat of ctx.chats.values()) if (chat.record.state === 'queued') return true;
  return false;
}

function earliestBoundary(ctx: RoomContext, now: Millis): Millis | undefined {
  let earliest = nextClosureBoundary(
    ctx.schedules.closuresEndingAfter(ctx.cooperative.id, now),
    now,
  );
  for (const library of ctx.directory.librariesOf(ctx.cooperative.id)) {
    let at: Millis | undefined;
    try {
      at = nextCoverageBoundary(library.settings.coverage, library.timezone, now);
    } catch {
      // A time zone this runtime cannot read is that library's problem (its own chats' routing
      // reports it); it must not stop the timer for every other library of the cooperative.
      continue;
    }
    if (at !== undefined && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest;
}
