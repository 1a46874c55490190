import * as v from 'valibot';
import {
  AuthorRoleSchema,
  EndReasonSchema,
  SeqSchema,
  TierSchema,
  TimestampSchema,
} from './common.ts';
import { type DecodeResult, decodeFrame, type FrameOf, type FrameSchemas } from './decode.ts';
import { DisplayNameSchema, EmailSchema } from './fields.ts';
import {
  MintedChatIdSchema,
  MintedClientMessageIdSchema,
  MintedLibraryIdSchema,
  MintedMessageIdSchema,
  MintedResponderIdSchema,
} from './minted.ts';
import { ErrorFrameSchema, PongSchema } from './patron-server.ts';
import { OutcomeSchema, ResponderStatusSchema, RoleSchema } from './responder-vocabulary.ts';

export const LibraryRefSchema = v.object({ id: MintedLibraryIdSchema, name: v.string() });
export type LibraryRef = v.InferOutput<typeof LibraryRefSchema>;

export const ResponderProfileSchema = v.object({
  id: MintedResponderIdSchema,
  displayName: v.string(),
  email: v.string(),
  library: LibraryRefSchema,
  roles: v.array(RoleSchema),
});
export type ResponderProfile = v.InferOutput<typeof ResponderProfileSchema>;

export const ResponderWelcomeSchema = v.object({
  type: v.literal('welcome'),
  protocolVersion: v.number(),
  responder: ResponderProfileSchema,
  status: ResponderStatusSchema,
});

/** Confirms a status change, including the automatic move to away. */
export const StatusSchema = v.object({
  type: v.literal('status'),
  status: ResponderStatusSchema,
  reason: v.picklist(['requested', 'inactive', 'restored']),
});

/** A waiting chat as a responder sees it in the offer list. */
export const QueueEntrySchema = v.object({
  chatId: MintedChatIdSchema,
  library: LibraryRefSchema,
  tier: TierSchema,
  waitingSince: TimestampSchema,
  question: v.string(),
  practice: v.boolean(),
  /** When the patron left the page on purpose; the chat leaves the queue after a grace period. */
  patronLeftAt: v.optional(TimestampSchema),
});
export type QueueEntry = v.InferOutput<typeof QueueEntrySchema>;

/** Every chat currently offered to this responder, longest-waiting first. */
export const QueueSnapshotSchema = v.object({
  type: v.literal('queue'),
  offers: v.array(QueueEntrySchema),
});
export const OfferSchema = v.object({ type: v.literal('offer'), offer: QueueEntrySchema });
export const OfferWithdrawnSchema = v.object({
  type: v.literal('offer_withdrawn'),
  chatId: MintedChatIdSchema,
  reason: v.picklist(['accepted_elsewhere', 'patron_left', 'moved', 'unavailable']),
});

export const ChatMessageViewSchema = v.object({
  chatId: MintedChatIdSchema,
  seq: SeqSchema,
  id: MintedMessageIdSchema,
  authorRole: AuthorRoleSchema,
  displayName: v.string(),
  text: v.string(),
  sentAt: TimestampSchema,
  /** Internal notes are never sent to the patron. */
  internal: v.boolean(),
  clientMessageId: v.optional(MintedClientMessageIdSchema),
});
export type ChatMessageView = v.InferOutput<typeof ChatMessageViewSchema>;

export const PatronContextSchema = v.object({
  name: v.optional(DisplayNameSchema),
  email: v.optional(EmailSchema),
  pageUrl: v.optional(v.string()),
});

/** The chat is now this responder's: everything needed to answer it. */
export const ChatAssignedSchema = v.object({
  type: v.literal('chat_assigned'),
  chatId: MintedChatIdSchema,
  homeLibrary: LibraryRefSchema,
  tier: TierSchema,
  practice: v.boolean(),
  patron: PatronContextSchema,
  startedAt: TimestampSchema,
  transcript: v.array(ChatMessageViewSchema),
});

export const ResponderMessageSchema = v.object({
  type: v.literal('message'),
  message: ChatMessageViewSchema,
});
export const ResponderAckSchema = v.object({
  type: v.literal('ack'),
  chatId: MintedChatIdSchema,
  clientMessageId: MintedClientMessageIdSchema,
  seq: SeqSchema,
  messageId: MintedMessageIdSchema,
});
export const PatronTypingNoticeSchema = v.object({
  type: v.literal('typing'),
  chatId: MintedChatIdSchema,
  active: v.boolean(),
});
export const PatronLeftSchema = v.object({
  type: v.literal('patron_left'),
  chatId: MintedChatIdSchema,
});
export const ChatEndedSchema = v.object({
  type: v.literal('chat_ended'),
  chatId: MintedChatIdSchema,
  reason: EndReasonSchema,
  outcome: v.optional(OutcomeSchema),
});
/** The chat left this responder: transferred, taken back by the home library, or lost after a disconnect. */
export const ChatReleasedSchema = v.object({
  type: v.literal('chat_released'),
  chatId: MintedChatIdSchema,
  reason: v.picklist(['transferred', 'taken_back', 'grace_expired']),
});

/** Chats of my library's patrons that a responder of another library is answering. */
export const CoveredChatsSchema = v.object({
  type: v.literal('covered_chats'),
  chats: v.array(
    v.object({
      chatId: MintedChatIdSchema,
      question: v.string(),
      responderName: v.string(),
      responderLibrary: LibraryRefSchema,
      since: TimestampSchema,
    }),
  ),
});

/** Every frame the server may send to a responder client. */
export const ResponderServerFrameSchemas = {
  welcome: ResponderWelcomeSchema,
  status: StatusSchema,
  queue: QueueSnapshotSchema,
  offer: OfferSchema,
  offer_withdrawn: OfferWithdrawnSchema,
  chat_assigned: ChatAssignedSchema,
  message: ResponderMessageSchema,
  ack: ResponderAckSchema,
  typing: PatronTypingNoticeSchema,
  patron_left: PatronLeftSchema,
  chat_ended: ChatEndedSchema,
  chat_released: ChatReleasedSchema,
  covered_chats: CoveredChatsSchema,
  error: ErrorFrameSchema,
  pong: PongSchema,
} satisfies FrameSchemas;
export type ResponderServerFrame = FrameOf<typeof ResponderServerFrameSchemas>;
export type ChatAssigned = v.InferOutput<typeof ChatAssignedSchema>;

/**
 * Decodes a frame sent by the server to a responder client. Never throws.
 *
 * @example
 * const result = decodeResponderServerFrame(event.data);
 */
export const decodeResponderServerFrame = (raw: unknown): DecodeResult<ResponderServerFrame> =>
  decodeFrame(ResponderServerFrameSchemas, raw);
