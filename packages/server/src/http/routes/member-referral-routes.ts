import {
  type FollowUpId,
  FollowUpReassignSchema,
  type MemberReferralList,
  ReferralDecisionSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { decideReferral, reassignFollowUp } from '../../core/follow-ups/decide-referral.ts';
import type { FollowUpNote, FollowUpRecord, Library } from '../../core/model.ts';
import { canWorkFollowUps } from '../../core/permissions.ts';
import type { StaffNotificationRecord } from '../../core/ports/index.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { followUpView } from '../follow-up-view.ts';
import { HttpError } from '../http-error.ts';
import { memberReferralView } from '../member-referral-view.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

const REFERRALS_LIMIT = 100;

/**
 * A referral's answer, mounted at `/api/follow-ups`: `POST /:id/referral` (accept, or return with
 * a reason) by staff of the library it was referred to, and coordinators. Answers with the
 * follow-up as it now is.
 */
export function memberReferralRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.post('/:id/referral', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const { followUp, library } = followUpOfCooperative(deps, c, home);
    const referral = deps.stores.followUpReferrals.memberReferral(followUp.id);
    if (!referral || referral.toLibraryId !== library.id) {
      throw new HttpError('not_found', 'This follow-up was not referred to a member library.');
    }
    if (!canWorkFollowUps(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name} staff can answer its referrals.`);
    }
    const decision = await readBody(c, ReferralDecisionSchema);
    const outcome = decideReferral({
      referral,
      followUp,
      decision,
      actor: me,
      actorLibrary: library,
      now: deps.clock.now(),
    });
    if (!outcome.ok) throw new HttpError(outcome.code, outcome.message);
    store(deps, outcome.followUp, outcome.note, outcome.notify, () =>
      deps.stores.followUpReferrals.saveMemberReferral(outcome.referral),
    );
    return c.json(followUpView(deps, outcome.followUp));
  });
  return app;
}

/**
 * What a library referred to other members and where each stands, mounted at `/api/libraries`:
 * `GET /:id/referrals-out`, newest first, for its staff and coordinators.
 */
export function referralsOutRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/:id/referrals-out', (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (library.cooperativeId !== home.cooperativeId || !canWorkFollowUps(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name} staff can see its referrals.`);
    }
    const referrals = deps.stores.followUpReferrals
      .referralsFrom(library.id, REFERRALS_LIMIT)
      .flatMap((referral) => {
        const followUp = deps.stores.followUps.followUp(referral.followUpId);
        const view =
          followUp && memberReferralView(deps, referral.followUpId, followUp.question, referral);
        return view ? [view] : [];
      });
    const body: MemberReferralList = { referrals };
    return c.json(body);
  });
  return app;
}

/**
 * A coordinator's reassignment, mounted at `/api/follow-up-pool`: `POST /:id/reassign` moves an
 * open or claimed follow-up to another library of the cooperative.
 */
export function followUpReassignRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.post('/:id/reassign', async (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!me.roles.includes('coordinator')) {
      throw new HttpError('forbidden', 'Only coordinators reassign follow-ups.');
    }
    const { followUp } = followUpOfCooperative(deps, c, home);
    const { libraryId } = await readBody(c, FollowUpReassignSchema);
    const to = deps.stores.directory.library(libraryId);
    if (!to || to.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such library in this cooperative.');
    }
    const outcome = reassignFollowUp({ followUp, to, actor: me, now: deps.clock.now() });
    if (!outcome.ok) throw new HttpError(outcome.code, outcome.message);
    store(deps, outcome.followUp, outcome.note, outcome.notify);
    return c.json(followUpView(deps, outcome.followUp));
  });
  return app;
}

function followUpOfCooperative(
  deps: AppDeps,
  c: Context<AppEnv>,
  home: Library,
): { followUp: FollowUpRecord; library: Library } {
  const followUp = deps.stores.followUps.followUp((c.req.param('id') ?? '') as FollowUpId);
  const library = followUp && deps.stores.directory.library(followUp.libraryId);
  if (!followUp || !library || library.cooperativeId !== home.cooperativeId) {
    throw new HttpError('not_found', 'No such follow-up.');
  }
  return { followUp, library };
}

/** Stores a moved or answered follow-up in one transaction, then wakes the room's duties. */
function store(
  deps: AppDeps,
  followUp: FollowUpRecord,
  note: FollowUpNote,
  notify: StaffNotificationRecord | null,
  more?: () => void,
): void {
  deps.stores.room.transaction(() => {
    deps.stores.followUps.updateFollowUp(followUp);
    deps.stores.followUps.addNote(note);
    if (notify) deps.stores.staffNotifications.addNotification(notify);
    more?.();
  });
  const library = deps.stores.directory.library(followUp.libraryId);
  if (library) deps.rooms.roomFor(library.cooperativeId)?.followUpsChanged();
}
