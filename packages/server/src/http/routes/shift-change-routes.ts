import {
  LibraryScheduleSettingsSchema,
  ResponderIdSchema,
  ShiftChangeActionInputSchema,
  ShiftChangeInputSchema,
} from '@refdesk/protocol';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { Library, Responder } from '../../core/model.ts';
import { cooperativeOccurrences } from '../../core/schedules/cooperative-occurrences.ts';
import { canManageSchedule } from '../../core/schedules/schedule-permissions.ts';
import type { ShiftChangeRecord, ShiftOccurrence } from '../../core/schedules/schedule-records.ts';
import {
  applyShiftChangeAction,
  isOpenChange,
  mayActOnChange,
  occurrenceKey,
} from '../../core/schedules/shift-changes.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { scheduleNames } from '../schedule-views.ts';
import { requireResponder } from '../session-auth.ts';
import { changeView, occurrenceView } from '../shift-change-views.ts';

const WEEKS_AHEAD_MS = 28 * 24 * 3_600_000;

/**
 * Give-ups, claims and swaps of shift occurrences, mounted at `/api/schedules`. The pool is the
 * cooperative's: any librarian of any of its libraries may claim an offer (the grid shows the
 * claimant and their library; the hours staffed follow whoever is online).
 * `GET /occurrences?responder=`: every responder, anyone's coming four weeks (like the grid).
 * `GET /changes`: every responder: the open offers, their own changes, those of the libraries
 * they manage (a coordinator: all). `POST /changes`: whoever holds the occurrence now.
 * `POST /changes/:id/actions`: claim (another librarian), accept or decline (the swap's partner),
 * approve or refuse (an admin of either library, a coordinator), withdraw (the proposer, an
 * admin). `GET`/`PUT /library-settings/:libraryId` (swap approval, backups): its admins and
 * coordinators.
 */
