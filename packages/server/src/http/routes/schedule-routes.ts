import {
  type CoverageGrid,
  DateSchema,
  type ExpectedNow,
  type LibraryId,
  ShiftInputSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { Library, Responder } from '../../core/model.ts';
import { cooperativeOccurrences } from '../../core/schedules/cooperative-occurrences.ts';
import { coverageGrid, weekBounds } from '../../core/schedules/coverage-grid.ts';
import { expectedNow } from '../../core/schedules/expected-now.ts';
import { canManageSchedule, seesExpectedNow } from '../../core/schedules/schedule-permissions.ts';
import type { ShiftRecord } from '../../core/schedules/schedule-records.ts';
import { occurrenceKey } from '../../core/schedules/shift-changes.ts';
import { addDays, localDate } from '../../core/schedules/zoned-time.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { scheduleNames, shiftView } from '../schedule-views.ts';
import { requireResponder } from '../session-auth.ts';
import { shiftsCalendar } from '../shifts-calendar.ts';

const DAY_MS = 24 * 3_600_000;
const YEAR_MS = 366 * DAY_MS;

/**
 * Shifts, the coverage grid and "expected now", mounted at `/api/schedules`.
 * `GET /shifts/mine` and `GET /shifts/mine.ics`: every responder, their own. `GET /shifts?library=`:
 * that library's admin, or a coordinator (all libraries without `library`). `POST /shifts`,
 * `DELETE /shifts/:id`: the shift's library's admin, or a coordinator. `GET /grid?week=YYYY-MM-DD`:
 * every responder of the cooperative. `GET /now` and `GET /missed` (missed shifts, owed as
 * make-ups; `makeUpFor` on a booking makes one up): a coordinator (all), a library admin (theirs).
 */
export function scheduleRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { schedules, directory } = deps.stores;

  app.get('/shifts/mine', (c) => {
    const { me } = requireResponder(deps, c);
    const names = scheduleNames(directory);
    const shifts = schedules.shiftsOfResponder(me.id).map((shift) => shiftView(shift, names));
    return c.json({ shifts });
  });

  app.get('/shifts/mine.ics', (c) => {
    const { me, home } = requireResponder(deps, c);
    const now = deps.clock.now();
    const closures = schedules.closuresEndingAfter(home.cooperativeId, now);
    // The coming year as claims and swaps left it: what I took over, and what I handed on.
    const year = cooperativeOccurrences(schedules, home.cooperativeId, now, now + YEAR_MS);
    const taken = year.filter((o) => o.takenFrom !== undefined && o.shift.responderId === me.id);
    const mine = schedules.shiftsOfResponder(me.id);
    const ids = new Set(mine.map((shift) => shift.id));
    const given = new Set(
      year
        .filter((o) => o.shift.responderId !== me.id && ids.has(o.shift.id))
        .map((o) => occurrenceKey(o.shift.id, o.startsAt)),
    );
    const body = shiftsCalendar(mine, closures, scheduleNames(directory), now, { taken, given });
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="refdesk-shifts.ics"',
    });
  });

  app.get('/shifts', (c) => {
    const { me, home } = requireResponder(deps, c);
    const wanted = c.req.query('library');
    const visible = (shift: ShiftRecord) =>
      (wanted === undefined || shift.libraryId === wanted) &&
      managed(deps, me, home, shift.libraryId);
    if (wanted !== undefined) manageable(deps, me, home, wanted);
    else if (!me.roles.includes('coordinator')) {
      throw new HttpError('forbidden', 'Name your library: ?library=ID.');
    }
    const names = scheduleNames(directory);
    const shifts = schedules.shiftsOf(home.cooperativeId).filter(visible);
    return c.json({ shifts: shifts.map((shift) => shiftView(shift, names)) });
  });

  app.post('/shifts', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const input = await readBody(c, ShiftInputSchema);
    const person = directory.responder(input.responderId);
    const library = person && directory.library(person.libraryId);
    if (!person || !library || library.cooperativeId !== home.cooperativeId) {
      throw new HttpError('validation', `responderId: No librarian "${input.responderId}".`);
    }
    manageable(deps, me, home, library.id);
    const makeUp =
      input.makeUpFor === undefined ? undefined : schedules.missedShift(input.makeUpFor);
    if (input.makeUpFor !== undefined && (makeUp?.responderId !== person.id || makeUp.madeUpBy)) {
      throw new HttpError(
        'validation',
        `makeUpFor: No missed shift of theirs owed "${input.makeUpFor}".`,
      );
    }
    const shift: ShiftRecord = {
      id: deps.ids.id('shift'),
      cooperativeId: home.cooperativeId,
      libraryId: library.id,
      responderId: person.id,
      kind: input.kind,
      day: input.kind === 'weekly' ? (input.day ?? null) : null,
      date: input.kind === 'once' ? (input.date ?? null) : null,
      startMinute: input.startMinute,
      endMinute: input.endMinute,
      timeZone: library.timezone,
      createdBy: me.id,
      createdAt: deps.clock.now(),
    };
    schedules.insertShift(shift);
    if (makeUp) schedules.setMadeUpBy(makeUp.id, shift.id);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.json(shiftView(shift, scheduleNames(directory)), 201);
  });

  app.delete('/shifts/:id', (c) => {
    const { me, home } = requireResponder(deps, c);
    const shift = schedules.shift(c.req.param('id'));
    if (!shift || shift.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such shift.');
    }
    manageable(deps, me, home, shift.libraryId);
    schedules.removeShift(shift.id);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.body(null, 204);
  });

  app.get('/missed', (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!managed(deps, me, home, home.id) && !me.roles.includes('coordinator')) {
      throw new HttpError('forbidden', 'Missed shifts are for coordinators and library admins.');
    }
    const names = scheduleNames(directory);
    const missed = schedules
      .missedShiftsOf(home.cooperativeId)
      .filter((entry) => managed(deps, me, home, entry.libraryId))
      .map((entry) => ({
        id: entry.id,
        libraryId: entry.libraryId,
        libraryName: names.library(entry.libraryId),
        responderId: entry.responderId,
        responderName: names.responder(entry.responderId),
        startsAt: entry.startsAt,
        endsAt: entry.endsAt,
        madeUpBy: entry.madeUpBy,
      }));
    return c.json({ missed });
  });

  app.get('/grid', (c) => {
    const { home } = requireResponder(deps, c);
    return c.json(grid(deps, c, home));
  });

  app.get('/now', (c) => {
    const { me, home } = requireResponder(deps, c);
    const mine = (libraryId: LibraryId) => {
      const library = directory.library(libraryId);
      return library !== undefined && seesExpectedNow(me, home, library);
    };
    if (!mine(home.id) && !me.roles.includes('coordinator')) {
      throw new HttpError('forbidden', 'Expected now is for coordinators and library admins.');
    }
    return c.json(now(deps, home, mine));
  });
  return app;
}

