import {
  FollowUpPoolQuerySchema,
  FollowUpPromiseSchema,
  NotificationSettingsSchema,
  type StaffNotificationsResponse,
} from '@refdesk/protocol';
import { Hono } from 'hono';
import * as v from 'valibot';
import { DEFAULT_PROMISE_WORKING_DAYS } from '../../core/follow-ups/follow-up-deadline.ts';
import type { FollowUpRecord } from '../../core/model.ts';
import { canEditLibrary, canWorkFollowUps } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { followUpView } from '../follow-up-view.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

const NOTIFICATION_LIMIT = 30;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A library's follow-up promise, mounted at `/api/libraries`: `GET|PUT /:id/follow-up-promise`
 * (read by its staff and coordinators, set by its admins and coordinators).
 */
export function followUpPromiseRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/:id/follow-up-promise', (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canWorkFollowUps(me, home, library) && !canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name} staff can see its follow-up promise.`);
    }
    const workingDays =
      deps.stores.followUpDuties.promiseOf(library.id) ?? DEFAULT_PROMISE_WORKING_DAYS;
    return c.json({ workingDays });
  });
  app.put('/:id/follow-up-promise', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError(
        'forbidden',
        `Only ${library.name} admins can set its follow-up promise.`,
      );
    }
    const { workingDays } = await readBody(c, FollowUpPromiseSchema);
    deps.stores.followUpDuties.setPromise(library.id, workingDays);
    deps.rooms.roomFor(library.cooperativeId)?.followUpsChanged();
    return c.json({ workingDays });
  });
  return app;
}

/**
 * The signed-in responder's follow-up notifications, mounted at `/api/follow-up-notifications`:
 * `GET /` (the badge's unseen count and the newest), `POST /seen`, `PUT /settings` (digest).
 */
export function staffNotificationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const notifications = deps.stores.staffNotifications;
  app.get('/', (c) => {
    const { me } = requireResponder(deps, c);
    const settings = notifications.settingsOf(me.id);
    const body: StaffNotificationsResponse = {
      unseen: notifications.countSince(me.libraryId, me.id, settings.seenAt),
      digest: settings.digest,
      notifications: notifications
        .notificationsFor(me.libraryId, me.id, NOTIFICATION_LIMIT)
        .map((n) => ({
          kind: n.kind,
          followUpId: n.followUpId,
          library: {
            id: n.libraryId,
            name: deps.stores.directory.library(n.libraryId)?.name ?? n.libraryId,
          },
          at: n.at,
        })),
    };
    return c.json(body);
  });
  app.post('/seen', (c) => {
    const { me } = requireResponder(deps, c);
    notifications.markSeen(me.id, deps.clock.now());
    return c.json({ unseen: 0 });
  });
  app.put('/settings', async (c) => {
    const { me } = requireResponder(deps, c);
    const { digest } = await readBody(c, NotificationSettingsSchema);
    notifications.setDigest(me.id, digest);
    return c.json({ digest });
  });
  return app;
}

/**
 * The cooperative pool, mounted at `/api/follow-up-pool`: every library's follow-ups for a
 * coordinator, filtered by `library`, `state` (open, claimed, closed, all), `overdue` and age
 * (`olderThanDays`), oldest first. Offline questions that arrived outside coverage are in it like any other.
 */
export function followUpPoolRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!me.roles.includes('coordinator')) {
      throw new HttpError('forbidden', 'Only coordinators see the cooperative pool.');
    }
    const query = v.safeParse(FollowUpPoolQuerySchema, c.req.query());
    if (!query.success) {
      throw new HttpError(
        'validation',
        'state is open, claimed, closed or all; overdue is true or false; olderThanDays is a number of days.',
      );
    }
    const { library, state, overdue, olderThanDays } = query.output;
    const madeBefore = deps.clock.now() - Number(olderThanDays ?? 0) * DAY;
    const libraries = deps.stores.directory
      .librariesOf(home.cooperativeId)
      .filter((entry) => library === undefined || entry.id === library);
    const records: FollowUpRecord[] = libraries
      .flatMap((entry) => deps.stores.followUps.followUpsOf(entry.id))
      .filter((record) => state === 'all' || record.status === state)
      .filter((record) => olderThanDays === undefined || record.createdAt <= madeBefore)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const followUps = records
      .map((record) => followUpView(deps, record))
      .filter(
        (view) => overdue === undefined || (view.due?.overdue ?? false) === (overdue === 'true'),
      );
    return c.json({ followUps });
  });
  return app;
}
