import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ChatId,
  ClientMessageId,
  CooperativeId,
  FollowUpId,
  GroupId,
  LibraryId,
  MessageId,
  ResponderId,
  ResumeToken,
} from './ids.ts';
import type { MintedChatIdSchema, MintedLibraryIdSchema } from './minted.ts';

declare const chatId: ChatId;
declare const libraryId: LibraryId;
const takesChat = (_id: ChatId): void => undefined;
const takesLibrary = (_id: LibraryId): void => undefined;

describe('branded ids', () => {
  it('does not let a ChatId stand for a LibraryId, nor the reverse', () => {
    expectTypeOf<ChatId>().not.toExtend<LibraryId>();
    expectTypeOf<LibraryId>().not.toExtend<ChatId>();
    // @ts-expect-error a ChatId is not a LibraryId
    takesLibrary(chatId);
    // @ts-expect-error a LibraryId is not a ChatId
    takesChat(libraryId);
  });

  it('does not let a plain string stand for a ChatId', () => {
    expectTypeOf<string>().not.toExtend<ChatId>();
    // @ts-expect-error a string literal is not a ChatId
    takesChat('c_8f3k2');
  });

  it('keeps ids of the same format apart', () => {
    expectTypeOf<MessageId>().not.toExtend<ChatId>();
    expectTypeOf<ClientMessageId>().not.toExtend<MessageId>();
    expectTypeOf<FollowUpId>().not.toExtend<ChatId>();
    expectTypeOf<ResponderId>().not.toExtend<ChatId>();
    expectTypeOf<ResumeToken>().not.toExtend<ChatId>();
    expectTypeOf<GroupId>().not.toExtend<LibraryId>();
    expectTypeOf<CooperativeId>().not.toExtend<LibraryId>();
  });

  it('still reads every id as a string', () => {
    expectTypeOf(chatId).toExtend<string>();
    expectTypeOf(libraryId.toUpperCase()).toBeString();
  });

  it('gives ids in server frames the same brands as the strict schemas', () => {
    expectTypeOf<v.InferOutput<typeof MintedChatIdSchema>>().toEqualTypeOf<ChatId>();
    expectTypeOf<v.InferOutput<typeof MintedLibraryIdSchema>>().toEqualTypeOf<LibraryId>();
    takesChat(chatId);
    takesLibrary(libraryId);
  });
});
