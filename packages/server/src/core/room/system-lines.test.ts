import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createRoomHarness, recordingPeer } from '../../../test/support/room-harness.ts';

function setup() {
  const h = createRoomHarness();
  h.library('springfield', { name: 'Springfield Public Library' });
  h.library('shelbyville', { name: 'Shelbyville Public Library' });
  const ana = h.responder('ana', 'springfield');
  h.room.start();
  return { h, ana };
}

describe("the service's own chat lines", () => {
  it('reach a Spanish patron in Spanish, and the librarian and the archive in English', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { peer, session, chatId } = h.patron('springfield');
    session.locale = 'es-MX';
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    const line = peer.of('message').find((m) => m.authorRole === 'system');
    expect(line?.text).toBe('Ana (Springfield Public Library) se unió al chat.');
    const console = anaPeer.of('message').map((m) => m.message.text);
    expect(console).toContain('Ana (Springfield Public Library) joined the chat.');
    expect(h.stores.transcripts.messages(chatId, false).map((m) => m.text)).toContain(
      'Ana (Springfield Public Library) joined the chat.',
    );
  });

  it('are worded again in the language of the page a patron resumes from', () => {
    const { h, ana } = setup();
    const anaPeer = h.online(ana);
    const { session, chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(anaPeer, ana, { type: 'transfer', chatId, to: { kind: 'cooperative' } });
    h.room.patronClosed(session);
    const again = recordingPeer<never>() as unknown as ReturnType<typeof h.patron>['peer'];
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!library) throw new Error('library');
    h.room.patronHello(
      again,
      {
        type: 'hello',
        protocolVersion: 1,
        libraryId: library.id,
        resumeToken: session.resumeToken,
        locale: 'ar',
      },
      library,
    );
    const lines = again.of('message').filter((m) => m.authorRole === 'system');
    expect(lines.map((m) => m.text)).toEqual([
      'انضم Ana (Springfield Public Library) إلى المحادثة.',
      'يحوّلك Ana إلى التعاونية. يُرجى البقاء في المحادثة.',
    ]);
  });
});
