import * as v from 'valibot';
import {
  checkFrameSize,
  type DecodeResult,
  decodeFrame,
  type FrameOf,
  type FrameSchemas,
} from './decode.ts';
import { CommentSchema, DateSchema, EmailSchema, MessageTextSchema } from './fields.ts';
import { ChatIdSchema, ClientMessageIdSchema, LibraryIdSchema, ResponderIdSchema } from './ids.ts';
import { PingSchema } from './patron-client.ts';
import { ResponderStatusSchema } from './responder-vocabulary.ts';

/** First frame of a responder socket; the session cookie authenticates it. */
export const ResponderHelloSchema = v.object({
  type: v.literal('hello'),
  protocolVersion: v.pipe(v.number(), v.integer()),
});

export const SetStatusSchema = v.object({
  type: v.literal('set_status'),
  status: ResponderStatusSchema,
});
export const AcceptSchema = v.object({ type: v.literal('accept'), chatId: ChatIdSchema });
export const DeclineSchema = v.object({ type: v.literal('decline'), chatId: ChatIdSchema });

export const ResponderSendSchema = v.object({
  type: v.literal('send'),
  chatId: ChatIdSchema,
  clientMessageId: ClientMessageIdSchema,
  text: MessageTextSchema,
});

export const ResponderTypingFrameSchema = v.object({
  type: v.literal('typing'),
  chatId: ChatIdSchema,
  active: v.boolean(),
});

/** An internal note: seen by responders and reviewers, never by the patron. */
export const NoteSchema = v.object({
  type: v.literal('note'),
  chatId: ChatIdSchema,
  clientMessageId: ClientMessageIdSchema,
  text: MessageTextSchema,
});

export const TransferTargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('responder'), responderId: ResponderIdSchema }),
  v.object({ kind: v.literal('library'), libraryId: LibraryIdSchema }),
  v.object({ kind: v.literal('cooperative') }),
]);
export type TransferTarget = v.InferOutput<typeof TransferTargetSchema>;

export const TransferSchema = v.object({
  type: v.literal('transfer'),
  chatId: ChatIdSchema,
  to: TransferTargetSchema,
  note: v.optional(CommentSchema),
});

/** A home-library responder takes over a chat that another library is answering. */
export const TakeBackSchema = v.object({ type: v.literal('take_back'), chatId: ChatIdSchema });

/** Who will follow up, and by when. Required by the follow-up outcomes. */
export const FollowUpRequestSchema = v.object({
  contactEmail: EmailSchema,
  deadline: DateSchema,
  note: v.optional(CommentSchema),
});
export type FollowUpRequest = v.InferOutput<typeof FollowUpRequestSchema>;

/** A referral goes to a member library or to an outside address (a subject specialist). */
export const ReferralTargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('library'), libraryId: LibraryIdSchema }),
  v.object({ kind: v.literal('email'), email: EmailSchema }),
]);
export type ReferralTarget = v.InferOutput<typeof ReferralTargetSchema>;

const endBase = { type: v.literal('end'), chatId: ChatIdSchema };
/** Ends a chat with an outcome; follow-up outcomes carry `followUp`, a referral carries `referral`. */
export const EndSchema = v.variant('outcome', [
  v.object({ ...endBase, outcome: v.picklist(['answered', 'lost', 'practice']) }),
  v.object({
    ...endBase,
    outcome: v.picklist(['follow_up_by_me', 'follow_up_by_home_library']),
    followUp: FollowUpRequestSchema,
  }),
  v.object({
    ...endBase,
    outcome: v.literal('referred'),
    referral: ReferralTargetSchema,
    followUp: FollowUpRequestSchema,
  }),
]);
export type End = v.InferOutput<typeof EndSchema>;

export const ForwardToQualitySchema = v.object({
  type: v.literal('forward_to_quality'),
  chatId: ChatIdSchema,
  comment: CommentSchema,
});

/**
 * Asks the patron, in the widget, whether their email may be passed on with a referral to a
 * library outside the cooperative. Their answer comes back as a system message, and is applied
 * to the referral when the chat ends.
 */
export const AskConsentSchema = v.object({ type: v.literal('ask_consent'), chatId: ChatIdSchema });

/** Every frame a responder client may send. */
export const ResponderClientFrameSchemas = {
  hello: ResponderHelloSchema,
  set_status: SetStatusSchema,
  accept: AcceptSchema,
  decline: DeclineSchema,
  send: ResponderSendSchema,
  typing: ResponderTypingFrameSchema,
  note: NoteSchema,
  transfer: TransferSchema,
  take_back: TakeBackSchema,
  end: EndSchema,
  forward_to_quality: ForwardToQualitySchema,
  ping: PingSchema,
  ask_consent: AskConsentSchema,
} satisfies FrameSchemas;
export type ResponderClientFrame = FrameOf<typeof ResponderClientFrameSchemas>;
export type ResponderClientFrameInput = {
  [K in keyof typeof ResponderClientFrameSchemas]: v.InferInput<
    (typeof ResponderClientFrameSchemas)[K]
  >;
}[keyof typeof ResponderClientFrameSchemas];

/**
 * Decodes a frame sent by a responder client. Never throws.
 *
 * @example
 * const result = decodeResponderClientFrame(event.data);
 */
export const decodeResponderClientFrame = (raw: unknown): DecodeResult<ResponderClientFrame> =>
  checkFrameSize(raw) ?? decodeFrame(ResponderClientFrameSchemas, raw);
