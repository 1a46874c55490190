import { describe, expectTypeOf, it } from 'vitest';
import type { ChatId, LibraryId, ResponderId } from './ids.ts';
import type {
  End,
  FollowUpRequest,
  ReferralTarget,
  ResponderClientFrame,
  ResponderClientFrameInput,
  TransferTarget,
} from './responder-client.ts';

/** The switch a server writes over every frame a responder may send. */
function handle(frame: ResponderClientFrame): string {
  switch (frame.type) {
    case 'hello':
      return String(frame.protocolVersion);
    case 'set_status':
      return frame.status;
    case 'accept':
    case 'decline':
    case 'take_back':
      return frame.chatId;
    case 'send':
    case 'note':
      return frame.text;
    case 'typing':
      return String(frame.active);
    case 'transfer':
      return frame.to.kind;
    case 'end':
      return frame.outcome;
    case 'forward_to_quality':
      return frame.comment;
    case 'ping':
      return 'pong';
    case 'ask_consent':
      return frame.chatId;
    default:
      return frame satisfies never;
  }
}

/** The same switch with `forward_to_quality` forgotten. */
function handleAllButQuality(frame: ResponderClientFrame): string {
  switch (frame.type) {
    case 'hello':
    case 'set_status':
    case 'accept':
    case 'decline':
    case 'send':
    case 'typing':
    case 'note':
    case 'transfer':
    case 'take_back':
    case 'end':
    case 'ping':
    case 'ask_consent':
      return frame.type;
    default:
      // @ts-expect-error the unhandled forward_to_quality frame is left
      return frame satisfies never;
  }
}

/** What an `end` asks the server to do, by outcome. */
function followUpOf(frame: End): FollowUpRequest | ReferralTarget | undefined {
  switch (frame.outcome) {
    case 'answered':
    case 'lost':
    case 'practice':
      // @ts-expect-error an answered chat carries no follow-up
      return frame.followUp;
    case 'follow_up_by_me':
    case 'follow_up_by_home_library':
      return frame.followUp;
    case 'referred':
      return frame.referral;
    default:
      return frame satisfies never;
  }
}

describe('ResponderClientFrame', () => {
  it('is a union of exactly the thirteen responder client frame types', () => {
    expectTypeOf<ResponderClientFrame['type']>().toEqualTypeOf<
      | 'hello'
      | 'set_status'
      | 'accept'
      | 'decline'
      | 'send'
      | 'typing'
      | 'note'
      | 'transfer'
      | 'take_back'
      | 'end'
      | 'forward_to_quality'
      | 'ping'
      | 'ask_consent'
    >();
  });

  it('narrows exhaustively on type, and a forgotten case fails to compile', () => {
    expectTypeOf(handle).parameter(0).toEqualTypeOf<ResponderClientFrame>();
    expectTypeOf(handleAllButQuality).returns.toBeString();
  });

  it('narrows an end on its outcome: follow-ups and referrals carry what they need', () => {
    expectTypeOf(followUpOf).parameter(0).toEqualTypeOf<End>();
    expectTypeOf<
      Extract<End, { outcome: 'referred' }>['followUp']
    >().toEqualTypeOf<FollowUpRequest>();
    type FollowUpEnd = Extract<End, { outcome: 'follow_up_by_me' | 'follow_up_by_home_library' }>;
    expectTypeOf<FollowUpEnd['followUp']>().toEqualTypeOf<FollowUpRequest>();
    expectTypeOf<FollowUpEnd>().not.toHaveProperty('referral');
  });

  it('narrows a transfer target on its kind', () => {
    expectTypeOf<
      Extract<TransferTarget, { kind: 'library' }>['libraryId']
    >().toEqualTypeOf<LibraryId>();
    expectTypeOf<
      Extract<TransferTarget, { kind: 'responder' }>['responderId']
    >().toEqualTypeOf<ResponderId>();
  });

  it('carries a branded ChatId once decoded, and takes a plain string before', () => {
    expectTypeOf<
      Extract<ResponderClientFrame, { type: 'accept' }>['chatId']
    >().toEqualTypeOf<ChatId>();
    expectTypeOf({ type: 'accept', chatId: 'c_1' } as const).toExtend<ResponderClientFrameInput>();
    // @ts-expect-error a follow_up_by_home_library end needs its followUp
    const incomplete: ResponderClientFrameInput = {
      type: 'end',
      chatId: 'c_1',
      outcome: 'follow_up_by_home_library',
    };
    expectTypeOf(incomplete).toExtend<ResponderClientFrameInput>();
  });
});
