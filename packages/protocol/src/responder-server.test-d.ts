import { describe, expectTypeOf, it } from 'vitest';
import type { ChatId, LibraryId } from './ids.ts';
import type { ResponderClientFrame } from './responder-client.ts';
import type { ChatAssigned, QueueEntry, ResponderServerFrame } from './responder-server.ts';

/** The switch the console writes over every frame the server may send it. */
function handle(frame: ResponderServerFrame): string {
  switch (frame.type) {
    case 'welcome':
      return frame.responder.displayName;
    case 'status':
      return frame.reason;
    case 'queue':
      return String(frame.offers.length);
    case 'offer':
      return frame.offer.question;
    case 'offer_withdrawn':
    case 'chat_released':
      return frame.reason;
    case 'chat_assigned':
      return frame.homeLibrary.name;
    case 'message':
      return frame.message.text;
    case 'ack':
      return frame.messageId;
    case 'typing':
      return String(frame.active);
    case 'patron_left':
      return frame.chatId;
    case 'chat_ended':
      return frame.outcome ?? frame.reason;
    case 'covered_chats':
      return String(frame.chats.length);
    case 'error':
      return frame.code;
    case 'pong':
      return 'pong';
    default:
      return frame satisfies never;
  }
}

/** The same switch with `covered_chats` forgotten. */
function handleAllButCovered(frame: ResponderServerFrame): string {
  switch (frame.type) {
    case 'welcome':
    case 'status':
    case 'queue':
    case 'offer':
    case 'offer_withdrawn':
    case 'chat_assigned':
    case 'message':
    case 'ack':
    case 'typing':
    case 'patron_left':
    case 'chat_ended':
    case 'chat_released':
    case 'error':
    case 'pong':
      return frame.type;
    default:
      // @ts-expect-error the unhandled covered_chats frame is left
      return frame satisfies never;
  }
}

describe('ResponderServerFrame', () => {
  it('is a union of exactly the fifteen responder server frame types', () => {
    expectTypeOf<ResponderServerFrame['type']>().toEqualTypeOf<
      | 'welcome'
      | 'status'
      | 'queue'
      | 'offer'
      | 'offer_withdrawn'
      | 'chat_assigned'
      | 'message'
      | 'ack'
      | 'typing'
      | 'patron_left'
      | 'chat_ended'
      | 'chat_released'
      | 'covered_chats'
      | 'error'
      | 'pong'
    >();
  });

  it('narrows exhaustively on type, and a forgotten case fails to compile', () => {
    expectTypeOf(handle).parameter(0).toEqualTypeOf<ResponderServerFrame>();
    expectTypeOf(handleAllButCovered).returns.toBeString();
    expectTypeOf<
      Extract<ResponderServerFrame, { type: 'chat_assigned' }>
    >().toEqualTypeOf<ChatAssigned>();
  });

  it('hands out ids that go straight back into client frames', () => {
    expectTypeOf<QueueEntry['chatId']>().toEqualTypeOf<ChatId>();
    expectTypeOf<QueueEntry['library']['id']>().toEqualTypeOf<LibraryId>();
    const accept = (offer: QueueEntry): ResponderClientFrame => ({
      type: 'accept',
      chatId: offer.chatId,
    });
    expectTypeOf(accept).returns.toEqualTypeOf<ResponderClientFrame>();
  });
});
