import type { LibraryId, StaffNotificationKind } from '@refdesk/protocol';
import type { Cooperative, FollowUpRecord, Library, Millis } from '../model.ts';
import { followUpAcknowledgementEmail, followUpReminderEmail } from '../notify/follow-up-emails.ts';
import type {
  Directory,
  FollowUpDutyStore,
  FollowUpReferralStore,
  Logger,
  Mailer,
  OutgoingEmail,
  StaffNotificationStore,
} from '../ports/index.ts';
import type { BoundarySource } from '../room/room-scheduler.ts';
import {
  type ClosedInterval,
  DEFAULT_PROMISE_WORKING_DAYS,
  type FollowUpDue,
  followUpDue,
} from './follow-up-deadline.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface FollowUpDutiesDeps {
  cooperative: Cooperative;
  directory: Directory;
  followUpDuties: FollowUpDutyStore;
  staffNotifications: StaffNotificationStore;
  mailer: Mailer;
  logger: Pick<Logger, 'info' | 'error'>;
  /** A library's closures (holidays); none until its schedules say otherwise. */
  closures(libraryId: LibraryId): readonly ClosedInterval[];
  /** The patron's language, for the acknowledgement (English without it). */
  followUpReferrals?: Pick<FollowUpReferralStore, 'patronOf'>;
}

/**
 * The room's follow-up duties as a scheduler source. A new follow-up (from any path: a chat's
 * end, a referral, an offline question) gets its deadline from its library's promise, its
 * library's staff a notification and the patron an acknowledgement saying who answers by when;
 * at the reminder instant the claimant (or the library, when unclaimed) is reminded, and at the
 * deadline the follow-up turns overdue. Its next instant is cached until the follow-ups grow,
 * it passes, a day goes by or the configuration changes.
 *
 * @example
 * ctx.scheduler.register(createFollowUpDuties(ctx));
 */
export function createFollowUpDuties(deps: FollowUpDutiesDeps): BoundarySource {
  let known: { version: number; at: Millis | undefined; until: Millis } | undefined;
  let primed = false;
  const libraryIds = () => deps.directory.librariesOf(deps.cooperative.id).map((l) => l.id);
  // Follow-ups already stored when the room opens (a seed, an upgrade, a restart) get their
  // deadline without a notification or an acknowledgement: those were due when they arrived.
  const prime = () => {
    if (primed) return;
    primed = true;
    for (const followUp of deps.followUpDuties.unscheduled(libraryIds())) {
      schedule(deps, followUp, undefined);
    }
  };
  return {
    next(now) {
      prime();
      const version = deps.followUpDuties.version();
      if (!known || known.version !== version || now >= known.until) {
        const at = nextInstant(deps, libraryIds(), now);
        known = { version, at, until: Math.min(at ?? Number.POSITIVE_INFINITY, now + DAY) };
      }
      return known.at;
    },
    due(now) {
      prime();
      const ids = libraryIds();
      for (const followUp of deps.followUpDuties.unscheduled(ids)) schedule(deps, followUp, now);
      for (const { followUp, deadline } of deps.followUpDuties.pending(ids)) {
        if (deadline.overdueAt === null && deadline.dueAt <= now) {
          deps.followUpDuties.markOverdue(followUp.id, now);
          if (deadline.remindedAt === null) deps.followUpDuties.markReminded(followUp.id, now);
          notify(deps, followUp, 'overdue', now);
        } else if (
          deadline.remindAt !== null &&
          deadline.remindedAt === null &&
          deadline.remindAt <= now
        ) {
          deps.followUpDuties.markReminded(followUp.id, now);
          notify(deps, followUp, 'reminder', now);
          remindClaimant(deps, followUp, deadline.dueAt);
        }
      }
      known = undefined;
    },
    reset() {
      known = undefined;
    },
  };
}

/**
 * When a follow-up of this library created at `from` is due, by the library's promise.
 *
 * @example
 * const { dueAt } = dueFor(deps, library, followUp.createdAt);
 */
