import type { Script } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const input = (scope: string, title = 'Hours', text = 'We open at {myLibrary} at 9.') => ({
  scope,
  title,
  text,
});
const titles = async (actor: 'ana' | 'ben' | 'cora', query = '') =>
  (
    await json<{ scripts: Script[] }>(await (await h.as(actor)).get(`/api/scripts${query}`))
  ).scripts.map((script) => script.title);

describe('POST /api/scripts', () => {
  it('creates a personal script that only its author sees', async () => {
    const response = await (await h.as('ben')).post(
      '/api/scripts',
      input('personal', 'Ben’s hello'),
    );
    expect(response.status).toBe(201);
    expect(await json<Script>(response)).toMatchObject({
      scope: 'personal',
      libraryId: null,
      title: 'Ben’s hello',
    });
    expect(await titles('ben')).toContain('Ben’s hello');
    expect(await titles('ana')).not.toContain('Ben’s hello');
  });

  it('files a library script under the editor’s own library', async () => {
    const script = await json<Script>(
      await (await h.as('cora')).post('/api/scripts', input('library', 'Cora’s rule')),
    );
    expect(script).toMatchObject({ scope: 'library', libraryId: 'springfield' });
    expect(await titles('ben', '?library=springfield')).toContain('Cora’s rule');
  });

  it('answers 400 for an empty title and stores nothing', async () => {
    const response = await (await h.as('ben')).post('/api/scripts', input('personal', '   '));
    expect(response.status).toBe(400);
    expect(await titles('ben')).not.toContain('');
  });
});

describe('PUT /api/scripts/:id', () => {
  it('lets a coordinator edit another library’s script, which stays that library’s', async () => {
    const response = await (await h.as('dev')).put(
      '/api/scripts/demo-script-shelbyville-renewals',
      input('library', 'Renewals', 'Shelbyville renews twice.'),
    );
    expect(await json<Script>(response)).toMatchObject({
      id: 'demo-script-shelbyville-renewals',
      libraryId: 'shelbyville',
      text: 'Shelbyville renews twice.',
    });
  });

  it('refuses a coordinator who would turn another library’s script into a personal one', async () => {
    const response = await (await h.as('dev')).put(
      '/api/scripts/demo-script-shelbyville-renewals',
      input('personal', 'Mine now', 'Taken.'),
    );
    expect(response.status).toBe(403);
    expect(h.stores.scripts.script('demo-script-shelbyville-renewals')).toMatchObject({
      scope: 'library',
      libraryId: 'shelbyville',
      responderId: null,
    });
    expect(await titles('ben', '?library=shelbyville')).toContain('Renewals');
  });

  it('refuses to turn a personal script into a cooperative one for a librarian', async () => {
    const response = await (await h.as('ana')).put(
      `/api/scripts/${h.seed.scripts.anaPersonal}`,
      input('cooperative'),
    );
    expect(response.status).toBe(403);
    expect(h.stores.scripts.script(h.seed.scripts.anaPersonal)?.scope).toBe('personal');
  });

  it('answers 404 for a script that does not exist', async () => {
    expect((await (await h.as('dev')).put('/api/scripts/nope', input('personal'))).status).toBe(
      404,
    );
  });
});

describe('DELETE /api/scripts/:id', () => {
  it('removes the script from everyone’s list', async () => {
    expect(
      (await (await h.as('cora')).delete('/api/scripts/demo-script-springfield-renewals')).status,
    ).toBe(204);
    expect(h.stores.scripts.script('demo-script-springfield-renewals')).toBeUndefined();
    const listed = await json<{ scripts: Script[] }>(
      await (await h.as('ben')).get('/api/scripts?library=springfield'),
    );
    expect(listed.scripts.map((script) => script.id)).not.toContain(
      'demo-script-springfield-renewals',
    );
    expect(listed.scripts.map((script) => script.id)).toContain(
      'demo-script-springfield-card-sign-up',
    );
  });
});

describe('group scripts', () => {
  it('are written by coordinators for their library’s group and shown between library and cooperative', async () => {
    const dev = await h.as('dev');
    const created = await dev.post('/api/scripts', input('group', 'County card'));
    expect(created.status).toBe(201);
    expect(await json<Script>(created)).toMatchObject({
      scope: 'group',
      groupId: 'simpsons-county',
    });
    const { scripts } = await json<{ scripts: Script[] }>(
      await (await h.as('ben')).get('/api/scripts'),
    );
    const scopes = scripts.map((script) => script.scope);
    const at = scopes.indexOf('group');
    expect(scripts[at]?.title).toBe('County card');
    expect(scopes.slice(at + 1).every((scope) => scope === 'cooperative')).toBe(true);
    expect(scopes.slice(0, at)).not.toContain('cooperative');
  });

  it('are refused to library admins, and for a group that is not the cooperative’s', async () => {
    expect((await (await h.as('cora')).post('/api/scripts', input('group'))).status).toBe(403);
    const elsewhere = await (await h.as('dev')).post('/api/scripts', {
      ...input('group'),
      groupId: 'nowhere',
    });
    expect(elsewhere.status).toBe(400);
    expect(await json(elsewhere)).toMatchObject({
      error: { message: 'groupId: No group "nowhere" in this cooperative.' },
    });
  });

  it('are hidden from libraries outside the group', async () => {
    await (await h.as('dev')).post('/api/scripts', input('group', 'County card'));
    await (await h.as('dev')).patch('/api/libraries/shelbyville', { groupId: null });
    expect(await titles('ben')).not.toContain('County card');
    expect(await titles('ana')).toContain('County card');
  });
});
