import type { CooperativeId, LibraryId, ResponderId, Review } from '@refdesk/protocol';
import { RUSA_AREAS } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/core/hash-token.ts';
import { createForward, saveReview } from '../src/core/quality/quality-case.ts';
import type { ShiftChangeRecord } from '../src/core/schedules/schedule-records.ts';
import { DEMO_PASSWORD } from '../src/storage/demo-seed.ts';
import {
  ACTORS,
  type Actor,
  type AppHarness,
  createAppHarness,
  json,
} from './support/app-harness.ts';

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** Status per actor, in ACTORS order: anonymous, patron, ana, ben, cora, dev, qa. */
type Statuses = [number, number, number, number, number, number, number];

const policyUpdate = (h: AppHarness, library: string) => {
  const page = h.stores.policies.policyPage(library as LibraryId);
  if (!page) throw new Error(`no policy page for ${library}`);
  return {
    baseVersion: page.version,
    sections: { ...page.sections, alerts: 'Closed on 24 December.' },
    staffOnly: page.staffOnly,
    owners: page.owners,
  };
};
const widgetSettings = {
  nameField: 'required',
  emailField: 'optional',
  privacyNote: 'Kept 30 days.',
  colour: '#112233',
  localTimerSeconds: 20,
  groupTimerSeconds: 40,
  allowedOrigins: ['https://springfield.example'],
};
const retention = { identifierDays: 60, transcriptDays: 180, redactMessages: true };
const newLibrary = {
  id: 'ogdenville',
  name: 'Ogdenville Public Library',
  kind: 'public',
  timezone: 'America/Chicago',
  groupId: 'simpsons-county',
};
const script = (scope: string) => ({ scope, title: 'Hours', text: 'We open at 9.' });
const reply = { action: 'reply', subject: 'Your question', text: 'We found it.' };
const invitation = (h: AppHarness, token = 'invitation-token') => {
  const now = h.clock.now();
  h.stores.invitations.insertInvitation({
    id: 'inv_seeded',
    tokenHash: hashToken(token),
    libraryId: 'springfield' as LibraryId,
    email: 'new@springfield.example',
    roles: ['librarian'],
    invitedBy: null,
    invitedByName: 'command line',
    createdAt: now,
    expiresAt: now + 3600_000,
    acceptedAt: null,
    revokedAt: null,
  });
};
const invite = (roles: string[], libraryId?: string) => ({
  email: 'new@springfield.example',
  roles,
  ...(libraryId ? { libraryId } : {}),
});
const newPassword = 'a long new password';

const anaShift = {
  responderId: 'demo-ana',
  kind: 'weekly',
  day: 1,
  startMinute: 540,
  endMinute: 720,
};
const seededShift = (h: AppHarness) => {
  h.stores.schedules.insertShift({
    id: 'shift_seeded',
    cooperativeId:
      h.stores.directory.library('springfield' as LibraryId)?.cooperativeId ?? ('' as never),
    libraryId: 'springfield' as LibraryId,
    responderId: 'demo-ana' as ResponderId,
    kind: 'weekly',
    day: 1,
    date: null,
    startMinute: 540,
    endMinute: 720,
    timeZone: 'America/Chicago',
    createdBy: 'demo-cora' as ResponderId,
    createdAt: h.clock.now(),
  });
  return 'shift_seeded';
};
const closure = (libraryId?: string) => ({
  ...(libraryId ? { libraryId } : {}),
  startDate: '2026-12-24',
  endDate: '2026-12-25',
  reason: 'Holidays',
});
const seededClosure = (h: AppHarness) => {
  h.stores.schedules.insertClosure({
    id: 'closure_seeded',
    cooperativeId:
      h.stores.directory.library('springfield' as LibraryId)?.cooperativeId ?? ('' as never),
    libraryId: 'springfield' as LibraryId,
    startDate: '2026-12-24',
    endDate: '2026-12-24',
    timeZone: 'America/Chicago',
    reason: 'Holiday',
    startsAt: Date.UTC(2026, 11, 24, 6),
    endsAt: Date.UTC(2026, 11, 25, 6),
    createdBy: 'demo-cora' as ResponderId,
    createdAt: h.clock.now(),
  });
  return 'closure_seeded';
};

