import { type LibraryCreate, LibraryCreateSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import { cooperative, ids, library } from '../../storage/contract/fixtures.ts';
import type { Library, LibraryGroup } from '../model.ts';
import type { Directory } from '../ports/index.ts';
import { editLibrary, newLibrary } from './library-provisioning.ts';

const groups: LibraryGroup[] = [
  { id: ids.group('west'), cooperativeId: ids.cooperative('coop-a'), name: 'West' },
  { id: ids.group('elsewhere'), cooperativeId: ids.cooperative('coop-b'), name: 'Theirs' },
];
const existing = library();
const directory = {
  library: (id) => (id === existing.id ? existing : undefined),
  group: (id) => groups.find((group) => group.id === id),
} as Pick<Directory, 'library' | 'group'> as Directory;
const ctx = { directory, parseOrigin };
const input = (overrides: Partial<LibraryCreate> = {}): LibraryCreate =>
  v.parse(LibraryCreateSchema, {
    id: 'river',
    name: 'River University Library',
    kind: 'academic',
    timezone: 'America/Denver',
    ...overrides,
  });

describe('a new library', () => {
  it('starts with the cooperative timers, no group, staffing the cooperative and enabled', () => {
    const made = newLibrary(
      ctx,
      cooperative({ localTimerSeconds: 12, groupTimerSeconds: 34 }),
      input(),
    );
    expect(made).toMatchObject({
      ok: true,
      value: {
        id: 'river',
        cooperativeId: 'coop-a',
        groupId: null,
        kind: 'academic',
        staffsCooperative: true,
        disabled: false,
        settings: {
          localTimerSeconds: 12,
          groupTimerSeconds: 34,
          allowedOrigins: [],
          coverage: [],
        },
      },
    });
  });

  it('keeps the origin of a pasted URL, lower-cased, and drops duplicates', () => {
    const made = newLibrary(
      ctx,
      cooperative(),
      input({
        allowedOrigins: [
          'https://Lib.Example/chat?x=1',
          'https://lib.example',
          'http://127.0.0.1:8080/a',
        ],
      }),
    );
    expect(made.ok && made.value.settings.allowedOrigins).toEqual([
      'https://lib.example',
      'http://127.0.0.1:8080',
    ]);
  });

  it.each([
    [['lib.example'], 'allowedOrigins.0', /has no scheme: write https:\/\/lib.example/],
    [['*', 'ftp://lib.example'], 'allowedOrigins.1', /not a web address/],
  ])('refuses the origins %j naming %s', (origins, field, message) => {
    const made = newLibrary(ctx, cooperative(), input({ allowedOrigins: origins }));
    expect(made).toMatchObject({ ok: false, reason: 'invalid', field });
    expect(!made.ok && made.message).toMatch(message);
  });

  it.each(['Mars/Olympus', 'CET', 'EST', 'not a zone'])('refuses the time zone %s', (timezone) => {
    expect(newLibrary(ctx, cooperative(), input({ timezone }))).toMatchObject({
      ok: false,
      reason: 'invalid',
      field: 'timezone',
    });
  });

  it('refuses an id that is taken, in any cooperative', () => {
    expect(newLibrary(ctx, cooperative(), input({ id: existing.id }))).toMatchObject({
      ok: false,
      reason: 'conflict',
      field: 'id',
    });
  });

  it('joins a group of its own cooperative and refuses a group of another', () => {
    expect(newLibrary(ctx, cooperative(), input({ groupId: ids.group('west') }))).toMatchObject({
      ok: true,
      value: { groupId: 'west' },
    });
    expect(
      newLibrary(ctx, cooperative(), input({ groupId: ids.group('elsewhere') })),
    ).toMatchObject({
      ok: false,
      reason: 'missing',
      field: 'groupId',
    });
  });
});

describe('editing a library', () => {
  it('changes only the fields sent', () => {
    const edited = editLibrary(ctx, existing, { name: 'Renamed', disabled: true });
    expect(edited).toEqual({ ok: true, value: { ...existing, name: 'Renamed', disabled: true } });
  });

  it('moves it between groups of its cooperative and out of any group', () => {
    const inWest = editLibrary(ctx, existing, { groupId: ids.group('west') });
    expect(inWest.ok && inWest.value.groupId).toBe('west');
    const grouped: Library = { ...existing, groupId: ids.group('west') };
    const out = editLibrary(ctx, grouped, { groupId: null });
    expect(out.ok && out.value.groupId).toBeNull();
    expect(editLibrary(ctx, existing, { groupId: ids.group('elsewhere') }).ok).toBe(false);
  });

  it('refuses a bad time zone and a bad origin without changing anything', () => {
    expect(editLibrary(ctx, existing, { timezone: 'Europe/Atlantis' }).ok).toBe(false);
    expect(editLibrary(ctx, existing, { allowedOrigins: ['javascript:alert(1)'] }).ok).toBe(false);
  });
});
