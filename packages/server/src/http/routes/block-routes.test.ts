import {
  type AuditEntry,
  type BlockListResponse,
  type BlockView,
  type ClientMessageId,
  type CooperativeId,
  type LibraryId,
  type PatronServerFrame,
  PROTOCOL_VERSION,
  type ResponderId,
} from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import type { PatronSession } from '../../core/room/live-state.ts';

const HOUR = 3_600_000;
const COOPERATIVE = 'demo-public' as CooperativeId;
const BROWSER = 'browser-id-of-the-patron-0001';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

/** A patron's widget saying hello at a library, from an address; returns its frames. */
function hello(libraryId: string, browserId: string | null, address = '203.0.113.7') {
  const frames: PatronServerFrame[] = [];
  const room = h.rooms.roomFor(COOPERATIVE);
  const library = h.stores.directory.library(libraryId as LibraryId);
  if (!room || !library) throw new Error('no demo room or library');
  const session: PatronSession = room.patronHello(
    { send: (frame) => frames.push(frame), close: () => undefined },
    {
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      libraryId: library.id,
      ...(browserId ? { browserId } : {}),
    },
    library,
    address,
  );
  const ask = (question: string) =>
    room.patronFrame(session, {
      type: 'ask',
      clientMessageId: `q-${frames.length}` as ClientMessageId,
      question,
    });
  const available = () => {
    const welcome = frames.find((frame) => frame.type === 'welcome');
    return welcome?.type === 'welcome' ? welcome.library.available : undefined;
  };
  return { frames, session, ask, available };
}

/** A librarian is online, so a library's chat is available to anyone not blocked. */
function librarianOnline(): void {
  const room = h.rooms.roomFor(COOPERATIVE);
  for (const id of ['demo-ana', 'demo-ben']) {
    const responder = h.stores.directory.responder(id as ResponderId);
    if (!room || !responder) throw new Error('no room or responder');
    const peer = { send: () => undefined, close: () => undefined };
    room.responderOpened(peer, responder);
    room.responderFrame(peer, responder, { type: 'set_status', status: 'cooperative' });
  }
}

async function blockedChat(): Promise<string> {
  librarianOnline();
  const patron = hello('springfield', BROWSER);
  patron.ask('You are all useless and I will keep spamming this.');
  const chatId = patron.session.chatId;
  if (!chatId) throw new Error('no chat');
  return chatId;
}

describe('the block list', () => {
  it('blocks a chat’s patron for the cooperative once a coordinator approves, and not after it expires', async () => {
    const chatId = await blockedChat();
    const ana = await h.as('ana');
    const created = await ana.post(`/api/chats/${chatId}/block`, {
      reason: 'Abusive messages',
      scope: 'cooperative',
    });
    expect(created.status).toBe(201);
    const block = await json<BlockView>(created);
    expect(block).toMatchObject({ status: 'pending', scope: 'cooperative', canApprove: false });
    expect(block.expiresAt - block.createdAt).toBe(24 * HOUR);

    // Waiting for approval, it holds at the patron's library only.
    expect(hello('springfield', BROWSER).available()).toBe(false);
    expect(hello('shelbyville', BROWSER).available()).toBe(true);
    expect(hello('springfield', 'another-browser-entirely').available()).toBe(true);

    const dev = await h.as('dev');
    const list = await json<BlockListResponse>(await dev.get('/api/blocks'));
    expect(list.blocks.map((b) => [b.id, b.canApprove])).toEqual([[block.id, true]]);
    expect((await ana.post(`/api/blocks/${block.id}/approve`)).status).toBe(403);
    const approved = await json<BlockView>(await dev.post(`/api/blocks/${block.id}/approve`));
    expect(approved).toMatchObject({ status: 'active', decidedByName: 'Dev Dasgupta' });

    const elsewhere = hello('shelbyville', BROWSER);
    expect(elsewhere.available()).toBe(false);
    elsewhere.ask('Let me in');
    expect(elsewhere.frames.at(-1)).toEqual({ type: 'offline', reason: 'no_responders' });
    expect(elsewhere.session.chatId).toBeNull();

    h.clock.advance(24 * HOUR);
    librarianOnline(); // they went away while the clock ran
    expect(hello('shelbyville', BROWSER).available()).toBe(true);
    expect(h.stores.blocks.currentBlocks(COOPERATIVE, h.clock.now())).toEqual([]);
  });

  it('keys a block on the subnet when asked, so another computer of that room is kept out too', async () => {
    const chatId = await blockedChat();
    const cora = await h.as('cora');
    const created = await cora.post(`/api/chats/${chatId}/block`, {
      reason: 'Threats',
      scope: 'library',
      hours: 2,
      address: 'subnet',
    });
    expect(await json<BlockView>(created)).toMatchObject({ status: 'active', address: 'subnet' });
    expect(hello('springfield', null, '203.0.113.99').available()).toBe(false);
    expect(hello('springfield', null, '198.51.100.1').available()).toBe(true);
    // A library block holds at that library only.
    expect(hello('shelbyville', BROWSER).available()).toBe(true);
  });

  it('lifts a block, audits the block, the approval and the lift, and survives the scrub of the chat', async () => {
    const chatId = await blockedChat();
    const dev = await h.as('dev');
    const block = await json<BlockView>(
      await dev.post(`/api/chats/${chatId}/block`, {
        reason: 'Spam',
        scope: 'cooperative',
        hours: 48,
      }),
    );
    // A coordinator's cooperative block needs nobody's approval.
    expect(block).toMatchObject({ status: 'active', canLift: true });
    h.stores.privacy.clearIdentifiers(chatId as never, h.clock.now());
    expect(hello('shelbyville', BROWSER).available()).toBe(false);

    expect((await (await h.as('ben')).post(`/api/blocks/${block.id}/lift`)).status).toBe(403);
    expect((await (await h.as('cora')).post(`/api/blocks/${block.id}/lift`)).status).toBe(200);
    expect((await dev.post(`/api/blocks/${block.id}/lift`)).status).toBe(409);
    expect(hello('shelbyville', BROWSER).available()).toBe(true);

    const log = await json<{ entries: AuditEntry[] }>(await dev.get('/api/audit'));
    expect(log.entries.slice(0, 2).map((entry) => entry.action)).toEqual([
      'block_lifted',
      'patron_blocked',
    ]);
    expect(JSON.stringify(log.entries)).not.toContain(BROWSER);
  });

  it('refuses a block without a reason, for longer than 90 days, or by someone who never saw the chat', async () => {
    const chatId = await blockedChat();
    const ana = await h.as('ana');
    expect(
      (await ana.post(`/api/chats/${chatId}/block`, { reason: ' ', scope: 'library' })).status,
    ).toBe(400);
    expect(
      (
        await ana.post(`/api/chats/${chatId}/block`, {
          reason: 'x',
          scope: 'library',
          hours: 91 * 24,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await (
          await h.as('ben')
        ).post(`/api/chats/${chatId}/block`, { reason: 'x', scope: 'library' })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await h.as('anonymous')
        ).post(`/api/chats/${chatId}/block`, { reason: 'x', scope: 'library' })
      ).status,
    ).toBe(401);
  });
});
