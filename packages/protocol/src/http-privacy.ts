import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { BrowserIdSchema, EmailSchema } from './fields.ts';
import { ChatIdSchema } from './ids.ts';

// ---- Privacy: retention per library, the cooperative's floor, the nightly scrub -------------

/** Never fewer days than this for identifiers or transcripts (unless transcripts are not kept). */
export const MIN_RETENTION_DAYS = 30;
/** Ten years: anything longer is a typo. */
export const MAX_RETENTION_DAYS = 3650;
/** What a library keeps until its admin says otherwise. */
export const DEFAULT_RETENTION = {
  identifierDays: 90,
  transcriptDays: 365,
  redactMessages: true,
} as const;

const days = v.pipe(
  v.number(),
  v.integer('must be a whole number of days'),
  v.minValue(MIN_RETENTION_DAYS, `must be at least ${MIN_RETENTION_DAYS} days`),
  v.maxValue(MAX_RETENTION_DAYS, `must be at most ${MAX_RETENTION_DAYS} days`),
);

/**
 * `PUT /api/libraries/:id/retention`: how long a library keeps patrons' identifiers (name, email,
 * the page they chatted from, personal data typed in messages) and their transcripts, counted from
 * the end of the chat. `transcriptDays: null` keeps no transcript past the next nightly scrub.
 */
export const RetentionSettingsSchema = v.object({
  identifierDays: days,
  transcriptDays: v.nullable(days),
  /** Whether the scrub redacts emails, phone, library card and payment card numbers in messages. */
  redactMessages: v.boolean(),
});
export type RetentionSettings = v.InferOutput<typeof RetentionSettingsSchema>;

/** `PUT /api/cooperative/retention-floor`: coordinators. No library may keep for fewer days. */
export const RetentionFloorSchema = v.object({
  identifierDays: days,
  transcriptDays: days,
});
export type RetentionFloor = v.InferOutput<typeof RetentionFloorSchema>;

/** What one scrub run did, in rows and fields. */
export const ScrubCountsSchema = v.object({
  identifiersCleared: v.number(),
  messagesRedacted: v.number(),
  transcriptsRemoved: v.number(),
  messagesDeleted: v.number(),
  /** Closed follow-ups whose name and email were cleared (0 in runs from before they were). */
  followUpIdentifiersCleared: v.optional(v.number(), 0),
  /** Closed follow-ups whose question and notes were deleted (0 in runs from before they were). */
  followUpTextsRemoved: v.optional(v.number(), 0),
});
export type ScrubCounts = v.InferOutput<typeof ScrubCountsSchema>;

/** The cooperative's last scrub: unfinished while it runs (or after a crash, until it resumes). */
export const ScrubRunSchema = v.object({
  startedAt: TimestampSchema,
  finishedAt: v.nullable(TimestampSchema),
  counts: ScrubCountsSchema,
});
export type ScrubRun = v.InferOutput<typeof ScrubRunSchema>;

/** `GET /api/libraries/:id/retention`: the library's settings, the floor they must respect, the last run. */
export const RetentionResponseSchema = v.object({
  settings: RetentionSettingsSchema,
  floor: RetentionFloorSchema,
  lastScrub: v.nullable(ScrubRunSchema),
});
export type RetentionResponse = v.InferOutput<typeof RetentionResponseSchema>;

// ---- The block list -------------------------------------------------------------------------

/** Where a block holds: the library that set it, or every library of the cooperative. */
export const BlockScopeSchema = v.picklist(['library', 'cooperative']);
export type BlockScope = v.InferOutput<typeof BlockScopeSchema>;
/** A cooperative block waits for a coordinator's approval (meanwhile it holds at its library). */
export const BlockStatusSchema = v.picklist(['pending', 'active', 'lifted']);
export type BlockStatus = v.InferOutput<typeof BlockStatusSchema>;

// ---- Patrons' requests: find, export, erase -------------------------------------------------

/**
 * Which patron: the email they gave, or the id of one chat (the widget shows it). Query string of
 * `GET /api/libraries/:id/patron-chats` and `.../export`, body of `POST .../erase`.
 */
export const PatronQuerySchema = v.pipe(
  v.object({
    email: v.optional(EmailSchema),
    chatId: v.optional(ChatIdSchema),
    /** The widget's browser id, as the patron reads it from the widget's menu. */
    browserId: v.optional(BrowserIdSchema),
  }),
  v.check(
    (query) =>
      query.email !== undefined || query.chatId !== undefined || query.browserId !== undefined,
    'give an email, a chat id or a browser id',
  ),
);
export type PatronQuery = v.InferOutput<typeof PatronQuerySchema>;

/** One chat a patron's request finds. */
export const PatronChatSchema = v.object({
  id: ChatIdSchema,
  createdAt: TimestampSchema,
  endedAt: v.nullable(TimestampSchema),
  question: v.string(),
  patronName: v.nullable(v.string()),
  patronEmail: v.nullable(v.string()),
});
export type PatronChat = v.InferOutput<typeof PatronChatSchema>;
export const PatronChatListResponseSchema = v.object({ chats: v.array(PatronChatSchema) });
export type PatronChatListResponse = v.InferOutput<typeof PatronChatListResponseSchema>;

/** `POST /api/libraries/:id/patron-chats/erase`: what was erased. */
export const ErasureResultSchema = v.object({
  chats: v.number(),
  messages: v.number(),
  followUps: v.number(),
});
export type ErasureResult = v.InferOutput<typeof ErasureResultSchema>;
