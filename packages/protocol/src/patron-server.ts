import * as v from 'valibot';
import {
  AuthorRoleSchema,
  EndReasonSchema,
  FieldModeSchema,
  SeqSchema,
  TierSchema,
  TimestampSchema,
} from './common.ts';
import { type DecodeResult, decodeFrame, type FrameOf, type FrameSchemas } from './decode.ts';
import {
  MintedChatIdSchema,
  MintedClientMessageIdSchema,
  MintedErrorCodeSchema,
  MintedFollowUpIdSchema,
  MintedLibraryIdSchema,
  MintedMessageIdSchema,
  MintedResumeTokenSchema,
} from './minted.ts';

/** What the widget needs to know about the patron's library before the first question. */
export const LibraryWidgetInfoSchema = v.object({
  id: MintedLibraryIdSchema,
  name: v.string(),
  /** Short note on what is kept and for how long, shown before the first message. */
  privacyNote: v.string(),
  nameField: FieldModeSchema,
  emailField: FieldModeSchema,
  /** The library's accent colour (`#rrggbb`); absent from older servers, then the page's or the default. */
  colour: v.optional(v.string()),
  /** Whether anybody can take a chat now; if not, the widget shows the leave-a-question form. */
  available: v.boolean(),
  /**
   * Whether the server can email a transcript: false when no mail transport is configured, and
   * the widget then does not offer it (the server would refuse `request_transcript`).
   */
  transcriptEmail: v.boolean(),
});
export type LibraryWidgetInfo = v.InferOutput<typeof LibraryWidgetInfoSchema>;

/** The chat's state as the patron sees it. */
export const PatronChatStateSchema = v.picklist(['none', 'queued', 'active', 'ended']);
export type PatronChatState = v.InferOutput<typeof PatronChatStateSchema>;

/** Answer to `hello`. `chatId` is null until the patron asks. Keep `resumeToken` to resume. */
export const WelcomeSchema = v.object({
  type: v.literal('welcome'),
  protocolVersion: v.number(),
  chatId: v.nullable(MintedChatIdSchema),
  resumeToken: MintedResumeTokenSchema,
  state: PatronChatStateSchema,
  library: LibraryWidgetInfoSchema,
});

export const QueuedSchema = v.object({
  type: v.literal('queued'),
  chatId: MintedChatIdSchema,
  /** 1 = next in line. */
  position: v.number(),
  estimatedWaitSeconds: v.number(),
  tier: TierSchema,
});

export const AssignedSchema = v.object({
  type: v.literal('assigned'),
  chatId: MintedChatIdSchema,
  responderName: v.string(),
  libraryName: v.string(),
  /** True when the responder works at the patron's own library. */
  isHomeLibrary: v.boolean(),
  /** Shown when another library answers, e.g. "A librarian from Shelbyville Public Library is helping you on behalf of Springfield Public Library". */
  disclosure: v.nullable(v.string()),
});

/**
 * A message of the conversation, the patron's own included (matched by `clientMessageId`). A line
 * of the service itself (`authorRole: 'system'`, e.g. who joined) comes worded in the language of
 * the hello's `locale` when Refdesk speaks it (en, es, fr, ar), English otherwise.
 */
export const PatronMessageSchema = v.object({
  type: v.literal('message'),
  chatId: MintedChatIdSchema,
  seq: SeqSchema,
  id: MintedMessageIdSchema,
  authorRole: AuthorRoleSchema,
  displayName: v.string(),
  text: v.string(),
  sentAt: TimestampSchema,
  clientMessageId: v.optional(MintedClientMessageIdSchema),
});

/** The server has stored the message: it will never be lost, and a retry will not duplicate it. */
export const AckSchema = v.object({
  type: v.literal('ack'),
  clientMessageId: MintedClientMessageIdSchema,
  seq: SeqSchema,
  messageId: MintedMessageIdSchema,
});

export const ResponderTypingSchema = v.object({ type: v.literal('typing'), active: v.boolean() });

export const EndedSchema = v.object({
  type: v.literal('ended'),
  chatId: MintedChatIdSchema,
  reason: EndReasonSchema,
});

/** Why nobody can take a chat: nobody is online, or the library is outside its hours. */
export const OfflineReasonSchema = v.picklist(['no_responders', 'outside_hours']);
export type OfflineReason = v.InferOutput<typeof OfflineReasonSchema>;

/** Nobody can take a chat now: offer the leave-a-question form. */
export const OfflineSchema = v.object({
  type: v.literal('offline'),
  reason: OfflineReasonSchema,
});

/** Confirms a survey, a transcript request, an offline question or a chat's erasure. */
export const ReceivedSchema = v.object({
  type: v.literal('received'),
  what: v.picklist(['survey', 'request_transcript', 'offline_question', 'erase_chat']),
  followUpId: v.optional(MintedFollowUpIdSchema),
});

/** Something the client sent was refused. `ref` names the frame type it answers, when known. */
export const ErrorFrameSchema = v.object({
  type: v.literal('error'),
  /** One of ErrorCode; a client treats a code it does not know as a generic error. */
  code: MintedErrorCodeSchema,
  /** Human text: to a patron, in their hello's language when Refdesk speaks it (es, fr, ar). */
  message: v.string(),
  ref: v.optional(v.string()),
  clientMessageId: v.optional(MintedClientMessageIdSchema),
});

export const PongSchema = v.object({ type: v.literal('pong') });

/** Every frame the server may send to a patron client. */
export const PatronServerFrameSchemas = {
  welcome: WelcomeSchema,
  queued: QueuedSchema,
  assigned: AssignedSchema,
  message: PatronMessageSchema,
  ack: AckSchema,
  typing: ResponderTypingSchema,
  ended: EndedSchema,
  offline: OfflineSchema,
  received: ReceivedSchema,
  error: ErrorFrameSchema,
  pong: PongSchema,
} satisfies FrameSchemas;
export type PatronServerFrame = FrameOf<typeof PatronServerFrameSchemas>;
export type Welcome = v.InferOutput<typeof WelcomeSchema>;
export type Queued = v.InferOutput<typeof QueuedSchema>;
export type Assigned = v.InferOutput<typeof AssignedSchema>;
export type PatronMessage = v.InferOutput<typeof PatronMessageSchema>;
export type ErrorFrame = v.InferOutput<typeof ErrorFrameSchema>;

/**
 * Decodes a frame sent by the server to a patron client. Never throws.
 *
 * @example
 * const result = decodePatronServerFrame(event.data);
 */
export const decodePatronServerFrame = (raw: unknown): DecodeResult<PatronServerFrame> =>
  decodeFrame(PatronServerFrameSchemas, raw);
