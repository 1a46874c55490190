import {
  ClosureInputSchema,
  type LibraryHours,
  LibraryHoursInputSchema,
  type LibraryId,
  ScheduleSettingsSchema,
} from '@refdesk/protocol';
import { Hono } from 'hono';
import { closureInterval } from '../../core/schedules/closures.ts';
import { effectiveHoursOwed } from '../../core/schedules/hours-owed.ts';
import {
  canCoordinateSchedules,
  canManageSchedule,
} from '../../core/schedules/schedule-permissions.ts';
import type { ClosureRecord } from '../../core/schedules/schedule-records.ts';
import { weeklyBookedHours } from '../../core/schedules/shift-occurrences.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { closureView } from '../schedule-views.ts';
import { requireResponder } from '../session-auth.ts';

const coordinatorsOnly = () =>
  new HttpError('forbidden', 'Only coordinators set hours owed, tiers and minimum staffing.');

/**
 * Hours owed and closures, mounted at `/api/schedules`. `GET /hours`: a coordinator (every
 * library) or a library admin (theirs). `PUT /settings`, `PUT /hours/:libraryId`: coordinators.
 * `GET /closures`: every responder (the cooperative's, not yet over). `POST /closures`,
 * `DELETE /closures/:id`: a library's admin for their library, a coordinator for any library or
 * the whole cooperative. A closure changes routing: the room routes again and re-arms.
 */
export function scheduleAdminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { schedules, directory } = deps.stores;

  app.get('/hours', (c) => {
    const { me, home } = requireResponder(deps, c);
    const settings = schedules.scheduleSettings(home.cooperativeId);
    const shifts = schedules.shiftsOf(home.cooperativeId);
    const libraries: LibraryHours[] = directory
      .librariesOf(home.cooperativeId)
      .filter((library) => canManageSchedule(me, home, library))
      .map((library) => {
        const entry = schedules.libraryHours(library.id);
        return {
          libraryId: library.id,
          libraryName: library.name,
          hoursOwed: entry?.hoursOwed ?? null,
          size: entry?.size ?? null,
          effectiveHours: effectiveHoursOwed(entry, settings.tiers),
          bookedHours: weeklyBookedHours(shifts.filter((s) => s.libraryId === library.id)),
        };
      });
    if (libraries.length === 0) {
      throw new HttpError('forbidden', 'Hours owed are for coordinators and library admins.');
    }
    return c.json({ settings, libraries });
  });

  app.put('/settings', async (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!canCoordinateSchedules(me)) throw coordinatorsOnly();
    const settings = await readBody(c, ScheduleSettingsSchema);
    schedules.saveScheduleSettings(home.cooperativeId, settings);
    return c.json(schedules.scheduleSettings(home.cooperativeId));
  });

  app.put('/hours/:libraryId', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = directory.library(c.req.param('libraryId') as LibraryId);
    if (!library || library.cooperativeId !== home.cooperativeId) {
      throw new HttpError('unknown_library', `No library "${c.req.param('libraryId')}".`);
    }
    if (!canCoordinateSchedules(me)) throw coordinatorsOnly();
    const input = await readBody(c, LibraryHoursInputSchema);
    schedules.saveLibraryHours({ libraryId: library.id, ...input });
    return c.body(null, 204);
  });

  app.get('/closures', (c) => {
    const { home } = requireResponder(deps, c);
    const closures = schedules.closuresEndingAfter(home.cooperativeId, deps.clock.now());
    return c.json({ closures: closures.map(closureView) });
  });

  app.post('/closures', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const input = await readBody(c, ClosureInputSchema);
    const cooperative = directory.cooperative(home.cooperativeId);
    let timeZone = cooperative?.timezone ?? home.timezone;
    if (input.libraryId === undefined) {
      if (!canCoordinateSchedules(me)) {
        throw new HttpError('forbidden', 'Only coordinators close the whole cooperative.');
      }
    } else {
      const library = directory.library(input.libraryId);
      if (!library || library.cooperativeId !== home.cooperativeId) {
        throw new HttpError('unknown_library', `No library "${input.libraryId}".`);
      }
      if (!canManageSchedule(me, home, library)) {
        throw new HttpError('forbidden', 'Only the library’s admins and coordinators close it.');
      }
      timeZone = library.timezone;
    }
    const closure: ClosureRecord = {
      id: deps.ids.id('closure'),
      cooperativeId: home.cooperativeId,
      libraryId: input.libraryId ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      timeZone,
      reason: input.reason,
      ...closureInterval(input.startDate, input.endDate, timeZone),
      createdBy: me.id,
      createdAt: deps.clock.now(),
    };
    schedules.insertClosure(closure);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.json(closureView(closure), 201);
  });

  app.delete('/closures/:id', (c) => {
    const { me, home } = requireResponder(deps, c);
    const closure = schedules.closure(c.req.param('id'));
    if (!closure || closure.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such closure.');
    }
    const library = closure.libraryId && directory.library(closure.libraryId);
    const allowed = library ? canManageSchedule(me, home, library) : canCoordinateSchedules(me);
    if (!allowed) throw new HttpError('forbidden', 'You cannot remove this closure.');
    schedules.removeClosure(closure.id);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.body(null, 204);
  });
  return app;
}
