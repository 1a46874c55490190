import * as v from 'valibot';
import { TierSchema, TimestampSchema } from './common.ts';
import { SurveyAnswerViewSchema } from './http-surveys.ts';
import { ChatIdSchema, LibraryIdSchema, ResponderIdSchema } from './ids.ts';
import { LibraryRefSchema } from './responder-server.ts';
import { OutcomeSchema } from './responder-vocabulary.ts';

// ---- The quality program: the transcript archive, forwards, reviews, feedback -------------

/** How a forward is labelled: for information, a complaint, or a compliment. */
export const QUALITY_LABELS = ['fyi', 'complaint', 'compliment'] as const;
export const QualityLabelSchema = v.picklist(QUALITY_LABELS);
export type QualityLabel = v.InferOutput<typeof QualityLabelSchema>;

/** Where a case in the reviewers' inbox came from. */
export const QUALITY_SOURCES = ['forward', 'sample'] as const;
export const QualitySourceSchema = v.picklist(QUALITY_SOURCES);
export type QualitySource = v.InferOutput<typeof QualitySourceSchema>;

/** A case's state in the reviewers' inbox. */
export const REVIEW_STATES = ['new', 'in_review', 'feedback_sent', 'closed'] as const;
export const ReviewStateSchema = v.picklist(REVIEW_STATES);
export type ReviewState = v.InferOutput<typeof ReviewStateSchema>;

/** RUSA's Guidelines for Behavioral Performance of Reference and Information Services Providers (2023). */
export const RUSA_AREAS = [
  'inclusion',
  'approachability',
  'engagement',
  'searching',
  'evaluation',
  'closure',
] as const;
export const RusaAreaSchema = v.picklist(RUSA_AREAS);
export type RusaArea = v.InferOutput<typeof RusaAreaSchema>;

/** How a chat did in one RUSA area. */
export const RUBRIC_RATINGS = ['meets', 'partly', 'does_not', 'not_applicable'] as const;
export const RubricRatingSchema = v.picklist(RUBRIC_RATINGS);
export type RubricRating = v.InferOutput<typeof RubricRatingSchema>;

/** QuestionPoint's list of the most frequent quality complaints. */
export const COMPLAINT_TAGS = [
  'policy_page_not_used',
  'wrong_resolution_code',
  'inadequate_reference_interview',
  'incorrect_information',
  'tone',
  'ended_abruptly',
  'poor_sources',
  'no_searching',
  'weak_strategy',
] as const;
export const ComplaintTagSchema = v.picklist(COMPLAINT_TAGS);
export type ComplaintTag = v.InferOutput<typeof ComplaintTagSchema>;

const comment = v.pipe(v.string(), v.trim(), v.maxLength(4000, 'must be at most 4,000 characters'));

/** `POST /api/chats/:id/quality`: forward a chat to the quality reviewers. */
export const QualityForwardRequestSchema = v.object({
  label: QualityLabelSchema,
  comment: v.pipe(comment, v.minLength(1, 'must say what the reviewers should look at')),
});
export type QualityForwardRequest = v.InferOutput<typeof QualityForwardRequestSchema>;

/** One RUSA area of a review. */
export const RubricEntrySchema = v.object({
  rating: RubricRatingSchema,
  note: v.pipe(v.string(), v.trim(), v.maxLength(2000)),
});
export type RubricEntry = v.InferOutput<typeof RubricEntrySchema>;

/** `PUT /api/quality/cases/:id/review`: every RUSA area rated, complaint tags, a comment. */
export const ReviewSchema = v.object({
  areas: v.object(
    Object.fromEntries(RUSA_AREAS.map((area) => [area, RubricEntrySchema])) as Record<
      RusaArea,
      typeof RubricEntrySchema
    >,
  ),
  tags: v.pipe(
    v.array(ComplaintTagSchema),
    v.check((tags) => new Set(tags).size === tags.length, 'must not repeat a tag'),
  ),
  comment,
});
export type Review = v.InferOutput<typeof ReviewSchema>;

/** `POST /api/quality/cases/:id/messages`: feedback to the responder, or their reply. */
export const FeedbackMessageRequestSchema = v.object({
  text: v.pipe(comment, v.minLength(1, 'must not be empty')),
});

/** `POST /api/quality/cases/:id/actions`: move a case through the inbox. */
export const QualityCaseActionSchema = v.variant('action', [
  v.object({
    action: v.literal('assign'),
    reviewerId: v.nullable(ResponderIdSchema),
    dueAt: v.nullable(TimestampSchema),
  }),
  v.object({ action: v.literal('close') }),
  v.object({ action: v.literal('reopen') }),
]);
export type QualityCaseAction = v.InferOutput<typeof QualityCaseActionSchema>;

const PersonRefSchema = v.object({ id: ResponderIdSchema, displayName: v.string() });