// Ana's seeded Monday shift, next week (Monday 7 December 2026, 09:00 in Chicago).
const NEXT_MONDAY_9 = Date.UTC(2026, 11, 7, 15);
const seededChange = (h: AppHarness, overrides: Partial<ShiftChangeRecord>) => {
  seededShift(h);
  h.stores.schedules.insertShiftChange({
    id: 'change_seeded',
    cooperativeId:
      h.stores.directory.library('springfield' as LibraryId)?.cooperativeId ?? ('' as never),
    kind: 'give_up',
    status: 'offered',
    shiftId: 'shift_seeded',
    startsAt: NEXT_MONDAY_9,
    endsAt: NEXT_MONDAY_9 + 3 * 3_600_000,
    libraryId: 'springfield' as LibraryId,
    fromResponderId: 'demo-ana' as ResponderId,
    toResponderId: null,
    toLibraryId: null,
    swapShiftId: null,
    swapStartsAt: null,
    swapEndsAt: null,
    createdAt: h.clock.now(),
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  });
  return '/api/schedules/changes/change_seeded/actions';
};
const swapWithBen = {
  kind: 'swap' as const,
  status: 'proposed' as const,
  toResponderId: 'demo-ben' as ResponderId,
  toLibraryId: 'shelbyville' as LibraryId,
};
const SHIFT_CHANGE_ROUTES = (): [string, (h: AppHarness) => Call, Statuses][] => [
  [
    'GET /api/schedules/occurrences',
    () => ({ method: 'GET', path: '/api/schedules/occurrences' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/schedules/changes',
    () => ({ method: 'GET', path: '/api/schedules/changes' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST a give-up of Ana’s shift',
    (h) => ({
      method: 'POST',
      path: '/api/schedules/changes',
      body: { kind: 'give_up', shiftId: seededShift(h), startsAt: NEXT_MONDAY_9 },
    }),
    [401, 401, 201, 403, 403, 403, 403],
  ],
  [
    'POST a claim of Ana’s offer',
    (h) => ({ method: 'POST', path: seededChange(h, {}), body: { action: 'claim' } }),
    [401, 401, 403, 200, 200, 403, 403],
  ],
  [
    'POST an acceptance of Ana’s swap with Ben',
    (h) => ({ method: 'POST', path: seededChange(h, swapWithBen), body: { action: 'accept' } }),
    [401, 401, 403, 200, 403, 403, 403],
  ],
  [
    'POST an approval of a swap awaiting it',
    (h) => ({
      method: 'POST',
      path: seededChange(h, { ...swapWithBen, status: 'awaiting_approval' }),
      body: { action: 'approve' },
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'POST a withdrawal of Ana’s offer',
    (h) => ({ method: 'POST', path: seededChange(h, {}), body: { action: 'withdraw' } }),
    [401, 401, 200, 403, 200, 200, 403],
  ],
  [
    'GET Springfield swap approval and backups',
    () => ({ method: 'GET', path: '/api/schedules/library-settings/springfield' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Springfield swap approval and backups',
    () => ({
      method: 'PUT',
      path: '/api/schedules/library-settings/springfield',
      body: { swapApproval: true, backups: ['demo-ben'] },
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
];

const ROUTES: [string, (h: AppHarness) => Call, Statuses][] = [
  [
    // Off the machine, only the metrics token (no session, no role) opens it.
    'GET /metrics',
    () => ({ method: 'GET', path: '/metrics' }),
    [401, 401, 401, 401, 401, 401, 401],
  ],
  [
    'GET /api/libraries',
    () => ({ method: 'GET', path: '/api/libraries' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/responders',
    () => ({ method: 'GET', path: '/api/responders' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/scripts',
    () => ({ method: 'GET', path: '/api/scripts' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET Springfield policy page',
    () => ({ method: 'GET', path: '/api/libraries/springfield/policy' }),
    [200, 200, 200, 200, 200, 200, 200],
  ],
  [
    'GET Springfield follow-ups',
    () => ({ method: 'GET', path: '/api/libraries/springfield/follow-ups' }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET Shelbyville follow-ups',
    () => ({ method: 'GET', path: '/api/libraries/shelbyville/follow-ups' }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'PUT Springfield policy page',
    (h) => ({
      method: 'PUT',
      path: '/api/libraries/springfield/policy',
      body: policyUpdate(h, 'springfield'),
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville policy page',
    (h) => ({
      method: 'PUT',
      path: '/api/libraries/shelbyville/policy',
      body: policyUpdate(h, 'shelbyville'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'POST a problem with Shelbyville policy page',
    () => ({
      method: 'POST',
      path: '/api/libraries/shelbyville/policy/problems',
      body: { comment: 'Old hours' },
    }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET policy search',
    () => ({ method: 'GET', path: '/api/policy/search?q=renew' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST a personal script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('personal') }),
    [401, 401, 201, 201, 201, 201, 201],
  ],
  [
    'POST a library script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('library') }),
    [401, 401, 403, 403, 201, 201, 403],
  ],
  [
    'POST a cooperative script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('cooperative') }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'PUT a Springfield script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-springfield-renewals',
      body: script('library'),
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT a Shelbyville script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-shelbyville-renewals',
      body: script('library'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PUT a cooperative script',
    () => ({
      method: 'PUT',
      path: '/api/scripts/demo-script-greeting',
      body: script('cooperative'),
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PUT Ana’s personal script',
    (h) => ({
      method: 'PUT',
      path: `/api/scripts/${h.seed.scripts.anaPersonal}`,
      body: script('personal'),
    }),
    [401, 401, 200, 404, 404, 404, 404],
  ],
  [
    'DELETE a Springfield script',
    () => ({ method: 'DELETE', path: '/api/scripts/demo-script-springfield-renewals' }),
    [401, 401, 403, 403, 204, 204, 403],
  ],
  [
    'DELETE a cooperative script',
    () => ({ method: 'DELETE', path: '/api/scripts/demo-script-greeting' }),
    [401, 401, 403, 403, 403, 204, 403],
  ],
  [
    'DELETE Ana’s personal script',
    (h) => ({ method: 'DELETE', path: `/api/scripts/${h.seed.scripts.anaPersonal}` }),
    [401, 401, 204, 404, 404, 404, 404],
  ],
  [
    'GET a Springfield follow-up',
    (h) => ({ method: 'GET', path: `/api/follow-ups/${h.seed.followUps.springfield}` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET a Shelbyville follow-up',
    (h) => ({ method: 'GET', path: `/api/follow-ups/${h.seed.followUps.shelbyville}` }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST claim on a Springfield follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.springfield}/actions`,
      body: { action: 'claim' },
    }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'POST reply on a Springfield follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.springfield}/actions`,
      body: reply,
    }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'POST note on a Shelbyville follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.shelbyville}/actions`,
      body: { action: 'note', text: 'Called the branch.' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST close on a Shelbyville follow-up',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${h.seed.followUps.shelbyville}/actions`,
      body: { action: 'close' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'GET Springfield widget settings',
    () => ({ method: 'GET', path: '/api/libraries/springfield/widget-settings' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Springfield widget settings',
    () => ({
      method: 'PUT',
      path: '/api/libraries/springfield/widget-settings',
      body: widgetSettings,
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville widget settings',
    () => ({
      method: 'PUT',
      path: '/api/libraries/shelbyville/widget-settings',
      body: widgetSettings,
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET a Springfield transcript Ana answered',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.byAna}` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET a Springfield transcript Ben answered',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.coveredByBen}` }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET a Shelbyville transcript',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.atShelbyville}` }),
    [401, 401, 403, 200, 403, 200, 200],
  ],
  [
    'GET earlier chats from Ben’s current chat',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.current}/earlier` }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET earlier chats from Ana’s chat',
    (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.byAna}/earlier` }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET /api/cooperative',
    () => ({ method: 'GET', path: '/api/cooperative' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'PATCH /api/cooperative',
    () => ({ method: 'PATCH', path: '/api/cooperative', body: { localTimerSeconds: 15 } }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET /api/groups',
    () => ({ method: 'GET', path: '/api/groups' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST /api/groups',
    () => ({ method: 'POST', path: '/api/groups', body: { id: 'north', name: 'North' } }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'PATCH /api/groups/simpsons-county',
    () => ({ method: 'PATCH', path: '/api/groups/simpsons-county', body: { name: 'County' } }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET the Simpsons County group policy page',
    () => ({ method: 'GET', path: '/api/groups/simpsons-county/policy' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'PUT the Simpsons County group policy page',
    () => ({
      method: 'PUT',
      path: '/api/groups/simpsons-county/policy',
      body: { baseVersion: 0, text: 'One card for the county.', staffOnly: '' },
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'POST /api/libraries',
    () => ({ method: 'POST', path: '/api/libraries', body: newLibrary }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'GET Springfield provisioning',
    () => ({ method: 'GET', path: '/api/libraries/springfield' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PATCH Springfield name and origins',
    () => ({
      method: 'PATCH',
      path: '/api/libraries/springfield',
      body: { name: 'Springfield PL', allowedOrigins: ['https://springfield.example/ask'] },
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PATCH Springfield group',
    () => ({ method: 'PATCH', path: '/api/libraries/springfield', body: { groupId: null } }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PATCH Shelbyville name',
    () => ({ method: 'PATCH', path: '/api/libraries/shelbyville', body: { name: 'Shelby' } }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'POST a group script',
    () => ({ method: 'POST', path: '/api/scripts', body: script('group') }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'POST a library script for Shelbyville',
    () => ({
      method: 'POST',
      path: '/api/scripts',
      body: { ...script('library'), libraryId: 'shelbyville' },
    }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  ...ACCOUNT_ROUTES(),
  ...REPORT_ROUTES(),
  ...QUALITY_ROUTES(),
  ...SHIFT_CHANGE_ROUTES(),
  [
    'GET /api/schedules/shifts/mine',
    () => ({ method: 'GET', path: '/api/schedules/shifts/mine' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/schedules/shifts/mine.ics',
    () => ({ method: 'GET', path: '/api/schedules/shifts/mine.ics' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET Springfield shifts',
    () => ({ method: 'GET', path: '/api/schedules/shifts?library=springfield' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET every library’s shifts',
    () => ({ method: 'GET', path: '/api/schedules/shifts' }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET /api/schedules/grid',
    () => ({ method: 'GET', path: '/api/schedules/grid' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET /api/schedules/now',
    () => ({ method: 'GET', path: '/api/schedules/now' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET /api/schedules/missed',
    () => ({ method: 'GET', path: '/api/schedules/missed' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET /api/schedules/hours',
    () => ({ method: 'GET', path: '/api/schedules/hours' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET /api/schedules/closures',
    () => ({ method: 'GET', path: '/api/schedules/closures' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST a shift for Ana',
    () => ({ method: 'POST', path: '/api/schedules/shifts', body: anaShift }),
    [401, 401, 403, 403, 201, 201, 403],
  ],
  [
    'DELETE a Springfield shift',
    (h) => ({ method: 'DELETE', path: `/api/schedules/shifts/${seededShift(h)}` }),
    [401, 401, 403, 403, 204, 204, 403],
  ],
  [
    'PUT /api/schedules/settings',
    () => ({ method: 'PUT', path: '/api/schedules/settings', body: { minStaff: 2, tiers: [] } }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'PUT Springfield hours owed',
    () => ({
      method: 'PUT',
      path: '/api/schedules/hours/springfield',
      body: { hoursOwed: 4, size: null },
    }),
    [401, 401, 403, 403, 403, 204, 403],
  ],
  [
    'POST a Springfield closure',
    () => ({ method: 'POST', path: '/api/schedules/closures', body: closure('springfield') }),
    [401, 401, 403, 403, 201, 201, 403],
  ],
  [
    'POST a cooperative closure',
    () => ({ method: 'POST', path: '/api/schedules/closures', body: closure() }),
    [401, 401, 403, 403, 403, 201, 403],
  ],
  [
    'DELETE a Springfield closure',
    (h) => ({ method: 'DELETE', path: `/api/schedules/closures/${seededClosure(h)}` }),
    [401, 401, 403, 403, 204, 204, 403],
  ],
  [
    'GET /api/now',
    () => ({ method: 'GET', path: '/api/now' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET Springfield retention',
    () => ({ method: 'GET', path: '/api/libraries/springfield/retention' }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Springfield retention',
    () => ({ method: 'PUT', path: '/api/libraries/springfield/retention', body: retention }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville retention',
    () => ({ method: 'PUT', path: '/api/libraries/shelbyville/retention', body: retention }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET the retention floor',
    () => ({ method: 'GET', path: '/api/cooperative/retention-floor' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'PUT the retention floor',
    () => ({
      method: 'PUT',
      path: '/api/cooperative/retention-floor',
      body: { identifierDays: 30, transcriptDays: 30 },
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET a Springfield patron’s chats',
    () => ({
      method: 'GET',
      path: '/api/libraries/springfield/patron-chats?email=pat@example.org',
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'GET a Springfield patron’s chats as a file',
    () => ({
      method: 'GET',
      path: '/api/libraries/springfield/patron-chats/export?email=pat@example.org&format=text',
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'POST the erasure of a Shelbyville patron',
    () => ({
      method: 'POST',
      path: '/api/libraries/shelbyville/patron-chats/erase',
      body: { email: 'sam@example.org' },
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET Springfield follow-up promise',
    () => ({ method: 'GET', path: '/api/libraries/springfield/follow-up-promise' }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET Shelbyville follow-up promise',
    () => ({ method: 'GET', path: '/api/libraries/shelbyville/follow-up-promise' }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'PUT Springfield follow-up promise',
    () => ({
      method: 'PUT',
      path: '/api/libraries/springfield/follow-up-promise',
      body: { workingDays: 3 },
    }),
    [401, 401, 403, 403, 200, 200, 403],
  ],
  [
    'PUT Shelbyville follow-up promise',
    () => ({
      method: 'PUT',
      path: '/api/libraries/shelbyville/follow-up-promise',
      body: { workingDays: 3 },
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  [
    'GET my follow-up notifications',
    () => ({ method: 'GET', path: '/api/follow-up-notifications' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'POST my follow-up notifications seen',
    () => ({ method: 'POST', path: '/api/follow-up-notifications/seen' }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'PUT my follow-up notification settings',
    () => ({
      method: 'PUT',
      path: '/api/follow-up-notifications/settings',
      body: { digest: 'off' },
    }),
    [401, 401, 200, 200, 200, 200, 200],
  ],
  [
    'GET the cooperative follow-up pool',
    () => ({ method: 'GET', path: '/api/follow-up-pool?state=open&overdue=false' }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
  ...BLOCK_ROUTES(),
  [
    'POST accept a referral to Shelbyville',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${referredToShelbyville(h)}/referral`,
      body: { decision: 'accept' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST return a referral to Shelbyville',
    (h) => ({
      method: 'POST',
      path: `/api/follow-ups/${referredToShelbyville(h)}/referral`,
      body: { decision: 'return', reason: 'Not our collection' },
    }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'GET Springfield referrals out',
    () => ({ method: 'GET', path: '/api/libraries/springfield/referrals-out' }),
    [401, 401, 200, 403, 200, 200, 200],
  ],
  [
    'GET Shelbyville referrals out',
    () => ({ method: 'GET', path: '/api/libraries/shelbyville/referrals-out' }),
    [401, 401, 403, 200, 403, 200, 403],
  ],
  [
    'POST reassign a Springfield follow-up to Shelbyville',
    (h) => ({
      method: 'POST',
      path: `/api/follow-up-pool/${h.seed.followUps.springfield}/reassign`,
      body: { libraryId: 'shelbyville' },
    }),
    [401, 401, 403, 403, 403, 200, 403],
  ],
];

/** The seeded Shelbyville follow-up, made a referral from Springfield waiting for an answer. */
function referredToShelbyville(h: AppHarness): string {
  const followUpId = h.seed.followUps.shelbyville;
  h.stores.followUpReferrals.saveMemberReferral({
    followUpId,
    fromLibraryId: 'springfield' as LibraryId,
    toLibraryId: 'shelbyville' as LibraryId,
    referredBy: 'demo-ana' as ResponderId,
    referredAt: h.clock.now(),
    state: 'pending',
    reason: null,
    decidedBy: null,
    decidedAt: null,
  });
  return followUpId;
}

/** A complaint about the Springfield chat Ben covered, reviewed by Quinn when `reviewed`. */
function qualityCase(h: AppHarness, reviewed = false): string {
  const forward = createForward({
    id: 'qc_seeded',
    cooperativeId: 'demo-public' as CooperativeId,
    chatId: h.seed.chats.coveredByBen,
    label: 'complaint',
    comment: 'Ended abruptly',
    by: 'demo-cora' as ResponderId,
    now: h.clock.now(),
  });
  const record = reviewed
    ? saveReview(forward, qualityReview, 'demo-quinn' as ResponderId, h.clock.now())
    : forward;
  if ('refused' in record) throw new Error(record.refused);
  h.stores.quality.insertCase(record);
  return record.id;
}
const qualityReview: Review = {
  areas: Object.fromEntries(
    RUSA_AREAS.map((area) => [area, { rating: 'meets', note: '' }]),
  ) as Review['areas'],
  tags: [],
  comment: 'Fine.',
};

function QUALITY_ROUTES(): [string, (h: AppHarness) => Call, Statuses][] {
  const forward = { label: 'complaint', comment: 'Ended abruptly' };
  return [
    [
      'GET /api/transcripts',
      () => ({ method: 'GET', path: '/api/transcripts?q=census' }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'GET /api/transcripts/export.csv',
      () => ({ method: 'GET', path: '/api/transcripts/export.csv' }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'GET the quality side of a Springfield chat Ben answered',
      (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.coveredByBen}/quality` }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'GET the quality side of a Shelbyville chat',
      (h) => ({ method: 'GET', path: `/api/chats/${h.seed.chats.atShelbyville}/quality` }),
      [401, 401, 403, 200, 403, 200, 200],
    ],
    [
      'POST a forward of a Springfield chat Ben answered',
      (h) => ({
        method: 'POST',
        path: `/api/chats/${h.seed.chats.coveredByBen}/quality`,
        body: forward,
      }),
      [401, 401, 201, 201, 201, 201, 201],
    ],
    [
      'POST a forward of a Shelbyville chat',
      (h) => ({
        method: 'POST',
        path: `/api/chats/${h.seed.chats.atShelbyville}/quality`,
        body: forward,
      }),
      [401, 401, 403, 201, 403, 201, 201],
    ],
    [
      'GET the quality inbox',
      () => ({ method: 'GET', path: '/api/quality/cases' }),
      [401, 401, 403, 403, 403, 200, 200],
    ],
    [
      'GET feedback on my chats',
      () => ({ method: 'GET', path: '/api/quality/feedback' }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'GET a case about Ben’s chat',
      (h) => ({ method: 'GET', path: `/api/quality/cases/${qualityCase(h)}` }),
      [401, 401, 403, 200, 403, 200, 200],
    ],
    [
      'PUT the review of a case',
      (h) => ({
        method: 'PUT',
        path: `/api/quality/cases/${qualityCase(h)}/review`,
        body: qualityReview,
      }),
      [401, 401, 403, 403, 403, 200, 200],
    ],
    [
      'POST a feedback message on a reviewed case',
      (h) => ({
        method: 'POST',
        path: `/api/quality/cases/${qualityCase(h, true)}/messages`,
        body: { text: 'Noted.' },
      }),
      [401, 401, 403, 201, 403, 201, 201],
    ],
    [
      'POST close a case',
      (h) => ({
        method: 'POST',
        path: `/api/quality/cases/${qualityCase(h)}/actions`,
        body: { action: 'close' },
      }),
      [401, 401, 403, 403, 403, 200, 200],
    ],
    [
      'GET the quality samples',
      () => ({ method: 'GET', path: '/api/quality/samples' }),
      [401, 401, 403, 403, 403, 200, 200],
    ],
    [
      'PUT the quality sample settings',
      () => ({
        method: 'PUT',
        path: '/api/quality/sample-settings',
        body: { period: 'weekly', perResponder: 1, perLibrary: 3 },
      }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
    [
      'POST draw the quality sample now',
      () => ({ method: 'POST', path: '/api/quality/samples', body: { period: 'previous' } }),
      [401, 401, 403, 403, 403, 201, 403],
    ],
    [
      'GET the quality reviewers a case may be assigned to',
      () => ({ method: 'GET', path: '/api/quality/reviewers' }),
      [401, 401, 403, 403, 403, 200, 200],
    ],
    [
      'GET Springfield’s survey questions (the widget shows them)',
      () => ({ method: 'GET', path: '/api/libraries/springfield/survey' }),
      [200, 200, 200, 200, 200, 200, 200],
    ],
    [
      'PUT Springfield’s survey questions',
      () => ({
        method: 'PUT',
        path: '/api/libraries/springfield/survey',
        body: { questions: [{ id: 'found', kind: 'yes_no', text: 'Did you find it?' }] },
      }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'PUT Shelbyville’s survey questions',
      () => ({
        method: 'PUT',
        path: '/api/libraries/shelbyville/survey',
        body: { questions: [] },
      }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
  ];
}

/** Reports: coordinators for the cooperative, library admins for their own library. */
function REPORT_ROUTES(): [string, (h: AppHarness) => Call, Statuses][] {
  const get = (path: string) => () => ({ method: 'GET' as const, path });
  return [
    [
      'GET /api/reports/contribution',
      get('/api/reports/contribution'),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'GET the contribution CSV',
      get('/api/reports/contribution?format=csv'),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'GET /api/reports/hours-staffed',
      get('/api/reports/hours-staffed'),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'GET the Shelbyville reports',
      get('/api/reports/wait?library=shelbyville'),
      [401, 401, 403, 403, 403, 200, 403],
    ],
  ];
}

function ACCOUNT_ROUTES(): [string, (h: AppHarness) => Call, Statuses][] {
  return [
    [
      'GET /api/people',
      () => ({ method: 'GET', path: '/api/people' }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'GET /api/audit',
      () => ({ method: 'GET', path: '/api/audit' }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'POST an invitation to Springfield as librarian',
      () => ({ method: 'POST', path: '/api/people/invitations', body: invite(['librarian']) }),
      [401, 401, 403, 403, 201, 201, 403],
    ],
    [
      'POST an invitation to Shelbyville',
      () => ({
        method: 'POST',
        path: '/api/people/invitations',
        body: invite(['librarian'], 'shelbyville'),
      }),
      [401, 401, 403, 403, 403, 201, 403],
    ],
    [
      'POST an invitation granting coordinator',
      () => ({ method: 'POST', path: '/api/people/invitations', body: invite(['coordinator']) }),
      [401, 401, 403, 403, 403, 201, 403],
    ],
    [
      'DELETE a Springfield invitation',
      (h) => {
        invitation(h);
        return { method: 'DELETE', path: '/api/people/invitations/inv_seeded' };
      },
      [401, 401, 403, 403, 204, 204, 403],
    ],
    [
      'PATCH Ana’s roles',
      () => ({
        method: 'PATCH',
        path: '/api/people/demo-ana',
        body: { roles: ['librarian', 'library_admin'] },
      }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'PATCH Ana’s roles to quality reviewer',
      () => ({
        method: 'PATCH',
        path: '/api/people/demo-ana',
        body: { roles: ['quality_reviewer'] },
      }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
    [
      'PATCH Ben disabled',
      () => ({ method: 'PATCH', path: '/api/people/demo-ben', body: { disabled: true } }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
    [
      'PATCH Dev (a coordinator) disabled',
      () => ({ method: 'PATCH', path: '/api/people/demo-dev', body: { disabled: true } }),
      [401, 401, 403, 403, 403, 403, 403],
    ],
    [
      'POST a password reset for Ana',
      () => ({ method: 'POST', path: '/api/people/demo-ana/reset-password' }),
      [401, 401, 403, 403, 202, 202, 403],
    ],
    [
      'PUT my password',
      () => ({
        method: 'PUT',
        path: '/api/me/password',
        body: { currentPassword: DEMO_PASSWORD, newPassword },
      }),
      [401, 401, 204, 204, 204, 204, 204],
    ],
    [
      'GET my sessions',
      () => ({ method: 'GET', path: '/api/me/sessions' }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'DELETE all my sessions',
      () => ({ method: 'DELETE', path: '/api/me/sessions' }),
      [401, 401, 204, 204, 204, 204, 204],
    ],
    [
      'public: POST forgot password',
      () => ({
        method: 'POST',
        path: '/api/password-resets',
        body: { email: 'ana@springfield.example' },
      }),
      [202, 202, 202, 202, 202, 202, 202],
    ],
    [
      'public: GET an invitation',
      (h) => {
        invitation(h);
        return { method: 'GET', path: '/api/invitations/invitation-token' };
      },
      [200, 200, 200, 200, 200, 200, 200],
    ],
    [
      'public: POST accept an invitation',
      (h) => {
        invitation(h);
        return {
          method: 'POST',
          path: '/api/invitations/invitation-token/accept',
          body: { displayName: 'Nia New', password: newPassword },
        };
      },
      [201, 201, 201, 201, 201, 201, 201],
    ],
    [
      'public: POST a new password through a reset link',
      (h) => {
        const now = h.clock.now();
        const reset = {
          tokenHash: hashToken('reset-token'),
          createdAt: now,
          expiresAt: now + 60_000,
          usedAt: null,
        };
        h.stores.passwordResets.insertReset({ ...reset, responderId: 'demo-ana' as ResponderId });
        return {
          method: 'POST',
          path: '/api/password-resets/reset-token',
          body: { password: newPassword },
        };
      },
      [200, 200, 200, 200, 200, 200, 200],
    ],
  ];
}

const CASES = ROUTES.flatMap(([label, call, statuses]) =>
  ACTORS.map((actor, index) => [label, actor, statuses[index] ?? 0, call] as const),
);

async function send(h: AppHarness, actor: Actor, call: Call, headers?: Record<string, string>) {
  const client = await h.as(actor);
  return client.request(call.method, call.path, call.body, headers);
}

describe('who may call which route', () => {
  it.each(CASES)('%s as %s answers %i', async (_label, actor, status, call) => {
    const h = await createAppHarness();
    const response = await send(h, actor, call(h));
    expect(response.status).toBe(status);
    if (status === 401)
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('unauthorized');
    if (status === 403)
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('forbidden');
  });
});

const CHANGES = ROUTES.filter(([label]) => /^(POST|PUT|PATCH|DELETE)/.test(label));

describe('cross-site request forgery', () => {
  it.each(CHANGES)(
    'refuses %s with the session cookie but without X-CSRF-Token',
    async (_label, call) => {
      const h = await createAppHarness();
      const response = await send(h, 'dev', call(h), { 'x-csrf-token': '' });
      expect(response.status).toBe(403);
      expect((await json<{ error: { code: string } }>(response)).error.code).toBe('csrf');
    },
  );

  it.each(CHANGES)('refuses %s from another site even with the token', async (_label, call) => {
    const h = await createAppHarness();
    const response = await send(h, 'dev', call(h), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('csrf');
  });
});

describe('the staff-only section of a policy page', () => {
  // The demo's staff-only texts are for each library's own staff (and the coordinator).
  const SEES_STAFF_ONLY: [Actor, string[]][] = [
    ['anonymous', []],
    ['patron', []],
    ['ana', ['springfield']],
    ['ben', ['shelbyville']],
    ['cora', ['springfield']],
    ['dev', ['springfield', 'shelbyville']],
    ['qa', ['springfield']],
  ];

  it.each(SEES_STAFF_ONLY)('is shown to %s for %j', async (actor, shown) => {
    const h = await createAppHarness();
    const client = await h.as(actor);
    for (const library of ['springfield', 'shelbyville']) {
      const page = await json(await client.get(`/api/libraries/${library}/policy`));
      expect('staffOnly' in page).toBe(shown.includes(library));
      // Owners are staff emails: for responders of the cooperative only.
      expect('owners' in page).toBe(actor !== 'anonymous' && actor !== 'patron');
    }
  });
});

describe('things that do not exist', () => {
  it.each([
    ['GET', '/api/chats/chat_nope'],
    ['GET', '/api/chats/chat_nope/earlier'],
    ['GET', '/api/follow-ups/fu_nope'],
    ['POST', '/api/follow-ups/fu_nope/actions'],
    ['PUT', '/api/scripts/script_nope'],
    ['DELETE', '/api/scripts/script_nope'],
    ['GET', '/api/libraries/atlantis/widget-settings'],
    ['PUT', '/api/libraries/atlantis/policy'],
    ['POST', '/api/libraries/atlantis/policy/problems'],
    ['GET', '/api/libraries/atlantis'],
    ['PATCH', '/api/libraries/atlantis'],
    ['PATCH', '/api/groups/atlantis'],
    ['GET', '/api/groups/atlantis/policy'],
    ['PUT', '/api/groups/atlantis/policy'],
    ['PATCH', '/api/people/nobody'],
    ['POST', '/api/people/nobody/reset-password'],
    ['DELETE', '/api/people/invitations/nope'],
    ['DELETE', '/api/me/sessions/nope'],
    ['DELETE', '/api/schedules/shifts/nope'],
    ['DELETE', '/api/schedules/closures/nope'],
    ['PUT', '/api/schedules/hours/atlantis'],
    ['POST', '/api/schedules/changes/nope/actions'],
    ['PUT', '/api/schedules/library-settings/atlantis'],
    ['POST', '/api/follow-ups/fu_nope/referral'],
    ['POST', '/api/follow-up-pool/fu_nope/reassign'],
  ])('%s %s answers 404 to a coordinator', async (method, path) => {
    const h = await createAppHarness();
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    const response = await (await h.as('dev')).request(method, path, body);
    expect(response.status).toBe(404);
  });
});

/** A cooperative block of a Springfield patron, waiting for a coordinator. */
function pendingBlock(h: AppHarness): string {
  h.stores.blocks.insertBlock({
    id: 'block_seeded',
    cooperativeId: 'demo-public' as CooperativeId,
    libraryId: 'springfield' as LibraryId,
    scope: 'cooperative',
    status: 'pending',
    browserHash: 'seeded-browser-hash',
    address: 'none',
    addressHash: null,
    reason: 'Abuse',
    chatId: h.seed.chats.byAna,
    createdBy: 'demo-ana' as ResponderId,
    createdAt: h.clock.now(),
    expiresAt: h.clock.now() + 86_400_000,
    decidedBy: null,
    decidedAt: null,
  });
  return 'block_seeded';
}

function BLOCK_ROUTES(): [string, (h: AppHarness) => Call, Statuses][] {
  const block = { reason: 'Abusive messages', scope: 'library' };
  const blockChat = (h: AppHarness, chatId: string): Call => {
    h.stores.blocks.tagChat(chatId as never, 'seeded-browser-hash', null);
    return { method: 'POST', path: `/api/chats/${chatId}/block`, body: block };
  };
  return [
    [
      'POST a block of the patron of a Springfield chat Ben answered',
      (h) => blockChat(h, h.seed.chats.coveredByBen),
      [401, 401, 201, 201, 201, 201, 201],
    ],
    [
      'POST a block of the patron of a Shelbyville chat',
      (h) => blockChat(h, h.seed.chats.atShelbyville),
      [401, 401, 403, 201, 403, 201, 403],
    ],
    [
      'GET /api/blocks',
      () => ({ method: 'GET', path: '/api/blocks' }),
      [401, 401, 200, 200, 200, 200, 200],
    ],
    [
      'POST the approval of a cooperative block',
      (h) => ({ method: 'POST', path: `/api/blocks/${pendingBlock(h)}/approve` }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
    [
      'POST the lift of a Springfield block',
      (h) => ({ method: 'POST', path: `/api/blocks/${pendingBlock(h)}/lift` }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'GET Springfield IP mode',
      () => ({ method: 'GET', path: '/api/libraries/springfield/ip-mode' }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'PUT Springfield IP mode',
      () => ({
        method: 'PUT',
        path: '/api/libraries/springfield/ip-mode',
        body: { ipMode: 'subnet' },
      }),
      [401, 401, 403, 403, 200, 200, 403],
    ],
    [
      'PUT Shelbyville IP mode',
      () => ({
        method: 'PUT',
        path: '/api/libraries/shelbyville/ip-mode',
        body: { ipMode: 'full' },
      }),
      [401, 401, 403, 403, 403, 200, 403],
    ],
  ];
}
