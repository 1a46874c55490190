import { describe, expectTypeOf, it } from 'vitest';
import type { ErrorCode } from './errors.ts';
import type { ChatId, ClientMessageId, ResumeToken } from './ids.ts';
import type { ErrorFrame, PatronMessage, PatronServerFrame, Welcome } from './patron-server.ts';

/** The switch the widget writes over every frame the server may send it. */
function handle(frame: PatronServerFrame): string {
  switch (frame.type) {
    case 'welcome':
      return frame.state;
    case 'queued':
      return frame.tier;
    case 'assigned':
      return frame.responderName;
    case 'message':
      return frame.text;
    case 'ack':
      return frame.messageId;
    case 'typing':
      return String(frame.active);
    case 'ended':
      return frame.reason;
    case 'offline':
      return frame.reason;
    case 'received':
      return frame.what;
    case 'error':
      return frame.code;
    case 'pong':
      return 'pong';
    default:
      return frame satisfies never;
  }
}

/** The same switch with `offline` forgotten. */
function handleAllButOffline(frame: PatronServerFrame): string {
  switch (frame.type) {
    case 'welcome':
    case 'queued':
    case 'assigned':
    case 'message':
    case 'ack':
    case 'typing':
    case 'ended':
    case 'received':
    case 'error':
    case 'pong':
      return frame.type;
    default:
      // @ts-expect-error the unhandled offline frame is left, so `frame` is not `never`
      return frame satisfies never;
  }
}

describe('PatronServerFrame', () => {
  it('is a union of exactly the eleven patron server frame types', () => {
    expectTypeOf<PatronServerFrame['type']>().toEqualTypeOf<
      | 'welcome'
      | 'queued'
      | 'assigned'
      | 'message'
      | 'ack'
      | 'typing'
      | 'ended'
      | 'offline'
      | 'received'
      | 'error'
      | 'pong'
    >();
  });

  it('narrows exhaustively on type, and a forgotten case fails to compile', () => {
    expectTypeOf(handle).parameter(0).toEqualTypeOf<PatronServerFrame>();
    expectTypeOf(handleAllButOffline).returns.toBeString();
  });

  it('narrows to the named frame types', () => {
    expectTypeOf<Extract<PatronServerFrame, { type: 'welcome' }>>().toEqualTypeOf<Welcome>();
    expectTypeOf<Extract<PatronServerFrame, { type: 'message' }>>().toEqualTypeOf<PatronMessage>();
    expectTypeOf<Extract<PatronServerFrame, { type: 'error' }>>().toEqualTypeOf<ErrorFrame>();
  });

  it('types the ids the server minted with their brands', () => {
    expectTypeOf<Welcome['chatId']>().toEqualTypeOf<ChatId | null>();
    expectTypeOf<Welcome['resumeToken']>().toEqualTypeOf<ResumeToken>();
    expectTypeOf<PatronMessage['clientMessageId']>().toEqualTypeOf<ClientMessageId | undefined>();
    expectTypeOf<ErrorFrame['code']>().toEqualTypeOf<ErrorCode>();
  });
});
