import type {
  CooperativeSettings,
  GroupPolicyPage,
  LibraryDetail,
  LibraryGroupView,
  LibrarySummary,
  LibraryWidgetInfo,
  Script,
} from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AppHarness,
  type Client,
  createAppHarness,
  json,
  plainPasswords,
  signedInClient,
} from '../../../test/support/app-harness.ts';
import { cooperative, ids, library, responder } from '../../storage/contract/fixtures.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const ogdenville = {
  id: 'ogdenville',
  name: 'Ogdenville Public Library',
  kind: 'public',
  timezone: 'America/Chicago',
  groupId: 'simpsons-county',
  allowedOrigins: ['https://www.ogdenville.example/ask-us?from=home'],
};
const error = async (response: Response) =>
  (await json<{ error: { code: string; message: string } }>(response)).error;

describe('a coordinator provisions libraries', () => {
  it('adds a library that the library list, its detail and the widget then show', async () => {
    const dev = await h.as('dev');
    const created = await dev.post('/api/libraries', ogdenville);
    expect(created.status).toBe(201);
    expect(await json<LibraryDetail>(created)).toMatchObject({
      id: 'ogdenville',
      groupId: 'simpsons-county',
      allowedOrigins: ['https://www.ogdenville.example'],
      staffsCooperative: true,
      disabled: false,
      localTimerSeconds: 30,
    });
    const { libraries } = await json<{ libraries: LibrarySummary[] }>(
      await (await h.as('ana')).get('/api/libraries'),
    );
    expect(libraries.map((entry) => entry.id)).toContain('ogdenville');
    const widget = await json<LibraryWidgetInfo>(await dev.get('/api/libraries/ogdenville/widget'));
    expect(widget).toMatchObject({ name: 'Ogdenville Public Library', colour: '#1f4e99' });
  });

  it.each([
    [
      { timezone: 'Springfield/Local' },
      400,
      /timezone: "Springfield\/Local" is not an IANA time zone/,
    ],
    [
      { allowedOrigins: ['ogdenville.example'] },
      400,
      /allowedOrigins\.0: .*write https:\/\/ogdenville.example/,
    ],
    [{ kind: 'municipal' }, 400, /kind/],
    [{ groupId: 'nowhere' }, 400, /groupId: No group "nowhere"/],
    [{ id: 'springfield' }, 409, /A library "springfield" exists already/],
  ])('refuses %j with %i and a clear message', async (change, status, message) => {
    const response = await (await h.as('dev')).post('/api/libraries', { ...ogdenville, ...change });
    expect(response.status).toBe(status);
    expect((await error(response)).message).toMatch(message);
  });

  it('disables a library: its widget and offline form answer 404, the list marks it', async () => {
    const dev = await h.as('dev');
    expect((await dev.patch('/api/libraries/shelbyville', { disabled: true })).status).toBe(200);
    expect((await dev.get('/api/libraries/shelbyville/widget')).status).toBe(404);
    const offline = await dev.post('/api/libraries/shelbyville/offline-questions', {
      question: 'Hello?',
      email: 'p@example.org',
    });
    expect(offline.status).toBe(404);
    const { libraries } = await json<{ libraries: LibrarySummary[] }>(
      await dev.get('/api/libraries'),
    );
    expect(libraries.find((entry) => entry.id === 'shelbyville')?.disabled).toBe(true);
  });

  it('lets a library admin rename their library but not move it out of its group', async () => {
    const cora = await h.as('cora');
    const renamed = await cora.patch('/api/libraries/springfield', { name: 'Springfield PL' });
    expect(await json<LibraryDetail>(renamed)).toMatchObject({ name: 'Springfield PL' });
    const moved = await cora.patch('/api/libraries/springfield', { groupId: null, disabled: true });
    expect(moved.status).toBe(403);
    expect((await error(moved)).message).toBe('Only coordinators can change groupId, disabled.');
    expect(h.stores.directory.library(ids.library('springfield'))?.groupId).toBe('simpsons-county');
  });
});

