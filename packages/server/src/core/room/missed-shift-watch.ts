import type { ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import { cooperativeOccurrences } from '../schedules/cooperative-occurrences.ts';
import { missedShiftEmails } from '../schedules/missed-shift-notice.ts';
import type { MissedShiftRecord, ShiftOccurrence } from '../schedules/schedule-records.ts';
import type { RoomContext } from './room-context.ts';
import { type BoundarySource, DAY_MS } from './room-scheduler.ts';

/**
 * Missed shifts as a scheduler source: at each shift's start plus the grace period (10 minutes by
 * default), a librarian not online (connected, in Local or Cooperative status) is recorded as
 * having missed it, owed as a make-up, and the library's admins and backup librarians are emailed
 * (the console lists it for the admins). Claims and swaps count: whoever holds the occurrence
 * then is the one expected. Only check times after the room started count, so a
 * restart never records a miss it did not see. Occurrences are read for a day at a time and
 * again when the configuration changes (`reset`: a shift booked or removed, a closure).
 *
 * @example
 * ctx.scheduler.register(createMissedShiftWatch(ctx));
 */
export function createMissedShiftWatch(ctx: RoomContext): BoundarySource {
  const grace = ctx.config.missedShiftGraceMs;
  let checkedUntil = ctx.clock.now();
  // `until`: when to read the occurrences again (a day on), kept as a boundary while any shift
  // is booked, so next week's shifts are seen without anything else waking the room.
  let known: { occurrences: ShiftOccurrence[]; until: Millis | undefined } | undefined;
  const upcoming = (now: Millis) => {
    if (!known || (known.until !== undefined && now >= known.until)) {
      const id = ctx.cooperative.id;
      const from = now - grace;
      const booked = ctx.schedules.shiftsOf(id).length > 0;
      known = {
        occurrences: cooperativeOccurrences(ctx.schedules, id, from, now + DAY_MS + grace),
        until: booked ? now + DAY_MS : undefined,
      };
    }
    return known;
  };
  return {
    next(now) {
      const { occurrences, until } = upcoming(now);
      let next = until;
      for (const { startsAt, endsAt } of occurrences) {
        const at = startsAt + grace;
        if (at > checkedUntil && at < endsAt && (next === undefined || at < next)) next = at;
      }
      return next;
    },
    due(now) {
      for (const { shift, startsAt, endsAt } of upcoming(now).occurrences) {
        const at = startsAt + grace;
        if (at <= checkedUntil || at > now || at >= endsAt || isOnline(ctx, shift.responderId)) {
          continue;
        }
        const missed = {
          id: ctx.ids.id('missed'),
          cooperativeId: shift.cooperativeId,
          shiftId: shift.id,
          libraryId: shift.libraryId,
          responderId: shift.responderId,
          startsAt,
          endsAt,
          detectedAt: now,
          madeUpBy: null,
        };
        if (ctx.schedules.insertMissedShift(missed)) notify(ctx, missed);
      }
      checkedUntil = Math.max(checkedUntil, now);
    },
    reset() {
      known = undefined;
    },
  };
}

function notify(ctx: RoomContext, missed: MissedShiftRecord): void {
  const settings = ctx.schedules.libraryScheduleSettings(missed.libraryId);
  for (const email of missedShiftEmails(missed, ctx.directory, settings)) {
    ctx.mailer.send(email).catch((error: unknown) => {
      ctx.logger.error('missed shift email not sent', { missed: missed.id, error: String(error) });
    });
  }
}

function isOnline(ctx: RoomContext, responderId: ResponderId): boolean {
  const live = ctx.responders.get(responderId);
  return Boolean(live && live.peers.size > 0 && live.status !== 'away');
}
