import * as v from 'valibot';
import { EndReasonSchema, FieldModeSchema, TierSchema, TimestampSchema } from './common.ts';
import { ERROR_CODES } from './errors.ts';
import {
  CommentSchema,
  DateSchema,
  DisplayNameSchema,
  EmailSchema,
  MessageTextSchema,
} from './fields.ts';
import { FollowUpDueSchema, ReferralEmailViewSchema } from './http-follow-up-duties.ts';
import { MemberReferralViewSchema, PatronConsentViewSchema } from './http-referrals.ts';
import {
  ChatIdSchema,
  FollowUpIdSchema,
  GroupIdSchema,
  LibraryIdSchema,
  ResponderIdSchema,
} from './ids.ts';
import { MintedErrorCodeSchema } from './minted.ts';
import {
  ChatMessageViewSchema,
  LibraryRefSchema,
  PatronContextSchema,
  ResponderProfileSchema,
} from './responder-server.ts';
import {
  ChatStateSchema,
  FollowUpSourceSchema,
  FollowUpStatusSchema,
  LibraryKindSchema,
  OutcomeSchema,
  ScriptScopeSchema,
  StaffOnlyAudienceSchema,
} from './responder-vocabulary.ts';

// ---- Responder sessions ---------------------------------------------------------------

/** `POST /api/session` */
export const LoginRequestSchema = v.object({
  email: EmailSchema,
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

/** Answer to login and to `GET /api/me`. Send `csrfToken` as `X-CSRF-Token` on every change. */
export const SessionResponseSchema = v.object({
  responder: ResponderProfileSchema,
  csrfToken: v.string(),
});
export type SessionResponse = v.InferOutput<typeof SessionResponseSchema>;

// ---- Libraries --------------------------------------------------------------------------

/** `GET /api/libraries`: the member libraries of the responder's cooperative. */
export const LibrarySummarySchema = v.object({
  id: LibraryIdSchema,
  name: v.string(),
  kind: LibraryKindSchema,
  groupId: v.nullable(v.string()),
  timezone: v.string(),
  staffsCooperative: v.boolean(),
  /** Its widget is refused and it gets no chats; absent from older servers. */
  disabled: v.optional(v.boolean()),
});
export type LibrarySummary = v.InferOutput<typeof LibrarySummarySchema>;
export const LibraryListResponseSchema = v.object({ libraries: v.array(LibrarySummarySchema) });

// ---- Policy pages -----------------------------------------------------------------------

const sectionText = v.pipe(v.string(), v.maxLength(20_000));

/** The structured template of a library's policy page. Every section is plain text. */
export const PolicySectionsSchema = v.object({
  catalogueUrl: v.pipe(v.string(), v.maxLength(2048)),
  databases: sectionText,
  borrowingAndFees: sectionText,
  renewals: sectionText,
  courseReserves: sectionText,
  interlibraryLoan: sectionText,
  hoursAndLocations: sectionText,
  accountsAndPins: sectionText,
  homeworkHelp: sectionText,
  followUpContact: sectionText,
  alerts: sectionText,
});
export type PolicySections = v.InferOutput<typeof PolicySectionsSchema>;
export const POLICY_SECTION_KEYS = Object.keys(
  PolicySectionsSchema.entries,
) as (keyof PolicySections)[];

/**
 * `GET /api/libraries/:id/policy`. `staffOnly` and its audience are present only for responders
 * it is meant for; `owners` only for responders of the cooperative (they are staff emails).
 */
export const PolicyPageSchema = v.object({
  library: LibraryRefSchema,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sections: PolicySectionsSchema,
  staffOnly: v.optional(sectionText),
  staffOnlyAudience: v.optional(StaffOnlyAudienceSchema),
  owners: v.optional(v.array(v.string())),
  updatedAt: TimestampSchema,
  updatedBy: v.string(),
  /** True when older than the cooperative's freshness limit. */
  stale: v.boolean(),
});
export type PolicyPage = v.InferOutput<typeof PolicyPageSchema>;

/** `PUT /api/libraries/:id/policy`: library admins of that library. `baseVersion` guards against lost updates. */
export const PolicyPageUpdateSchema = v.object({
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sections: PolicySectionsSchema,
  staffOnly: sectionText,
  /** Absent: the library's own staff only, the safe choice. */
  staffOnlyAudience: v.optional(StaffOnlyAudienceSchema),
  owners: v.pipe(v.array(EmailSchema), v.maxLength(20)),
});
export type PolicyPageUpdate = v.InferOutput<typeof PolicyPageUpdateSchema>;

/** `POST /api/libraries/:id/policy/problems` */
export const PolicyProblemReportSchema = v.object({
  comment: v.pipe(CommentSchema, v.minLength(1)),
});

// ---- Scripts ----------------------------------------------------------------------------

export const ScriptSchema = v.object({
  id: v.string(),
  scope: ScriptScopeSchema,
  libraryId: v.nullable(LibraryIdSchema),
  /** A group script's group; absent from older servers. */
  groupId: v.optional(v.nullable(GroupIdSchema)),
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  /** May contain variables: {patronLibrary}, {myName}, {myLibrary}. */
  text: MessageTextSchema,
});
export type Script = v.InferOutput<typeof ScriptSchema>;
/**
 * `GET /api/scripts?library=ID`: that library's scripts first, then mine, then my library's,
 * then the groups' (of that library and of mine), then the cooperative's.
 */
export const ScriptListResponseSchema = v.object({ scripts: v.array(ScriptSchema) });
export const ScriptInputSchema = v.object({
  scope: ScriptScopeSchema,
  /** A library script's library, when a coordinator writes another library's; default: the author's own. */
  libraryId: v.optional(LibraryIdSchema),
  /** A group script's group, when a coordinator writes for a group other than their library's. */
  groupId: v.optional(GroupIdSchema),
  title: ScriptSchema.entries.title,
  text: MessageTextSchema,
});
export type ScriptInput = v.InferOutput<typeof ScriptInputSchema>;

// ---- Follow-ups -------------------------------------------------------------------------

export const FollowUpSchema = v.object({
  id: FollowUpIdSchema,
  library: LibraryRefSchema,
  source: FollowUpSourceSchema,
  chatId: v.nullable(ChatIdSchema),
  question: v.string(),
  patronName: v.nullable(v.string()),
  contactEmail: v.string(),
  deadline: v.nullable(DateSchema),
  status: FollowUpStatusSchema,
  claimedBy: v.nullable(v.object({ id: ResponderIdSchema, displayName: v.string() })),
  notes: v.array(v.object({ author: v.string(), text: v.string(), at: TimestampSchema })),
  createdAt: TimestampSchema,
  /** The library's promise for it (absent until the room has scheduled it). */
  due: v.optional(v.nullable(FollowUpDueSchema)),
  /** The referral email to a non-member library, with its delivery status. */
  referralEmail: v.optional(v.nullable(ReferralEmailViewSchema)),
  /** The referral to a member library this follow-up came by, and where it stands. */
  memberReferral: v.optional(v.nullable(MemberReferralViewSchema)),
  /** Whether the patron agreed, in the widget, to have their email passed on. */
  patronConsent: v.optional(v.nullable(PatronConsentViewSchema)),
});
export type FollowUp = v.InferOutput<typeof FollowUpSchema>;
export const FollowUpListResponseSchema = v.object({ followUps: v.array(FollowUpSchema) });

/** `POST /api/follow-ups/:id/actions` */
export const FollowUpActionSchema = v.variant('action', [
  v.object({ action: v.literal('claim') }),
  v.object({ action: v.literal('note'), text: MessageTextSchema }),
  v.object({
    action: v.literal('reply'),
    subject: v.pipe(v.string(), v.maxLength(200)),
    text: MessageTextSchema,
  }),
  v.object({ action: v.literal('close'), comment: v.optional(CommentSchema) }),
]);
export type FollowUpAction = v.InferOutput<typeof FollowUpActionSchema>;

/** `POST /api/libraries/:id/offline-questions`: the leave-a-question form without a socket. */
export const OfflineQuestionRequestSchema = v.object({
  question: MessageTextSchema,
  email: EmailSchema,
  name: v.optional(DisplayNameSchema),
  deadline: v.optional(DateSchema),
});
export type OfflineQuestionRequest = v.InferOutput<typeof OfflineQuestionRequestSchema>;
export const OfflineQuestionResponseSchema = v.object({ followUpId: FollowUpIdSchema });

// ---- Widget settings --------------------------------------------------------------------

const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1440));