export function shiftChangeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { schedules, directory } = deps.stores;
  const managed = (me: Responder, home: Library, libraryId: string | null) => {
    const library = libraryId === null ? undefined : directory.library(libraryId as never);
    return library !== undefined && canManageSchedule(me, home, library);
  };
  const coming = (home: Library) => {
    const now = deps.clock.now();
    return cooperativeOccurrences(schedules, home.cooperativeId, now, now + WEEKS_AHEAD_MS);
  };
  const openChanges = (home: Library) => {
    const keys = new Map<string, string>();
    for (const change of schedules.shiftChangesEndingAfter(home.cooperativeId, deps.clock.now())) {
      if (!isOpenChange(change)) continue;
      keys.set(occurrenceKey(change.shiftId, change.startsAt), change.id);
      if (change.swapShiftId !== null && change.swapStartsAt !== null) {
        keys.set(occurrenceKey(change.swapShiftId, change.swapStartsAt), change.id);
      }
    }
    return keys;
  };
  const held = (home: Library, shiftId: string, startsAt: number, by: Responder['id']) => {
    const found = findOccurrence(deps, home, shiftId, startsAt);
    if (!found || found.shift.responderId !== by || found.startsAt <= deps.clock.now()) {
      return undefined;
    }
    return openChanges(home).has(occurrenceKey(shiftId, startsAt)) ? 'open' : found;
  };

  app.get('/occurrences', (c) => {
    const { me, home } = requireResponder(deps, c);
    const wanted: string = c.req.query('responder') ?? me.id;
    const id = v.safeParse(ResponderIdSchema, wanted);
    const person = id.success ? directory.responder(id.output) : undefined;
    const library = person && directory.library(person.libraryId);
    if (!person || library?.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', `No librarian "${wanted}".`);
    }
    const names = scheduleNames(directory);
    const open = openChanges(home);
    const occurrences = coming(home)
      .filter((o) => o.shift.responderId === person.id)
      .map((o) =>
        occurrenceView(o, names, open.get(occurrenceKey(o.shift.id, o.startsAt)) ?? null),
      );
    return c.json({ occurrences });
  });

  app.get('/changes', (c) => {
    const { me, home } = requireResponder(deps, c);
    const all = me.roles.includes('coordinator');
    const visible = (change: ShiftChangeRecord) =>
      all ||
      change.status === 'offered' ||
      change.fromResponderId === me.id ||
      change.toResponderId === me.id ||
      managed(me, home, change.libraryId) ||
      managed(me, home, change.toLibraryId);
    const names = scheduleNames(directory);
    const changes = schedules
      .shiftChangesOf(home.cooperativeId)
      .filter(visible)
      .map((change) => changeView(change, names));
    return c.json({ changes });
  });

  app.post('/changes', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const input = await readBody(c, ShiftChangeInputSchema);
    const mine = held(home, input.shiftId, input.startsAt, me.id);
    if (mine === 'open') throw new HttpError('conflict', 'That shift is already offered.');
    if (!mine) throw new HttpError('forbidden', 'You can only give up a coming shift you hold.');
    const change: ShiftChangeRecord = {
      id: deps.ids.id('change'),
      cooperativeId: home.cooperativeId,
      kind: input.kind,
      status: input.kind === 'give_up' ? 'offered' : 'proposed',
      shiftId: mine.shift.id,
      startsAt: mine.startsAt,
      endsAt: mine.endsAt,
      libraryId: mine.shift.libraryId,
      fromResponderId: me.id,
      toResponderId: null,
      toLibraryId: null,
      swapShiftId: null,
      swapStartsAt: null,
      swapEndsAt: null,
      createdAt: deps.clock.now(),
      decidedAt: null,
      decidedBy: null,
    };
    if (input.kind === 'swap') {
      const partner = input.partnerId && directory.responder(input.partnerId);
      const library = partner && directory.library(partner.libraryId);
      if (!partner || partner.id === me.id || library?.cooperativeId !== home.cooperativeId) {
        throw new HttpError('validation', `partnerId: No colleague "${input.partnerId}".`);
      }
      change.toResponderId = partner.id;
      change.toLibraryId = partner.libraryId;
      if (input.partnerShiftId !== undefined && input.partnerStartsAt !== undefined) {
        const theirs = held(home, input.partnerShiftId, input.partnerStartsAt, partner.id);
        if (!theirs || theirs === 'open') {
          throw new HttpError('validation', 'partnerShiftId: Not a coming, free shift of theirs.');
        }
        change.swapShiftId = theirs.shift.id;
        change.swapStartsAt = theirs.startsAt;
        change.swapEndsAt = theirs.endsAt;
      }
    }
    schedules.insertShiftChange(change);
    return c.json(changeView(change, scheduleNames(directory)), 201);
  });

  app.post('/changes/:id/actions', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const change = schedules.shiftChange(c.req.param('id'));
    if (!change || change.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such change.');
    }
    const { action } = await readBody(c, ShiftChangeActionInputSchema);
    const actor = {
      id: me.id,
      manages: managed(me, home, change.libraryId) || managed(me, home, change.toLibraryId),
      librarian: me.roles.includes('librarian'),
      libraryId: me.libraryId,
    };
    const approval = [change.libraryId, change.toLibraryId].some(
      (id) => id !== null && schedules.libraryScheduleSettings(id).swapApproval,
    );
    if (!mayActOnChange(change, action, actor)) {
      throw new HttpError('forbidden', `You cannot ${action} this change.`);
    }
    const next = applyShiftChangeAction(change, action, actor, deps.clock.now(), approval);
    if (typeof next === 'string') throw new HttpError('conflict', next);
    schedules.updateShiftChange(next);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.json(changeView(next, scheduleNames(directory)));
  });

  app.get('/library-settings/:libraryId', (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = manageable(deps, me, home, c.req.param('libraryId'));
    const { swapApproval, backups } = schedules.libraryScheduleSettings(library.id);
    return c.json({ swapApproval, backups });
  });

  app.put('/library-settings/:libraryId', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = manageable(deps, me, home, c.req.param('libraryId'));
    const input = await readBody(c, LibraryScheduleSettingsSchema);
    for (const id of input.backups) {
      const backup = directory.responder(id);
      if (
        backup === undefined ||
        directory.library(backup.libraryId)?.cooperativeId !== home.cooperativeId
      ) {
        throw new HttpError('validation', `backups: No librarian "${id}".`);
      }
    }
    const backups = [...new Set(input.backups)];
    schedules.saveLibraryScheduleSettings({
      libraryId: library.id,
      swapApproval: input.swapApproval,
      backups,
    });
    return c.json({ swapApproval: input.swapApproval, backups });
  });
  return app;
}

function findOccurrence(
  deps: AppDeps,
  home: Library,
  shiftId: string,
  startsAt: number,
): ShiftOccurrence | undefined {
  return cooperativeOccurrences(
    deps.stores.schedules,
    home.cooperativeId,
    startsAt,
    startsAt + 1,
  ).find((o) => o.shift.id === shiftId && o.startsAt === startsAt);
}

function manageable(deps: AppDeps, me: Responder, home: Library, libraryId: string): Library {
  const library = deps.stores.directory.library(libraryId as never);
  if (!library || library.cooperativeId !== home.cooperativeId) {
    throw new HttpError('unknown_library', `No library "${libraryId}".`);
  }
  if (!canManageSchedule(me, home, library)) {
    throw new HttpError('forbidden', 'Only the library’s admins and coordinators set this.');
  }
  return library;
}