describe('groups and the cooperative', () => {
  it('adds and renames a group, and a library joins it', async () => {
    const dev = await h.as('dev');
    expect((await dev.post('/api/groups', { id: 'north', name: 'North Haverbrook' })).status).toBe(
      201,
    );
    expect((await dev.post('/api/groups', { id: 'north', name: 'Again' })).status).toBe(409);
    await dev.patch('/api/groups/north', { name: 'North' });
    await dev.patch('/api/libraries/shelbyville', { groupId: 'north' });
    const { groups } = await json<{ groups: LibraryGroupView[] }>(
      await (await h.as('ben')).get('/api/groups'),
    );
    expect(groups).toEqual([
      { id: 'north', name: 'North' },
      { id: 'simpsons-county', name: 'Simpsons County' },
    ]);
    expect(h.stores.directory.library(ids.library('shelbyville'))?.groupId).toBe('north');
  });

  it('edits the cooperative settings, disclosures per language included', async () => {
    const dev = await h.as('dev');
    const patch = {
      timezone: 'America/New_York',
      disclosures: { fr: 'Une bibliothécaire de {responderLibrary}.' },
    };
    expect((await dev.patch('/api/cooperative', patch)).status).toBe(200);
    const read = await json<CooperativeSettings>(await (await h.as('ana')).get('/api/cooperative'));
    expect(read).toMatchObject({ name: 'Demo Public Cooperative', ...patch });
    const bad = await dev.patch('/api/cooperative', { timezone: 'EST' });
    expect(bad.status).toBe(400);
  });

  it('keeps a group policy page that the group’s responders read, versioned against lost updates', async () => {
    const dev = await h.as('dev');
    const path = '/api/groups/simpsons-county/policy';
    expect(await json<GroupPolicyPage>(await dev.get(path))).toMatchObject({
      version: 0,
      text: '',
    });
    const body = {
      baseVersion: 0,
      text: 'One card works at every county library.',
      staffOnly: 'Hub: 555-0100',
    };
    expect((await dev.put(path, body)).status).toBe(200);
    expect((await dev.put(path, body)).status).toBe(409);
    const read = await json<GroupPolicyPage>(await (await h.as('ben')).get(path));
    expect(read).toMatchObject({
      group: { id: 'simpsons-county', name: 'Simpsons County' },
      version: 1,
      text: body.text,
      staffOnly: body.staffOnly,
      updatedBy: 'dev@coop.example',
    });
  });

  it('lets a coordinator write a script for another library of the cooperative', async () => {
    const dev = await h.as('dev');
    const body = { scope: 'library', libraryId: 'shelbyville', title: 'Card', text: 'Free card.' };
    const created = await json<Script>(await dev.post('/api/scripts', body));
    expect(created.libraryId).toBe('shelbyville');
    const { scripts } = await json<{ scripts: Script[] }>(
      await (await h.as('ben')).get('/api/scripts'),
    );
    expect(scripts.find((script) => script.id === created.id)?.libraryId).toBe('shelbyville');
  });
});

describe('a second cooperative', () => {
  let boss: Client;
  beforeEach(async () => {
    const other = ids.cooperative('capital');
    h.stores.directory.insertCooperative(cooperative({ id: other, name: 'Capital Libraries' }));
    h.stores.directory.insertGroup({
      id: ids.group('capital-west'),
      cooperativeId: other,
      name: 'West',
    });
    h.stores.directory.insertLibrary(
      library({ id: ids.library('capital-city'), cooperativeId: other, name: 'Capital City' }),
    );
    const coordinator = responder({
      id: ids.responder('r_boss'),
      libraryId: ids.library('capital-city'),
      email: 'boss@capital.example',
      roles: ['coordinator'],
    });
    h.stores.accounts.insertAccount({
      responder: coordinator,
      passwordHash: await plainPasswords.hash('a long password'),
    });
    boss = await signedInClient(h.app, 'boss@capital.example', 'a long password');
  });

  it('sees only its own libraries, groups and cooperative', async () => {
    const libraries = await json<{ libraries: LibrarySummary[] }>(await boss.get('/api/libraries'));
    expect(libraries.libraries.map((entry) => entry.id)).toEqual(['capital-city']);
    expect((await boss.get('/api/groups/simpsons-county/policy')).status).toBe(404);
    const groups = await json<{ groups: LibraryGroupView[] }>(await boss.get('/api/groups'));
    expect(groups.groups.map((group) => group.id)).toEqual(['capital-west']);
    expect((await json<CooperativeSettings>(await boss.get('/api/cooperative'))).id).toBe(
      'capital',
    );
    expect((await boss.get('/api/libraries/springfield')).status).toBe(404);
  });

  it('cannot change the other cooperative’s libraries, groups, policy pages or scripts', async () => {
    const attempts = [
      await boss.patch('/api/libraries/springfield', { name: 'Mine now' }),
      await boss.patch('/api/groups/simpsons-county', { name: 'Mine now' }),
      await boss.put('/api/groups/simpsons-county/policy', {
        baseVersion: 0,
        text: 'X',
        staffOnly: '',
      }),
      await boss.post('/api/libraries', { ...ogdenville, groupId: 'simpsons-county' }),
      await boss.put('/api/libraries/springfield/widget-settings', {
        nameField: 'off',
        emailField: 'off',
        privacyNote: '',
        colour: '#000000',
        localTimerSeconds: 0,
        groupTimerSeconds: 0,
        allowedOrigins: ['*'],
      }),
      await boss.put('/api/scripts/demo-script-springfield-renewals', {
        scope: 'library',
        title: 'Mine',
        text: 'Mine',
      }),
      await boss.post('/api/scripts', {
        scope: 'library',
        libraryId: 'springfield',
        title: 'X',
        text: 'Y',
      }),
    ];
    expect(attempts.map((response) => response.status)).toEqual([
      404, 404, 404, 400, 403, 404, 404,
    ]);
    const page = h.stores.policies.policyPage(ids.library('springfield'));
    const put = await boss.put('/api/libraries/springfield/policy', {
      baseVersion: page?.version,
      sections: page?.sections,
      staffOnly: '',
      owners: [],
    });
    expect(put.status).toBe(403);
    expect(h.stores.directory.library(ids.library('springfield'))?.name).toBe(
      'Springfield Public Library',
    );
    expect(h.stores.directory.group(ids.group('simpsons-county'))?.name).toBe('Simpsons County');
    expect(h.stores.directory.library(ids.library('ogdenville'))).toBeUndefined();
  });
});
