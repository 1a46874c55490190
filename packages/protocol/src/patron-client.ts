import * as v from 'valibot';
import {
  checkFrameSize,
  type DecodeResult,
  decodeFrame,
  type FrameOf,
  type FrameSchemas,
} from './decode.ts';
import {
  BrowserIdSchema,
  CommentSchema,
  DateSchema,
  DisplayNameSchema,
  EmailSchema,
  LocaleSchema,
  MessageTextSchema,
  PageUrlSchema,
} from './fields.ts';
import { SurveyAnswersSchema } from './http-surveys.ts';
import { ClientMessageIdSchema, LibraryIdSchema, ResumeTokenSchema } from './ids.ts';

/** A seq the client reports back: the server's seqs start at 1, so 0 means "none yet". */
const SeenSeqSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** First frame of every patron socket. With a resume token it resumes that chat. */
export const PatronHelloSchema = v.object({
  type: v.literal('hello'),
  protocolVersion: v.pipe(v.number(), v.integer()),
  libraryId: LibraryIdSchema,
  resumeToken: v.optional(ResumeTokenSchema),
  /** The last message seq this client has shown; the server replays only what follows. */
  lastSeq: v.optional(SeenSeqSchema),
  /** A practice chat: routed like a real one, excluded from statistics. */
  practice: v.optional(v.boolean()),
  /** The page the chat starts on, shown to the responder. */
  pageUrl: v.optional(PageUrlSchema),
  locale: v.optional(LocaleSchema),
  /**
   * The widget's browser id (fields.ts `BrowserIdSchema`): blocks and patrons' requests key on it.
   * One the server would not accept (a page's own value under the widget's key) is ignored.
   */
  browserId: v.fallback(v.optional(BrowserIdSchema), undefined),
});

/** The patron's first question opens the chat and puts it in the queue. */
export const AskSchema = v.object({
  type: v.literal('ask'),
  clientMessageId: ClientMessageIdSchema,
  question: MessageTextSchema,
  name: v.optional(DisplayNameSchema),
  email: v.optional(EmailSchema),
});

export const PatronSendSchema = v.object({
  type: v.literal('send'),
  clientMessageId: ClientMessageIdSchema,
  text: MessageTextSchema,
});

export const PatronTypingSchema = v.object({ type: v.literal('typing'), active: v.boolean() });

/** The patron has seen every message up to and including `seq`. */
export const PatronReadSchema = v.object({ type: v.literal('read'), seq: SeenSeqSchema });

/** The patron ends the chat. */
export const LeaveSchema = v.object({ type: v.literal('leave') });

export const RequestTranscriptSchema = v.object({
  type: v.literal('request_transcript'),
  email: EmailSchema,
});

export const SurveySchema = v.object({
  type: v.literal('survey'),
  rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(CommentSchema),
  /** Answers to the home library's own questions (`GET /api/libraries/:id/survey`). */
  answers: v.optional(SurveyAnswersSchema),
});

/** Nobody could take the chat: the question becomes a follow-up for the home library. */
export const OfflineQuestionSchema = v.object({
  type: v.literal('offline_question'),
  question: MessageTextSchema,
  email: EmailSchema,
  name: v.optional(DisplayNameSchema),
  /** "I need this by". */
  deadline: v.optional(DateSchema),
  /** The patron says this is a complaint: it is also forwarded to quality as a Complaint. */
  complaint: v.optional(v.boolean()),
});

/**
 * The patron is leaving the page on purpose (closed the tab, went to another site), not
 * navigating within the site: a queued chat leaves the queue after a short grace unless the
 * patron comes back, and counts no longer in other patrons' places in line.
 */
export const DepartingSchema = v.object({ type: v.literal('departing') });

/**
 * The patron deletes a chat of theirs: its text and identifiers are erased on the server (a live
 * chat ends first). The chat's resume token is the only authority: the server answers
 * `received` (`erase_chat`), or `not_found` for a token of no chat of this library.
 */
export const EraseChatSchema = v.object({
  type: v.literal('erase_chat'),
  resumeToken: ResumeTokenSchema,
});

/** Keeps the connection known to be alive; answered by `pong`. */
export const PingSchema = v.object({ type: v.literal('ping') });

/** Every frame a patron client may send. */
export const PatronClientFrameSchemas = {
  hello: PatronHelloSchema,
  ask: AskSchema,
  send: PatronSendSchema,
  typing: PatronTypingSchema,
  read: PatronReadSchema,
  leave: LeaveSchema,
  request_transcript: RequestTranscriptSchema,
  survey: SurveySchema,
  offline_question: OfflineQuestionSchema,
  ping: PingSchema,
  departing: DepartingSchema,
  erase_chat: EraseChatSchema,
} satisfies FrameSchemas;
export type PatronClientFrame = FrameOf<typeof PatronClientFrameSchemas>;
/** What a client writes before validation (trimming and brands applied by the server). */
export type PatronClientFrameInput = {
  [K in keyof typeof PatronClientFrameSchemas]: v.InferInput<(typeof PatronClientFrameSchemas)[K]>;
}[keyof typeof PatronClientFrameSchemas];
export type PatronHello = v.InferOutput<typeof PatronHelloSchema>;
export type Ask = v.InferOutput<typeof AskSchema>;
export type OfflineQuestion = v.InferOutput<typeof OfflineQuestionSchema>;
export type Survey = v.InferOutput<typeof SurveySchema>;

/**
 * Decodes a frame sent by a patron client. Never throws.
 *
 * @example
 * const result = decodePatronClientFrame(event.data);
 */
export const decodePatronClientFrame = (raw: unknown): DecodeResult<PatronClientFrame> =>
  checkFrameSize(raw) ?? decodeFrame(PatronClientFrameSchemas, raw);