/** Whether `me` may manage the library's schedule (hidden libraries count as not). */
function managed(deps: AppDeps, me: Responder, home: Library, libraryId: string): boolean {
  const library = deps.stores.directory.library(libraryId as LibraryId);
  return library !== undefined && canManageSchedule(me, home, library);
}

function manageable(deps: AppDeps, me: Responder, home: Library, libraryId: string): void {
  const library = deps.stores.directory.library(libraryId as LibraryId);
  if (!library || library.cooperativeId !== home.cooperativeId) {
    throw new HttpError('unknown_library', `No library "${libraryId}".`);
  }
  if (!canManageSchedule(me, home, library)) {
    throw new HttpError('forbidden', 'Only the library’s admins and coordinators book its shifts.');
  }
}

function grid(deps: AppDeps, c: Context<AppEnv>, home: Library): CoverageGrid {
  const { schedules, directory } = deps.stores;
  const cooperative = directory.cooperative(home.cooperativeId);
  const timeZone = cooperative?.timezone ?? home.timezone;
  const week = c.req.query('week');
  let weekStart: string;
  if (week === undefined) {
    const today = localDate(deps.clock.now(), timeZone);
    weekStart = addDays(today.date, -today.day);
  } else if (v.is(DateSchema, week)) weekStart = week;
  else throw new HttpError('validation', 'week: must be a date (YYYY-MM-DD)');
  const { from, to } = weekBounds(weekStart, timeZone);
  // Claimed give-ups and approved swaps count for whoever holds the occurrence now.
  const occurrences = cooperativeOccurrences(schedules, home.cooperativeId, from, to);
  const { minStaff } = schedules.scheduleSettings(home.cooperativeId);
  const names = scheduleNames(directory);
  const slots = coverageGrid(occurrences, weekStart, timeZone, minStaff).map((slot) => ({
    startsAt: slot.startsAt,
    gap: slot.gap,
    shifts: slot.occurrences.map(({ shift }) => ({
      responderName: names.responder(shift.responderId),
      libraryId: shift.libraryId,
      libraryName: names.library(shift.libraryId),
    })),
  }));
  return { timeZone, weekStart, minStaff, slots };
}

function now(deps: AppDeps, home: Library, mine: (id: LibraryId) => boolean): ExpectedNow {
  const { schedules, directory } = deps.stores;
  const at = deps.clock.now();
  const live = deps.rooms.roomFor(home.cooperativeId)?.context.responders;
  const occurrences = cooperativeOccurrences(
    schedules,
    home.cooperativeId,
    at - DAY_MS,
    at + DAY_MS,
  ).filter((occurrence) => mine(occurrence.shift.libraryId));
  const names = scheduleNames(directory);
  const expected = expectedNow(occurrences, at, (id) => {
    const state = live?.get(id);
    return Boolean(state && state.peers.size > 0 && state.status !== 'away');
  }).map(({ occurrence: { shift, startsAt, endsAt }, online }) => ({
    responderId: shift.responderId,
    responderName: names.responder(shift.responderId),
    libraryId: shift.libraryId,
    libraryName: names.library(shift.libraryId),
    startsAt,
    endsAt,
    online,
  }));
  return { at, expected };
}
