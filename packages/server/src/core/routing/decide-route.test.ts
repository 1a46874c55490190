import type { GroupId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { Library } from '../model.ts';
import { canServe, decideRoute, offerRecipients, type RoutingCandidate } from './decide-route.ts';

const library = (id: string, groupId: string | null, staffsCooperative = true): Library => ({
  id: id as LibraryId,
  cooperativeId: 'c' as never,
  groupId: groupId as GroupId | null,
  name: id,
  kind: 'public',
  timezone: 'UTC',
  staffsCooperative,
  disabled: false,
  settings: {
    nameField: 'off',
    emailField: 'off',
    privacyNote: '',
    colour: '#000000',
    localTimerSeconds: 30,
    groupTimerSeconds: 45,
    coverage: [],
    allowedOrigins: [],
    shareEarlierChats: false,
  },
});
const home = library('home', 'g');
const neighbour = library('neighbour', 'g');
const faraway = library('faraway', null);
const selfish = library('selfish', 'g', false);

const candidate = (
  lib: Library,
  status: 'local' | 'cooperative' = 'cooperative',
  openChats = 0,
): RoutingCandidate => ({
  responder: {
    id: `${lib.id}-r` as ResponderId,
    libraryId: lib.id,
    email: '',
    displayName: '',
    roles: ['librarian'],
    maxChats: 2,
  },
  library: lib,
  status,
  openChats,
});
const chat = (tier: 'local' | 'group' | 'cooperative', coverageOpen = true) => ({
  home,
  tier,
  target: null,
  coverageOpen,
});

describe('decideRoute', () => {
  it('waits at the local tier with the library timer when a home librarian is online, even a busy one', () => {
    expect(decideRoute(chat('local'), [candidate(home, 'local', 2)], 'stay')).toEqual({
      kind: 'wait',
      tier: 'local',
      timerSeconds: 30,
    });
  });

  it('skips straight to the cooperative when only a librarian outside the group is online', () => {
    expect(decideRoute(chat('local'), [candidate(faraway)], 'stay')).toEqual({
      kind: 'wait',
      tier: 'cooperative',
      timerSeconds: null,
    });
  });

  it('advances past a tier that adds nobody when the timer runs out', () => {
    expect(decideRoute(chat('local'), [candidate(home)], 'advance')).toEqual({
      kind: 'wait',
      tier: 'cooperative',
      timerSeconds: null,
    });
  });

  it('is unavailable when nobody can serve at any tier', () => {
    expect(
      decideRoute(chat('local'), [candidate(neighbour, 'local'), candidate(selfish)], 'stay'),
    ).toEqual({ kind: 'unavailable' });
  });

  it('keeps the cooperative out of the chat outside coverage hours but not the group', () => {
    expect(decideRoute(chat('local', false), [candidate(faraway)], 'stay')).toEqual({
      kind: 'unavailable',
    });
    expect(decideRoute(chat('local', false), [candidate(neighbour)], 'stay')).toMatchObject({
      tier: 'group',
    });
  });
});

describe('canServe and offerRecipients', () => {
  it('never offers other libraries\u2019 patrons to a library that does not staff the cooperative', () => {
    expect(canServe(candidate(selfish), chat('cooperative'), 'cooperative')).toBe(false);
  });

  it('leaves out librarians at their maximum and those who declined', () => {
    const busy = candidate(home, 'cooperative', 2);
    const declined = candidate(neighbour);
    const free = candidate(faraway);
    const recipients = offerRecipients(
      chat('cooperative'),
      [busy, declined, free],
      new Set([declined.responder.id]),
    );
    expect(recipients).toEqual([free]);
  });
});
