import type { ClientMessageId } from '@refdesk/protocol/responder';
import { describe, expect, it } from 'vitest';
import { createFakeResponderSocket } from '../testing/fake-socket.ts';
import { assigned, ben, chatId, message, offer } from '../testing/fixtures.ts';
import { createDeskState } from './desk-state.ts';
import { createNotices } from './notices.ts';

function setup() {
  const socket = createFakeResponderSocket();
  const notices = createNotices();
  let ids = 0;
  const arrived: string[] = [];
  const desk = createDeskState({
    profile: ben,
    notices,
    connect: socket.connect,
    createId: () => `c${++ids}` as ClientMessageId,
    now: () => 42,
    onOfferArrived: (o) => arrived.push(o.chatId),
  });
  return { socket, notices, desk, arrived };
}

describe('createDeskState', () => {
  it('brings the chat I accepted to the front when the server assigns it', () => {
    const { socket, desk, arrived } = setup();
    socket.deliver(assigned('first'));
    socket.deliver({ type: 'offer', offer: offer('second', 5) });
    expect(arrived).toEqual(['second']);
    desk.accept(chatId('second'));
    expect(socket.sent.at(-1)).toEqual({ type: 'accept', chatId: 'second' });
    socket.deliver(assigned('second'));
    expect(desk.activeChatId.value).toBe('second');
  });

  it('shows my message at once as pending and sends it with a client message id', () => {
    const { socket, desk } = setup();
    socket.deliver(assigned('a', [message('a', 1)]));
    desk.sendMessage(chatId('a'), 'Hello', false);
    desk.sendMessage(chatId('a'), 'Checked the policy page', true);
    expect(socket.sent).toEqual([
      { type: 'send', chatId: 'a', clientMessageId: 'c1', text: 'Hello' },
      { type: 'note', chatId: 'a', clientMessageId: 'c2', text: 'Checked the policy page' },
    ]);
    const lines = desk.data.value.chats[0]?.lines ?? [];
    expect(lines.map((l) => [l.text, l.delivery, l.internal])).toEqual([
      ['message 1', 'stored', false],
      ['Hello', 'pending', false],
      ['Checked the policy page', 'pending', true],
    ]);
  });

  it('sends pending messages again when the connection comes back', () => {
    const { socket, desk } = setup();
    socket.deliver(assigned('a'));
    socket.open = false;
    desk.sendMessage(chatId('a'), 'Are you there?', false);
    expect(socket.sent).toEqual([]);
    socket.open = true;
    socket.setState('open');
    expect(socket.sent).toEqual([
      { type: 'send', chatId: 'a', clientMessageId: 'c1', text: 'Are you there?' },
    ]);
  });

  it('tells the librarian when an action cannot be sent because the socket is down', () => {
    const { socket, desk, notices } = setup();
    socket.open = false;
    expect(desk.takeBack(chatId('a'))).toBe(false);
    expect(notices.items.value.at(-1)).toMatchObject({ tone: 'error' });
  });

  it('ends a chat with the outcome frame and moves to the next chat when it closes', () => {
    const { socket, desk } = setup();
    socket.deliver(assigned('a'));
    socket.deliver(assigned('b'));
    desk.focusChat(chatId('a'));
    desk.end({
      chatId: chatId('a'),
      outcome: 'follow_up_by_home_library',
      followUp: { contactEmail: 'm@example.com', deadline: '2026-12-24' },
    });
    expect(socket.sent.at(-1)).toEqual({
      type: 'end',
      chatId: 'a',
      outcome: 'follow_up_by_home_library',
      followUp: { contactEmail: 'm@example.com', deadline: '2026-12-24' },
    });
    socket.deliver({
      type: 'chat_ended',
      chatId: chatId('a'),
      reason: 'responder_ended',
      outcome: 'follow_up_by_home_library',
    });
    expect(desk.activeChatId.value).toBe('b');
  });

  it('clears the unread count of the chat brought to the front', () => {
    const { socket, desk } = setup();
    socket.deliver(assigned('a'));
    socket.deliver(assigned('b'));
    socket.deliver({ type: 'message', message: message('b', 1) });
    expect(desk.data.value.chats[1]?.unread).toBe(1);
    desk.focusChat(chatId('b'));
    expect(desk.data.value.chats[1]?.unread).toBe(0);
  });
});
