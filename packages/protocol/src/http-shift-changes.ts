import * as v from 'valibot';
import { LibraryIdSchema, ResponderIdSchema } from './ids.ts';

// Give-ups, claims and swaps of shift occurrences; the per-library swap approval and backup list
// (issue 15, item 5).

/** A give-up goes to the cooperative's pool; a swap goes to one named colleague. */
export const ShiftChangeKindSchema = v.picklist(['give_up', 'swap']);
export type ShiftChangeKind = v.InferOutput<typeof ShiftChangeKindSchema>;
export const SHIFT_CHANGE_KINDS = ShiftChangeKindSchema.options;

/**
 * A give-up is `offered` until `claimed` (or `withdrawn`); a swap is `proposed` until its partner
 * accepts (`approved`, or `awaiting_approval` where the library asks for it, then `approved` or
 * `refused`) or `declined`, or the proposer withdraws it.
 */
export const ShiftChangeStatusSchema = v.picklist([
  'offered',
  'claimed',
  'proposed',
  'awaiting_approval',
  'approved',
  'declined',
  'refused',
  'withdrawn',
]);
export type ShiftChangeStatus = v.InferOutput<typeof ShiftChangeStatusSchema>;
export const SHIFT_CHANGE_STATUSES = ShiftChangeStatusSchema.options;

/** What someone does to an open change. */
export const ShiftChangeActionSchema = v.picklist([
  'claim',
  'accept',
  'decline',
  'approve',
  'refuse',
  'withdraw',
]);
export type ShiftChangeAction = v.InferOutput<typeof ShiftChangeActionSchema>;

const InstantSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const ShiftIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/**
 * `POST /api/schedules/changes`: give up one occurrence (its shift and UTC start) to the pool,
 * or propose a swap to a colleague, optionally taking one of their occurrences in exchange.
 */
export const ShiftChangeInputSchema = v.pipe(
  v.object({
    kind: ShiftChangeKindSchema,
    shiftId: ShiftIdSchema,
    startsAt: InstantSchema,
    partnerId: v.optional(ResponderIdSchema),
    partnerShiftId: v.optional(ShiftIdSchema),
    partnerStartsAt: v.optional(InstantSchema),
  }),
  v.check(
    (input) => input.kind === 'give_up' || input.partnerId !== undefined,
    'partnerId: a swap names the colleague',
  ),
  v.check(
    (input) => (input.partnerShiftId === undefined) === (input.partnerStartsAt === undefined),
    'partnerStartsAt: give both partnerShiftId and partnerStartsAt, or neither',
  ),
);
export type ShiftChangeInput = v.InferOutput<typeof ShiftChangeInputSchema>;

/** One occurrence as a change shows it. */
export const OccurrenceSchema = v.object({
  shiftId: v.string(),
  startsAt: v.number(),
  endsAt: v.number(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  responderId: ResponderIdSchema,
  responderName: v.string(),
  /** Whoever had it before a claim or a swap gave it to the responder; null when booked so. */
  takenFromName: v.nullable(v.string()),
  /** The open change on it (an offer in the pool, a proposed swap), if any. */
  openChangeId: v.nullable(v.string()),
});
export type Occurrence = v.InferOutput<typeof OccurrenceSchema>;
/** `GET /api/schedules/occurrences?responder=ID`: the coming four weeks of one person's shifts. */
export const OccurrenceListResponseSchema = v.object({ occurrences: v.array(OccurrenceSchema) });

export const ShiftChangeSchema = v.object({
  id: v.string(),
  kind: ShiftChangeKindSchema,
  status: ShiftChangeStatusSchema,
  shiftId: v.string(),
  startsAt: v.number(),
  endsAt: v.number(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  fromId: ResponderIdSchema,
  fromName: v.string(),
  toId: v.nullable(ResponderIdSchema),
  toName: v.nullable(v.string()),
  swapShiftId: v.nullable(v.string()),
  swapStartsAt: v.nullable(v.number()),
  swapEndsAt: v.nullable(v.number()),
  createdAt: v.number(),
  decidedAt: v.nullable(v.number()),
  decidedByName: v.nullable(v.string()),
});
export type ShiftChange = v.InferOutput<typeof ShiftChangeSchema>;
/** `GET /api/schedules/changes`: open offers of the cooperative, and the history I may see. */
export const ShiftChangeListResponseSchema = v.object({ changes: v.array(ShiftChangeSchema) });

/** `POST /api/schedules/changes/:id/actions`. */
export const ShiftChangeActionInputSchema = v.object({ action: ShiftChangeActionSchema });

/** `PUT /api/schedules/library-settings/:libraryId`: a library's swap approval and backups. */
export const LibraryScheduleSettingsSchema = v.object({
  /** Swaps between its librarians wait for an admin's approval once accepted. */
  swapApproval: v.boolean(),
  /** Librarians told (by email) when a shift of this library is missed. */
  backups: v.pipe(v.array(ResponderIdSchema), v.maxLength(50)),
});
export type LibraryScheduleSettings = v.InferOutput<typeof LibraryScheduleSettingsSchema>;
