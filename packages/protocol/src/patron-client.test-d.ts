import { describe, expectTypeOf, it } from 'vitest';
import type { ChatId, ClientMessageId, LibraryId } from './ids.ts';
import type { Ask, PatronClientFrame, PatronClientFrameInput, Survey } from './patron-client.ts';

/** The switch a server writes over every frame a patron may send. */
function handle(frame: PatronClientFrame): string {
  switch (frame.type) {
    case 'hello':
      return frame.libraryId;
    case 'ask':
      return frame.question;
    case 'send':
      return frame.text;
    case 'typing':
      return String(frame.active);
    case 'read':
      return String(frame.seq);
    case 'leave':
      return 'left';
    case 'request_transcript':
      return frame.email;
    case 'survey':
      return String(frame.rating);
    case 'offline_question':
      return frame.question;
    case 'ping':
      return 'pong';
    case 'departing':
      return 'departing';
    case 'erase_chat':
      return frame.resumeToken;
    default:
      return frame satisfies never;
  }
}

/** The same switch with `ping` forgotten. */
function handleAllButPing(frame: PatronClientFrame): string {
  switch (frame.type) {
    case 'hello':
    case 'ask':
    case 'send':
    case 'typing':
    case 'read':
    case 'leave':
    case 'request_transcript':
    case 'survey':
    case 'offline_question':
    case 'departing':
    case 'erase_chat':
      return frame.type;
    default:
      // @ts-expect-error the unhandled ping frame is left, so `frame` is not `never`
      return frame satisfies never;
  }
}

describe('PatronClientFrame', () => {
  it('is a union of exactly the twelve patron client frame types', () => {
    expectTypeOf<PatronClientFrame['type']>().toEqualTypeOf<
      | 'hello'
      | 'ask'
      | 'send'
      | 'typing'
      | 'read'
      | 'leave'
      | 'request_transcript'
      | 'survey'
      | 'offline_question'
      | 'ping'
      | 'departing'
      | 'erase_chat'
    >();
  });

  it('narrows exhaustively on type, and a forgotten case fails to compile', () => {
    expectTypeOf(handle).parameter(0).toEqualTypeOf<PatronClientFrame>();
    expectTypeOf(handleAllButPing).returns.toBeString();
    expectTypeOf<Exclude<PatronClientFrame, { type: 'ask' }>>().not.toHaveProperty('question');
  });

  it('narrows to the named frame types', () => {
    expectTypeOf<Extract<PatronClientFrame, { type: 'ask' }>>().toEqualTypeOf<Ask>();
    expectTypeOf<Extract<PatronClientFrame, { type: 'survey' }>>().toEqualTypeOf<Survey>();
  });

  it('carries branded ids once decoded', () => {
    expectTypeOf<
      Extract<PatronClientFrame, { type: 'hello' }>['libraryId']
    >().toEqualTypeOf<LibraryId>();
    expectTypeOf<Ask['clientMessageId']>().toEqualTypeOf<ClientMessageId>();
    expectTypeOf<Ask['clientMessageId']>().not.toEqualTypeOf<ChatId>();
  });
});

describe('PatronClientFrameInput', () => {
  it('takes plain strings for ids, as a client writes them', () => {
    expectTypeOf({
      type: 'send',
      clientMessageId: 'm_1',
      text: 'Hi',
    } as const).toExtend<PatronClientFrameInput>();
  });

  it('refuses a frame with a missing or mistyped field', () => {
    // @ts-expect-error a send needs its clientMessageId
    const missing: PatronClientFrameInput = { type: 'send', text: 'Hi' };
    // @ts-expect-error a rating is a number
    const mistyped: PatronClientFrameInput = { type: 'survey', rating: '5' };
    expectTypeOf([missing, mistyped]).items.toExtend<PatronClientFrameInput>();
  });
});
