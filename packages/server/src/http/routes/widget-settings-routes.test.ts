import type {
  ClientMessageId,
  CooperativeId,
  LibraryId,
  PatronServerFrame,
  ResponderId,
  ResponderServerFrame,
  WidgetSettings,
} from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { recordingPeer } from '../../../test/support/room-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const PATH = '/api/libraries/springfield/widget-settings';
const settings = {
  nameField: 'required',
  emailField: 'off',
  privacyNote: 'Chats are deleted after 30 days.',
  colour: '#AABBCC',
  localTimerSeconds: 5,
  groupTimerSeconds: 40,
  allowedOrigins: ['https://www.springfield.example/', '*'],
};

describe('GET /api/libraries/:id/widget-settings', () => {
  it('returns every setting the admin page edits, coverage hours and sharing included', async () => {
    const body = await json<WidgetSettings>(await (await h.as('cora')).get(PATH));
    expect(body).toEqual({
      nameField: 'optional',
      emailField: 'optional',
      // The demo's own note promises no retention: the server writes that part (#16).
      privacyNote: expect.stringContaining('Name and email are optional'),
      colour: '#1d4ed8',
      localTimerSeconds: 30,
      groupTimerSeconds: 30,
      allowedOrigins: ['http://localhost', 'http://127.0.0.1'],
      coverage: [],
      shareEarlierChats: true,
      privacyPolicyUrl: '',
    });
  });
});

describe('PUT /api/libraries/:id/widget-settings', () => {
  it('saves the settings, tidying origins and colour, and keeps coverage and sharing when absent', async () => {
    const body = await json<WidgetSettings>(await (await h.as('cora')).put(PATH, settings));
    expect(body).toMatchObject({
      colour: '#aabbcc',
      allowedOrigins: ['https://www.springfield.example', '*'],
      coverage: [],
      shareEarlierChats: true,
    });
    expect(h.stores.directory.library('springfield' as LibraryId)?.settings).toMatchObject({
      nameField: 'required',
      emailField: 'off',
      localTimerSeconds: 5,
    });
  });

  it('saves coverage hours and whether earlier chats are shared', async () => {
    const coverage = [{ day: 1, startMinute: 540, endMinute: 1020 }];
    await (await h.as('dev')).put(PATH, { ...settings, coverage, shareEarlierChats: false });
    expect(h.stores.directory.library('springfield' as LibraryId)?.settings).toMatchObject({
      coverage,
      shareEarlierChats: false,
    });
  });

  it('arms the cooperative\u2019s room for the new coverage hours while a chat waits', async () => {
    // Open follow-ups keep a timer of their own (their reminders): close the seeded ones first.
    for (const id of Object.values(h.seed.followUps)) {
      const followUp = h.stores.followUps.followUp(id);
      if (followUp) h.stores.followUps.updateFollowUp({ ...followUp, status: 'closed' });
    }
    const room = h.rooms.roomFor('demo-public' as CooperativeId);
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!room || !library) throw new Error('demo seed missing');
    const hello = { type: 'hello', protocolVersion: 1, libraryId: library.id } as const;
    const session = room.patronHello(recordingPeer<PatronServerFrame>(), hello, library);
    const clientMessageId = 'cm-coverage' as ClientMessageId;
    room.patronFrame(session, { type: 'ask', clientMessageId, question: 'Open late?' });
    expect(room.context.scheduler.armedAt()).toBeUndefined();
    // Monday 10:00 to 17:00 in Chicago; the clock reads Monday 09:00 there.
    const coverage = [{ day: 1, startMinute: 600, endMinute: 1020 }];
    await (await h.as('cora')).put(PATH, { ...settings, coverage });
    expect(room.context.scheduler.armedAt()).toBe(h.clock.now() + 3_600_000);
  });

  it('refuses an allowed origin that is not an origin, naming it', async () => {
    const response = await (await h.as('cora')).put(PATH, {
      ...settings,
      allowedOrigins: ['https://springfield.example', 'springfield.example/library'],
    });
    expect(response.status).toBe(400);
    expect((await json<{ error: { message: string } }>(response)).error.message).toMatch(
      /^allowedOrigins\.1: /,
    );
  });

  it.each([
    ['plain http', 'http://springfield.example/privacy'],
    ['a script address', 'javascript:alert(1)'],
    ['no address at all', 'our privacy page'],
  ])('refuses a privacy policy address that is %s, saying what it must be', async (_, url) => {
    const response = await (await h.as('cora')).put(PATH, { ...settings, privacyPolicyUrl: url });
    expect(response.status).toBe(400);
    expect((await json<{ error: { message: string } }>(response)).error.message).toMatch(
      /^privacyPolicyUrl: must be an https:\/\/ address/,
    );
  });

  it('saves the privacy policy address, keeps it when absent and removes it when empty', async () => {
    const cora = await h.as('cora');
    const url = 'https://springfield.example/privacy';
    const saved = await json<WidgetSettings>(
      await cora.put(PATH, { ...settings, privacyPolicyUrl: ` ${url} ` }),
    );
    expect(saved.privacyPolicyUrl).toBe(url);
    expect((await json<WidgetSettings>(await cora.put(PATH, settings))).privacyPolicyUrl).toBe(url);
    expect(
      (await json<WidgetSettings>(await cora.put(PATH, { ...settings, privacyPolicyUrl: '' })))
        .privacyPolicyUrl,
    ).toBe('');
  });

  it('shows the new privacy note and fields to the widget at once', async () => {
    await (await h.as('cora')).put(PATH, settings);
    const info = await json(await (await h.as('patron')).get('/api/libraries/springfield/widget'));
    expect(info).toMatchObject({
      privacyNote: 'Chats are deleted after 30 days.',
      nameField: 'required',
      emailField: 'off',
    });
  });

  it('routes the next chat with the new timer, without a restart', async () => {
    const room = h.rooms.roomFor('demo-public' as CooperativeId);
    const directory = h.stores.directory;
    const ana = directory.responder('demo-ana' as ResponderId);
    const ben = directory.responder('demo-ben' as ResponderId);
    if (!room || !ana || !ben) throw new Error('demo seed missing');
    const anaPeer = recordingPeer<ResponderServerFrame>();
    const benPeer = recordingPeer<ResponderServerFrame>();
    room.responderOpened(anaPeer, ana);
    room.responderFrame(anaPeer, ana, { type: 'set_status', status: 'local' });
    room.responderOpened(benPeer, ben);
    room.responderFrame(benPeer, ben, { type: 'set_status', status: 'cooperative' });
    const ask = (question: string) => {
      const library = directory.library('springfield' as LibraryId);
      if (!library) throw new Error('no library');
      const hello = { type: 'hello', protocolVersion: 1, libraryId: library.id } as const;
      const session = room.patronHello(recordingPeer<PatronServerFrame>(), hello, library);
      const clientMessageId = question.length.toString() as ClientMessageId;
      room.patronFrame(session, { type: 'ask', clientMessageId, question, name: 'Pat' });
    };
    ask('Asked before the change?');
    await (await h.as('cora')).put(PATH, settings);
    ask('Asked after the change?');
    h.clock.advance(5_000);
    expect(benPeer.of('offer').map((frame) => frame.offer.question)).toEqual([
      'Asked after the change?',
    ]);
  });
});
