import type { LibraryId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import { followUpDigestEmail } from '../notify/follow-up-emails.ts';
import type { FollowUpStore, StaffNotificationRecord } from '../ports/index.ts';
import type { BoundarySource } from '../room/room-scheduler.ts';
import type { FollowUpDutiesDeps } from './follow-up-duties.ts';

type DigestDeps = Omit<FollowUpDutiesDeps, 'closures' | 'followUpDuties'> & {
  followUps: Pick<FollowUpStore, 'followUp'>;
};

export const DIGEST_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The staff's digest emails as a scheduler source: each library's notifications not yet digested
 * go out together, at most once an hour per library, to each of its responders who chose the
 * hourly digest (the default). A responder who chose `off` gets none; the console badge still
 * counts for them.
 *
 * @example
 * ctx.scheduler.register(createFollowUpDigests(ctx));
 */
export function createFollowUpDigests(deps: DigestDeps): BoundarySource {
  const libraryIds = () => deps.directory.librariesOf(deps.cooperative.id).map((l) => l.id);
  const dueAt = (libraryId: LibraryId, oldest: Millis) =>
    Math.max(oldest, deps.staffNotifications.lastDigestAt(libraryId) + DIGEST_INTERVAL_MS);
  const byLibrary = () => {
    const groups = new Map<LibraryId, StaffNotificationRecord[]>();
    for (const n of deps.staffNotifications.undigested(libraryIds())) {
      groups.set(n.libraryId, [...(groups.get(n.libraryId) ?? []), n]);
    }
    return groups;
  };
  return {
    next(now) {
      let next: Millis | undefined;
      for (const [libraryId, items] of byLibrary()) {
        const at = Math.max(now, dueAt(libraryId, items[0]?.at ?? now));
        if (next === undefined || at < next) next = at;
      }
      return next;
    },
    due(now) {
      for (const [libraryId, items] of byLibrary()) {
        if (dueAt(libraryId, items[0]?.at ?? now) > now) continue;
        sendDigest(deps, libraryId, items);
        deps.staffNotifications.markDigested(
          items.flatMap((item) => (item.id === undefined ? [] : [item.id])),
          now,
        );
      }
    },
  };
}

function sendDigest(
  deps: DigestDeps,
  libraryId: LibraryId,
  items: StaffNotificationRecord[],
): void {
  const library = deps.directory.library(libraryId);
  if (!library || deps.mailer.logOnly) return;
  for (const responder of deps.directory.respondersOf(libraryId)) {
    if (deps.staffNotifications.settingsOf(responder.id).digest === 'off') continue;
    const mine = items.filter(
      (item) => item.responderId === null || item.responderId === responder.id,
    );
    if (mine.length === 0) continue;
    const email = followUpDigestEmail({
      library,
      to: responder.email,
      items: mine.map((item) => ({ kind: item.kind, question: questionOf(deps, item) })),
    });
    deps.mailer.send(email).then(
      () => deps.logger.info('follow-up digest sent', { library: libraryId }),
      (error: unknown) =>
        deps.logger.error('follow-up digest not sent', {
          library: libraryId,
          error: String(error),
        }),
    );
  }
}

function questionOf(deps: DigestDeps, item: StaffNotificationRecord): string {
  return deps.followUps.followUp(item.followUpId)?.question ?? item.followUpId;
}
