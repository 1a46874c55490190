import * as v from 'valibot';
import { TierSchema, TimestampSchema } from './common.ts';
import { MintedChatIdSchema, MintedFollowUpIdSchema, MintedResponderIdSchema } from './minted.ts';
import { LibraryRefSchema } from './responder-server.ts';
import { FollowUpStatusSchema, ResponderStatusSchema } from './responder-vocabulary.ts';

// ---- The "Now" board: the cooperative's live state, for coordinators and library admins -----

/** A responder the room knows: connected, or holding chats through a grace period. */
export const NowResponderSchema = v.object({
  id: MintedResponderIdSchema,
  displayName: v.string(),
  library: LibraryRefSchema,
  status: ResponderStatusSchema,
  /** Active chats they hold. */
  chats: v.number(),
  maxChats: v.number(),
  /** False during the grace period after their last socket closed. */
  connected: v.boolean(),
});
export type NowResponder = v.InferOutput<typeof NowResponderSchema>;

/** A chat waiting in the queue; the question itself is not shown on the board. */
export const NowWaitingSchema = v.object({
  chatId: MintedChatIdSchema,
  library: LibraryRefSchema,
  tier: TierSchema,
  waitingSince: TimestampSchema,
  /** How many responders hold an offer of it now. */
  offers: v.number(),
  practice: v.boolean(),
});
export type NowWaiting = v.InferOutput<typeof NowWaitingSchema>;

/** A chat being answered. */
export const NowActiveSchema = v.object({
  chatId: MintedChatIdSchema,
  /** The patron's library. */
  library: LibraryRefSchema,
  responderName: v.string(),
  responderLibrary: LibraryRefSchema,
  since: TimestampSchema,
  practice: v.boolean(),
});
export type NowActive = v.InferOutput<typeof NowActiveSchema>;

/** An open or claimed follow-up whose deadline is today or past. */
export const NowFollowUpSchema = v.object({
  id: MintedFollowUpIdSchema,
  library: LibraryRefSchema,
  deadline: v.string(),
  status: FollowUpStatusSchema,
  overdue: v.boolean(),
});
export type NowFollowUp = v.InferOutput<typeof NowFollowUpSchema>;

/**
 * `GET /api/now`: coordinators see the whole cooperative, library admins their own library.
 * Waiting chats longest-waiting first; active chats by library.
 */
export const NowBoardSchema = v.object({
  at: TimestampSchema,
  /** The library the board is limited to, or null for the whole cooperative. */
  scope: v.nullable(LibraryRefSchema),
  responders: v.array(NowResponderSchema),
  waiting: v.array(NowWaitingSchema),
  active: v.array(NowActiveSchema),
  followUpsDue: v.array(NowFollowUpSchema),
});
export type NowBoard = v.InferOutput<typeof NowBoardSchema>;