export function dueFor(
  deps: Pick<FollowUpDutiesDeps, 'followUpDuties' | 'closures'>,
  library: Library,
  from: Millis,
): FollowUpDue {
  const workingDays = deps.followUpDuties.promiseOf(library.id) ?? DEFAULT_PROMISE_WORKING_DAYS;
  const input = {
    windows: library.settings.coverage,
    closures: deps.closures(library.id),
    workingDays,
    from,
  };
  try {
    return followUpDue({ ...input, timeZone: library.timezone });
  } catch {
    // A time zone this runtime cannot read: count the library's hours in UTC rather than never.
    return followUpDue({ ...input, timeZone: 'UTC' });
  }
}

function nextInstant(deps: FollowUpDutiesDeps, ids: LibraryId[], now: Millis): Millis | undefined {
  if (deps.followUpDuties.unscheduled(ids).length > 0) return now;
  let next: Millis | undefined;
  for (const { deadline } of deps.followUpDuties.pending(ids)) {
    const remind = deadline.remindedAt === null ? deadline.remindAt : null;
    const overdue = deadline.overdueAt === null ? deadline.dueAt : null;
    for (const at of [remind, overdue]) {
      if (at !== null && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}

/** Gives a follow-up its deadline; when `now` is given, also tells the staff and the patron. */
function schedule(
  deps: FollowUpDutiesDeps,
  followUp: FollowUpRecord,
  now: Millis | undefined,
): void {
  const library = deps.directory.library(followUp.libraryId);
  if (!library) return;
  const due = dueFor(deps, library, followUp.createdAt);
  // A reminder due at or before the follow-up was made would remind nobody of anything new.
  const remindAt = due.remindAt !== null && due.remindAt > followUp.createdAt ? due.remindAt : null;
  deps.followUpDuties.schedule({
    followUpId: followUp.id,
    dueAt: due.dueAt,
    remindAt,
    remindedAt: null,
    overdueAt: null,
  });
  if (now === undefined) return;
  notify(deps, followUp, kindOf(followUp), now);
  send(
    deps,
    followUpAcknowledgementEmail({
      followUp,
      library,
      dueAt: due.dueAt,
      claimant: claimantOf(deps, followUp),
      locale: deps.followUpReferrals?.patronOf(followUp.id)?.locale ?? 'en',
    }),
    followUp,
  );
}

function kindOf(followUp: FollowUpRecord): StaffNotificationKind {
  if (followUp.source === 'referral') return 'referral';
  if (followUp.source === 'offline_question') return 'offline_question';
  return 'new_follow_up';
}

function notify(
  deps: FollowUpDutiesDeps,
  followUp: FollowUpRecord,
  kind: StaffNotificationKind,
  now: Millis,
): void {
  deps.staffNotifications.addNotification({
    libraryId: followUp.libraryId,
    // A reminder goes to whoever claimed it; everything else (and an unclaimed reminder) to all.
    responderId: kind === 'reminder' || kind === 'overdue' ? followUp.claimedBy : null,
    kind,
    followUpId: followUp.id,
    at: now,
    digestedAt: null,
  });
}

function claimantOf(deps: FollowUpDutiesDeps, followUp: FollowUpRecord) {
  return followUp.claimedBy ? deps.directory.responder(followUp.claimedBy) : undefined;
}

function remindClaimant(deps: FollowUpDutiesDeps, followUp: FollowUpRecord, dueAt: Millis): void {
  const claimant = claimantOf(deps, followUp);
  const library = deps.directory.library(followUp.libraryId);
  if (!claimant || !library) return; // unclaimed: the library's digest carries the reminder
  send(deps, followUpReminderEmail({ followUp, library, to: claimant.email, dueAt }), followUp);
}

function send(
  deps: FollowUpDutiesDeps,
  email: OutgoingEmail | undefined,
  followUp: FollowUpRecord,
) {
  if (!email || deps.mailer.logOnly) return;
  deps.mailer.send(email).then(
    () => deps.logger.info('follow-up email sent', { followUp: followUp.id }),
    (error: unknown) =>
      deps.logger.error('follow-up email not sent', {
        followUp: followUp.id,
        error: String(error),
      }),
  );
}
