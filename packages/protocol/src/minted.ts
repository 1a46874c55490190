import * as v from 'valibot';
import type { ErrorCode } from './errors.ts';
import type {
  ChatId,
  ClientMessageId,
  FollowUpId,
  LibraryId,
  MessageId,
  ResponderId,
  ResumeToken,
} from './ids.ts';

/** A string schema whose output carries the id's brand (a type-level tag only). */
const minted = <T extends string>() => v.string() as unknown as v.GenericSchema<string, T>;

// Ids inside frames the server sends. The server minted them, so a client checks their shape and
// not their format: the strict schemas of ids.ts guard what clients send. This keeps the
// patron bundle within its budget.
export const MintedChatIdSchema = minted<ChatId>();
export const MintedClientMessageIdSchema = minted<ClientMessageId>();
export const MintedFollowUpIdSchema = minted<FollowUpId>();
export const MintedLibraryIdSchema = minted<LibraryId>();
export const MintedMessageIdSchema = minted<MessageId>();
export const MintedResponderIdSchema = minted<ResponderId>();
export const MintedResumeTokenSchema = minted<ResumeToken>();
export const MintedErrorCodeSchema = minted<ErrorCode>();
