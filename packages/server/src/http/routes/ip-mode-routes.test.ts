import {
  type ClientMessageId,
  type CooperativeId,
  type IpModeSetting,
  type LibraryId,
  PROTOCOL_VERSION,
} from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

const PATH = '/api/libraries/springfield/ip-mode';
let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

/** A patron asks at Springfield from `address`; returns what the chat row keeps of it. */
function askFrom(address: string): unknown {
  const room = h.rooms.roomFor('demo-public' as CooperativeId);
  const library = h.stores.directory.library('springfield' as LibraryId);
  if (!room || !library) throw new Error('no demo room');
  const hello = {
    type: 'hello',
    protocolVersion: PROTOCOL_VERSION,
    libraryId: library.id,
  } as const;
  const session = room.patronHello(
    { send: () => undefined, close: () => undefined },
    hello,
    library,
    address,
  );
  room.patronFrame(session, {
    type: 'ask',
    clientMessageId: 'q' as ClientMessageId,
    question: 'Hours?',
  });
  return h.stores.db.get('SELECT patron_address FROM chats WHERE id = ?', session.chatId)
    ?.patron_address;
}

describe('IP modes', () => {
  it('keeps no address by default, the subnet or the full address as the library chooses', async () => {
    expect(await json<IpModeSetting>(await (await h.as('cora')).get(PATH))).toEqual({
      ipMode: 'none',
    });
    expect(askFrom('203.0.113.7')).toBeNull();

    const cora = await h.as('cora');
    expect(await json<IpModeSetting>(await cora.put(PATH, { ipMode: 'subnet' }))).toEqual({
      ipMode: 'subnet',
    });
    expect(askFrom('203.0.113.8')).toBe('203.0.113.0/24');
    await cora.put(PATH, { ipMode: 'full' });
    expect(askFrom('2001:db8:abcd:12::1')).toBe('2001:db8:abcd:12::1');
    expect((await cora.put(PATH, { ipMode: 'everything' })).status).toBe(400);
  });

  it('keeps the library’s retention when it changes the IP mode, and the scrub clears the address', async () => {
    const cora = await h.as('cora');
    const retention = { identifierDays: 45, transcriptDays: 60, redactMessages: false };
    await cora.put('/api/libraries/springfield/retention', retention);
    await cora.put(PATH, { ipMode: 'full' });
    expect(h.stores.privacy.retention('springfield' as LibraryId)).toEqual(retention);
    askFrom('198.51.100.4');
    const row = h.stores.db.get<{ id: string }>(
      "SELECT id FROM chats WHERE patron_address = '198.51.100.4'",
    );
    if (!row) throw new Error('address not kept');
    h.stores.privacy.clearIdentifiers(row.id as never, h.clock.now());
    expect(h.stores.db.get('SELECT patron_address FROM chats WHERE id = ?', row.id)).toEqual({
      patron_address: null,
    });
  });
});
