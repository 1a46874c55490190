import type { ClientMessageId } from '@refdesk/protocol/responder';
import { describe, expect, it } from 'vitest';
import { assigned, chatId, message, offer } from '../testing/fixtures.ts';
import { applyFrame } from './apply-frame.ts';
import { emptyDesk } from './desk-types.ts';

const cmid = (id: string) => id as ClientMessageId;

describe('applyFrame', () => {
  it('keeps offers longest-waiting first and announces only new ones', () => {
    const first = applyFrame(
      emptyDesk,
      { type: 'queue', offers: [offer('b', 200), offer('a', 100)] },
      null,
    );
    expect(first.data.offers.map((o) => o.chatId)).toEqual(['a', 'b']);
    expect(first.effects.filter((e) => e.kind === 'offer_arrived')).toHaveLength(2);
    const again = applyFrame(
      first.data,
      { type: 'queue', offers: [offer('a', 100), offer('c', 50)] },
      null,
    );
    expect(again.data.offers.map((o) => o.chatId)).toEqual(['c', 'a']);
    expect(again.effects).toEqual([{ kind: 'offer_arrived', offer: offer('c', 50) }]);
    const withdrawn = applyFrame(
      again.data,
      { type: 'offer_withdrawn', chatId: chatId('c'), reason: 'accepted_elsewhere' },
      null,
    );
    expect(withdrawn.data.offers.map((o) => o.chatId)).toEqual(['a']);
  });

  it('opens an assigned chat with its transcript and takes it off the offers', () => {
    const queued = applyFrame(emptyDesk, { type: 'offer', offer: offer('a', 1) }, null).data;
    const { data, effects } = applyFrame(queued, assigned('a', [message('a', 1)]), null);
    expect(data.offers).toEqual([]);
    expect(data.chats[0]?.lines.map((l) => l.text)).toEqual(['message 1']);
    expect(effects).toEqual([{ kind: 'chat_opened', chatId: 'a' }]);
  });

  it('matches my message to its ack and echo by client message id, so it shows once', () => {
    let data = applyFrame(emptyDesk, assigned('a', [message('a', 1)]), chatId('a')).data;
    const chat = data.chats[0];
    if (!chat) throw new Error('no chat');
    data = {
      ...data,
      chats: [
        {
          ...chat,
          lines: [
            ...chat.lines,
            {
              key: 'x',
              seq: null,
              authorRole: 'responder',
              displayName: 'Ben',
              text: 'Hi',
              sentAt: 5,
              internal: false,
              clientMessageId: 'x',
              delivery: 'pending',
            },
          ],
        },
      ],
    };
    data = applyFrame(
      data,
      {
        type: 'ack',
        chatId: chatId('a'),
        clientMessageId: cmid('x'),
        seq: 2,
        messageId: 'm2' as never,
      },
      chatId('a'),
    ).data;
    data = applyFrame(
      data,
      {
        type: 'message',
        message: message('a', 2, {
          authorRole: 'responder',
          text: 'Hi',
          clientMessageId: cmid('x'),
        }),
      },
      chatId('a'),
    ).data;
    const lines = data.chats[0]?.lines ?? [];
    expect(lines.map((l) => [l.seq, l.text, l.delivery])).toEqual([
      [1, 'message 1', 'stored'],
      [2, 'Hi', 'stored'],
    ]);
  });

  it('counts patron messages in chats that are not in front as unread, and stops the typing dots', () => {
    let data = applyFrame(emptyDesk, assigned('a'), null).data;
    data = applyFrame(
      data,
      { type: 'typing', chatId: chatId('a'), active: true },
      chatId('b'),
    ).data;
    expect(data.chats[0]?.patronTyping).toBe(true);
    data = applyFrame(data, { type: 'message', message: message('a', 1) }, chatId('b')).data;
    expect(data.chats[0]).toMatchObject({ unread: 1, patronTyping: false });
    data = applyFrame(data, { type: 'message', message: message('a', 2) }, chatId('a')).data;
    expect(data.chats[0]?.unread).toBe(1);
  });

  it('keeps a chat the patron left until an outcome is recorded, then closes it', () => {
    let data = applyFrame(emptyDesk, assigned('a'), chatId('a')).data;
    data = applyFrame(data, { type: 'patron_left', chatId: chatId('a') }, chatId('a')).data;
    expect(data.chats[0]?.phase).toBe('patron_left');
    const ended = applyFrame(
      data,
      {
        type: 'chat_ended',
        chatId: chatId('a'),
        reason: 'patron_left',
        outcome: 'follow_up_by_home_library',
      },
      chatId('a'),
    );
    expect(ended.data.chats).toEqual([]);
    expect(ended.effects).toEqual([
      { kind: 'chat_closed', chatId: 'a', message: 'Chat ended: follow-up by the home library.' },
    ]);
  });

  it('closes a chat taken back by the home library and says so', () => {
    const data = applyFrame(emptyDesk, assigned('a'), chatId('a')).data;
    const released = applyFrame(
      data,
      { type: 'chat_released', chatId: chatId('a'), reason: 'taken_back' },
      chatId('a'),
    );
    expect(released.data.chats).toEqual([]);
    expect(released.effects[0]).toMatchObject({
      message: "The patron's library took this chat back.",
    });
  });

  it('marks a refused message as not sent and passes the error on', () => {
    let data = applyFrame(emptyDesk, assigned('a'), chatId('a')).data;
    const chat = data.chats[0];
    if (!chat) throw new Error('no chat');
    data = {
      ...data,
      chats: [
        {
          ...chat,
          lines: [
            {
              key: 'x',
              seq: null,
              authorRole: 'responder',
              displayName: 'Ben',
              text: 'Hi',
              sentAt: 5,
              internal: false,
              clientMessageId: 'x',
              delivery: 'pending',
            },
          ],
        },
      ],
    };
    const refused = applyFrame(
      data,
      {
        type: 'error',
        code: 'invalid_state',
        message: 'The patron has left this chat.',
        clientMessageId: cmid('x'),
      },
      chatId('a'),
    );
    expect(refused.data.chats[0]?.lines[0]?.delivery).toBe('failed');
    expect(refused.effects).toEqual([
      { kind: 'notice', tone: 'error', message: 'The patron has left this chat.' },
    ]);
  });

  it('follows the status the server confirms, and explains an automatic away', () => {
    const away = applyFrame(
      { ...emptyDesk, status: 'cooperative' },
      { type: 'status', status: 'away', reason: 'inactive' },
      null,
    );
    expect(away.data.status).toBe('away');
    expect(away.effects[0]).toMatchObject({ kind: 'notice', tone: 'info' });
  });
});