/** One weekly window: 0 = Sunday ... 6 = Saturday, minutes after local midnight, end exclusive. */
export const CoverageWindowSchema = v.pipe(
  v.object({
    day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
    startMinute: minuteOfDay,
    endMinute: minuteOfDay,
  }),
  v.check((window) => window.startMinute < window.endMinute, 'must end after it starts'),
);
export type CoverageWindow = v.InferOutput<typeof CoverageWindowSchema>;

/** A page patrons can open from anywhere: https only, so no mixed content and no script URL. */
const PRIVACY_POLICY_URL =
  'must be an https:// address, such as https://library.example/privacy, or empty';
const PrivacyPolicyUrlSchema = v.union(
  [
    v.literal(''),
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(500, 'must be at most 500 characters'),
      v.url(PRIVACY_POLICY_URL),
      v.startsWith('https://', PRIVACY_POLICY_URL),
    ),
  ],
  PRIVACY_POLICY_URL,
);

/** `GET/PUT /api/libraries/:id/widget-settings`: library admins. */
export const WidgetSettingsSchema = v.object({
  nameField: FieldModeSchema,
  emailField: FieldModeSchema,
  privacyNote: v.pipe(v.string(), v.maxLength(1000)),
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)),
  localTimerSeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  groupTimerSeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  allowedOrigins: v.array(v.pipe(v.string(), v.maxLength(256))),
  /** Weekly hours the cooperative covers this library; empty: at all hours. Absent in a PUT: unchanged. */
  coverage: v.optional(v.array(CoverageWindowSchema)),
  /** Whether responders may see a patron's earlier chats with this library. Absent in a PUT: unchanged. */
  shareEarlierChats: v.optional(v.boolean()),
  /**
   * The library's full privacy policy, linked from the widget's privacy note: an https address,
   * or '' for none. Absent in a PUT: unchanged.
   */
  privacyPolicyUrl: v.optional(PrivacyPolicyUrlSchema),
});
export type WidgetSettings = v.InferOutput<typeof WidgetSettingsSchema>;

