import type {
  AuthorRole,
  ChatId,
  ChatState,
  ClientMessageId,
  CooperativeId,
  EndReason,
  FieldMode,
  FollowUpId,
  FollowUpSource,
  FollowUpStatus,
  GroupId,
  LibraryId,
  LibraryKind,
  MessageId,
  Outcome,
  ResponderId,
  Role,
  SystemLine,
  Tier,
} from '@refdesk/protocol';

// Every vocabulary that crosses the wire (chat state, tier, roles, follow-up source and status...)
// is defined once, in @refdesk/protocol: these records use its types, row readers its picklists.

/** Milliseconds since the Unix epoch, from the injected clock. */
export type Millis = number;

export interface Cooperative {
  id: CooperativeId;
  name: string;
  /** Policy pages older than this many days are flagged stale to responders. */
  policyFreshnessDays: number;
  /** Default disclosure shown when another library answers; `{responderLibrary}` and `{patronLibrary}` are filled in. */
  disclosureTemplate: string;
  /** The same disclosure in other languages, by BCP 47 tag (`fr`, `es-MX`); the default covers the rest. */
  disclosures: Record<string, string>;
  /** IANA time zone of the cooperative's reports and shared schedules. */
  timezone: string;
  /** Tier timers a new library starts with (each library may then set its own). */
  localTimerSeconds: number;
  groupTimerSeconds: number;
}

/** A group of libraries of one cooperative: a chat rolls up to its group before the cooperative. */
export interface LibraryGroup {
  id: GroupId;
  cooperativeId: CooperativeId;
  name: string;
}

/** Weekly coverage: the hours during which the cooperative is offered this library's chats. */
export interface CoverageWindow {
  /** 0 = Sunday ... 6 = Saturday, in the library's timezone. */
  day: number;
  /** Minutes after local midnight, start inclusive, end exclusive. */
  startMinute: number;
  endMinute: number;
}

export interface LibrarySettings {
  nameField: FieldMode;
  emailField: FieldMode;
  privacyNote: string;
  /** The library's full privacy policy (https), linked from the widget's note; absent or '': none. */
  privacyPolicyUrl?: string;
  colour: string;
  /** Seconds a chat waits for the library's own responders before rolling up. */
  localTimerSeconds: number;
  /** Seconds a chat waits for the group's responders before rolling up to the cooperative. */
  groupTimerSeconds: number;
  /** Empty means: the cooperative covers this library at all hours. */
  coverage: CoverageWindow[];
  /** Origins whose pages may open patron sockets for this library; `*` allows any. */
  allowedOrigins: string[];
  /** Whether patrons may see their earlier chats' responders... and staff may see earlier chats of a patron. */
  shareEarlierChats: boolean;
}

export interface Library {
  id: LibraryId;
  cooperativeId: CooperativeId;
  groupId: GroupId | null;
  name: string;
  kind: LibraryKind;
  timezone: string;
  /** False: its responders answer only their own library's patrons. */
  staffsCooperative: boolean;
  /** A disabled library keeps its records and staff, but its widget and offline form are refused. */
  disabled: boolean;
  settings: LibrarySettings;
}

export interface Responder {
  id: ResponderId;
  libraryId: LibraryId;
  email: string;
  displayName: string;
  roles: Role[];
  /** Most chats this responder may hold at once; at the maximum they get no offers. */
  maxChats: number;
}

/** A chat as stored. The room keeps the live ones in memory. */
export interface ChatRecord {
  id: ChatId;
  cooperativeId: CooperativeId;
  libraryId: LibraryId;
  state: ChatState;
  tier: Tier;
  practice: boolean;
  question: string;
  patronName: string | null;
  patronEmail: string | null;
  pageUrl: string | null;
  /** SHA-256 of the resume token, hex; the token itself is never stored. */
  resumeTokenHash: string;
  createdAt: Millis;
  /** When the chat (re)entered the queue: orders offers, longest-waiting first. */
  waitingSince: Millis;
  responderId: ResponderId | null;
  assignedAt: Millis | null;
  endedAt: Millis | null;
  endReason: EndReason | null;
  outcome: Outcome | null;
  lastSeq: number;
  /** Last time the patron had a socket open; resumes are refused after the resume window. */
  patronSeenAt: Millis;
  /**
   * When the patron left the page on purpose (closed the tab, went to another site) and has not
   * come back; a queued chat leaves the queue a grace period later. Absent or null: not left.
   */
  patronLeftAt?: Millis | null;
}

export interface MessageRecord {
  chatId: ChatId;
  seq: number;
  id: MessageId;
  authorRole: AuthorRole;
  authorId: ResponderId | null;
  displayName: string;
  text: string;
  /** Internal notes: responders only. */
  internal: boolean;
  clientMessageId: ClientMessageId | null;
  sentAt: Millis;
  /** A line of the service itself: its code and params, to be worded in the reader's language. */
  systemLine?: SystemLine;
}

/** Every state change, stored, so reports and audits can be derived later. */
export type ChatEventKind =
  | 'queued'
  | 'rolled_up'
  | 'offered'
  | 'accepted'
  | 'declined'
  | 'transferred'
  | 'taken_back'
  | 'returned_to_queue'
  /** Written per message until issue #18; databases from before keep them, nothing reads them. */
  | 'message'
  | 'patron_left'
  | 'patron_resumed'
  | 'ended'
  | 'offline'
  | 'survey'
  | 'transcript_requested'
  | 'forwarded_to_quality'
  | 'status_changed';

export interface ChatEvent {
  cooperativeId: CooperativeId;
  chatId: ChatId | null;
  kind: ChatEventKind;
  actorId: ResponderId | null;
  data: Record<string, unknown>;
  at: Millis;
}

export interface FollowUpRecord {
  id: FollowUpId;
  libraryId: LibraryId;
  source: FollowUpSource;
  chatId: ChatId | null;
  question: string;
  patronName: string | null;
  contactEmail: string;
  deadline: string | null;
  status: FollowUpStatus;
  claimedBy: ResponderId | null;
  /** Who created it: the responder who ended the chat, or null for a patron's offline question. */
  createdBy: ResponderId | null;
  createdAt: Millis;
}

export interface FollowUpNote {
  followUpId: FollowUpId;
  authorId: ResponderId;
  authorName: string;
  text: string;
  at: Millis;
}
