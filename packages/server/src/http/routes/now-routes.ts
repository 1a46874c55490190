import type { LibraryId, NowBoard, NowFollowUp } from '@refdesk/protocol';
import { Hono } from 'hono';
import { followUpsDue } from '../../core/follow-ups/follow-ups-due.ts';
import type { Library } from '../../core/model.ts';
import { isCoordinatorOf } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * The live "Now" board, mounted at `/api/now`: a snapshot taken from the cooperative's room (the
 * owner of live state) plus the follow-ups due. Coordinators see the cooperative; library admins
 * their own library; everyone else is refused. The console polls it.
 */
export function nowRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    const coordinator = isCoordinatorOf(me, home, home);
    if (!coordinator && !me.roles.includes('library_admin')) {
      throw new HttpError('forbidden', 'Only coordinators and library admins see the Now board.');
    }
    const scope: LibraryId | null = coordinator ? null : home.id;
    const room = deps.rooms.roomFor(home.cooperativeId);
    const snapshot = room?.nowSnapshot(scope) ?? { responders: [], waiting: [], active: [] };
    const libraries = coordinator ? deps.stores.directory.librariesOf(home.cooperativeId) : [home];
    const board: NowBoard = {
      at: deps.clock.now(),
      scope: coordinator ? null : { id: home.id, name: home.name },
      ...snapshot,
      followUpsDue: libraries
        .flatMap((library) => dueOf(deps, library))
        .sort((a, b) => a.deadline.localeCompare(b.deadline)),
    };
    c.header('Cache-Control', 'private, no-store');
    return c.json(board);
  });

  return app;
}

function dueOf(deps: AppDeps, library: Library): NowFollowUp[] {
  const due = followUpsDue(
    library,
    deps.stores.followUps.followUpsOf(library.id),
    deps.clock.now(),
    (id) => deps.stores.followUpDuties.deadline(id)?.dueAt,
  );
  return due.map(({ followUp, overdue, date }) => ({
    id: followUp.id,
    library: { id: library.id, name: library.name },
    deadline: date,
    status: followUp.status,
    overdue,
  }));
}