// ---- Policy search ----------------------------------------------------------------------

/** A section of a policy page, including the staff-only one. */
export const PolicySectionKeySchema = v.union([
  v.keyof(PolicySectionsSchema),
  v.literal('staffOnly'),
]);
export type PolicySectionKey = v.InferOutput<typeof PolicySectionKeySchema>;

/** One section of one library's page that contains every word of the query. */
export const PolicySearchHitSchema = v.object({
  library: LibraryRefSchema,
  section: PolicySectionKeySchema,
  /** Plain text around the first match, at most about 200 characters. */
  snippet: v.string(),
});
export type PolicySearchHit = v.InferOutput<typeof PolicySearchHitSchema>;

/** `GET /api/policy/search?q=`: every member library's page of the signed-in responder's cooperative. */
export const PolicySearchResponseSchema = v.object({
  query: v.string(),
  hits: v.array(PolicySearchHitSchema),
});
export type PolicySearchResponse = v.InferOutput<typeof PolicySearchResponseSchema>;

/** Answer to `POST /api/libraries/:id/policy/problems`: how many owners were emailed. */
export const PolicyProblemResponseSchema = v.object({ notified: v.number() });

// ---- Transcripts ------------------------------------------------------------------------

/** `GET /api/chats/:id`: the whole chat with internal notes, for those who may read it. */
export const TranscriptSchema = v.object({
  chatId: ChatIdSchema,
  homeLibrary: LibraryRefSchema,
  state: ChatStateSchema,
  tier: TierSchema,
  practice: v.boolean(),
  question: v.string(),
  patron: PatronContextSchema,
  responder: v.nullable(
    v.object({ id: ResponderIdSchema, displayName: v.string(), library: LibraryRefSchema }),
  ),
  startedAt: TimestampSchema,
  endedAt: v.nullable(TimestampSchema),
  endReason: v.nullable(EndReasonSchema),
  outcome: v.nullable(OutcomeSchema),
  messages: v.array(ChatMessageViewSchema),
});
export type Transcript = v.InferOutput<typeof TranscriptSchema>;

/** An earlier chat of the same patron; open it with `GET /api/chats/:id`. */
export const EarlierChatSchema = v.object({
  chatId: ChatIdSchema,
  startedAt: TimestampSchema,
  question: v.string(),
  outcome: v.nullable(OutcomeSchema),
  responderName: v.nullable(v.string()),
});
export type EarlierChat = v.InferOutput<typeof EarlierChatSchema>;

/**
 * `GET /api/chats/:id/earlier`: newest first. `shared` is false when the patron's library does not
 * share earlier chats; only chats the caller may read are listed.
 */
export const EarlierChatsResponseSchema = v.object({
  shared: v.boolean(),
  chats: v.array(EarlierChatSchema),
});
export type EarlierChatsResponse = v.InferOutput<typeof EarlierChatsResponseSchema>;

export const ErrorCodeSchema = v.picklist(ERROR_CODES);

/**
 * The body of every HTTP error response. Like the `error` frame, it accepts codes this version does
 * not know: a client treats them as a generic error.
 */
export const ErrorBodySchema = v.object({
  error: v.object({ code: MintedErrorCodeSchema, message: v.string() }),
});
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

// ---- Responders -------------------------------------------------------------------------

/** One librarian of the cooperative, for "transfer to a librarian". */
export const ResponderSummarySchema = v.object({
  id: ResponderIdSchema,
  displayName: v.string(),
  library: LibraryRefSchema,
  /** Connected and not away: a transfer to them can be accepted now. */
  online: v.boolean(),
});
export type ResponderSummary = v.InferOutput<typeof ResponderSummarySchema>;
/** `GET /api/responders`: every librarian of the caller's cooperative, online ones first. */
export const ResponderListResponseSchema = v.object({
  responders: v.array(ResponderSummarySchema),
});