/** A chat as the archive lists it: one row per chat. */
export const ArchivedChatSchema = v.object({
  chatId: ChatIdSchema,
  startedAt: TimestampSchema,
  homeLibrary: LibraryRefSchema,
  responder: v.nullable(v.object({ ...PersonRefSchema.entries, library: LibraryRefSchema })),
  question: v.string(),
  tier: TierSchema,
  outcome: v.nullable(OutcomeSchema),
  practice: v.boolean(),
  rating: v.nullable(v.number()),
  forwarded: v.boolean(),
});
export type ArchivedChat = v.InferOutput<typeof ArchivedChatSchema>;

/** `GET /api/transcripts?...`: newest first; pass `nextCursor` as `cursor` for the next page. */
export const ArchivePageSchema = v.object({
  chats: v.array(ArchivedChatSchema),
  nextCursor: v.nullable(v.string()),
});
export type ArchivePage = v.InferOutput<typeof ArchivePageSchema>;

/** The query of `GET /api/transcripts`, every field optional (query-string values). */
export const ArchiveQuerySchema = v.object({
  from: v.optional(TimestampSchema),
  to: v.optional(TimestampSchema),
  libraryId: v.optional(LibraryIdSchema),
  responderId: v.optional(ResponderIdSchema),
  outcome: v.optional(OutcomeSchema),
  tier: v.optional(TierSchema),
  rating: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  forwarded: v.optional(v.boolean()),
  practice: v.optional(v.boolean()),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  cursor: v.optional(v.string()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  // A report's drill-down (docs/reports.md): the chats a figure counts. `counted` reads `from`/`to`
  // as the time of the request, as the reports do; the others imply it.
  counted: v.optional(v.boolean()),
  tz: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Hour of the week of the request in `tz`, 0 = Sunday 0:00-1:00. */
  hour: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(167))),
  fate: v.optional(v.picklist(['answered', 'abandoned', 'missed', 'waiting'])),
  /** A column of the outcomes report: an ended chat's outcome, `none`, `abandoned` or `missed`. */
  result: v.optional(
    v.picklist([
      'answered',
      'follow_up_by_me',
      'follow_up_by_home_library',
      'referred',
      'lost',
      'none',
      'abandoned',
      'missed',
    ]),
  ),
  /** A wait bucket of the wait report, 0 = under 30 s ... 5 = 10 min or more. */
  wait: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))),
  /** The library whose responder accepted the chat first. */
  acceptedBy: v.optional(LibraryIdSchema),
  /** Who answered, relative to the patron's library. */
  answeredBy: v.optional(v.picklist(['local', 'group', 'cooperative'])),
});
export type ArchiveQuery = v.InferOutput<typeof ArchiveQuerySchema>;

/** One message of a case's feedback thread. */
export const FeedbackMessageSchema = v.object({
  author: PersonRefSchema,
  text: v.string(),
  at: TimestampSchema,
});
export type FeedbackMessage = v.InferOutput<typeof FeedbackMessageSchema>;

/** A forwarded or sampled chat in the quality program. `review` only for those who may see it. */
export const QualityCaseSchema = v.object({
  id: v.string(),
  chat: ArchivedChatSchema,
  source: QualitySourceSchema,
  label: v.nullable(QualityLabelSchema),
  comment: v.string(),
  /** Why a sampled chat was drawn ("responder sample for Ben"); null for a forward. */
  sampleReason: v.nullable(v.string()),
  createdBy: v.nullable(PersonRefSchema),
  createdAt: TimestampSchema,
  state: ReviewStateSchema,
  assignee: v.nullable(PersonRefSchema),
  dueAt: v.nullable(TimestampSchema),
  review: v.nullable(ReviewSchema),
  reviewedBy: v.nullable(PersonRefSchema),
  messages: v.array(FeedbackMessageSchema),
  unread: v.number(),
});
export type QualityCase = v.InferOutput<typeof QualityCaseSchema>;

/** `GET /api/quality/cases` (the reviewers' inbox) and `GET /api/quality/feedback` (mine). */
export const QualityCasesResponseSchema = v.object({
  cases: v.array(QualityCaseSchema),
  unread: v.number(),
});
export type QualityCasesResponse = v.InferOutput<typeof QualityCasesResponseSchema>;

/** A chat's survey answer, as readers of its transcript see it. */
export const SurveyViewSchema = v.object({
  rating: v.number(),
  comment: v.nullable(v.string()),
  at: TimestampSchema,
  /** Answers to the home library's own questions, in the survey's order. */
  answers: v.array(SurveyAnswerViewSchema),
});

/** `GET /api/chats/:id/quality`: the survey answer and the quality history of a chat. */
export const ChatQualityResponseSchema = v.object({
  survey: v.nullable(SurveyViewSchema),
  cases: v.array(QualityCaseSchema),
});
export type ChatQualityResponse = v.InferOutput<typeof ChatQualityResponseSchema>;
