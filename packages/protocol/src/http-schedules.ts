import * as v from 'valibot';
import { DateSchema } from './fields.ts';
import { LibraryIdSchema, ResponderIdSchema } from './ids.ts';

// Schedules: hours owed, shifts, closures, the coverage grid and "expected now" (issue 15).

/** A weekly shift repeats until removed; a one-off shift happens on one date. */
export const ShiftKindSchema = v.picklist(['weekly', 'once']);
export type ShiftKind = v.InferOutput<typeof ShiftKindSchema>;

const MinuteSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60));

/**
 * `POST /api/schedules/shifts`: local times in the library's time zone. A shift across midnight
 * ends after 24:00 (22:00–02:00 is 1320–1560), up to 24 hours after it starts.
 */
export const ShiftInputSchema = v.pipe(
  v.object({
    responderId: ResponderIdSchema,
    kind: ShiftKindSchema,
    /** Weekly: 0 = Sunday. */
    day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
    /** One-off: the local date. */
    date: v.optional(DateSchema),
    startMinute: v.pipe(MinuteSchema, v.maxValue(24 * 60 - 1)),
    endMinute: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(48 * 60)),
    /** A make-up: the id of the missed shift this one makes up for. */
    makeUpFor: v.optional(v.pipe(v.string(), v.maxLength(100))),
  }),
  v.check((shift) => shift.endMinute > shift.startMinute, 'endMinute: must be after startMinute'),
  v.check(
    (shift) => shift.endMinute - shift.startMinute <= 24 * 60,
    'endMinute: a shift lasts at most 24 hours',
  ),
  v.check(
    (shift) => (shift.kind === 'weekly' ? shift.day !== undefined : shift.date !== undefined),
    'a weekly shift needs day; a one-off shift needs date',
  ),
);
export type ShiftInput = v.InferOutput<typeof ShiftInputSchema>;

export const ShiftSchema = v.object({
  id: v.string(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  responderId: ResponderIdSchema,
  responderName: v.string(),
  kind: ShiftKindSchema,
  day: v.nullable(v.number()),
  date: v.nullable(v.string()),
  startMinute: v.number(),
  endMinute: v.number(),
  timeZone: v.string(),
});
export type Shift = v.InferOutput<typeof ShiftSchema>;
export const ShiftListResponseSchema = v.object({ shifts: v.array(ShiftSchema) });

/** `POST /api/schedules/closures`: whole local days, inclusive; no libraryId: the cooperative. */
export const ClosureInputSchema = v.pipe(
  v.object({
    libraryId: v.optional(LibraryIdSchema),
    startDate: DateSchema,
    endDate: DateSchema,
    reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  }),
  v.check(
    (closure) => closure.endDate >= closure.startDate,
    'endDate: must not be before startDate',
  ),
);
export type ClosureInput = v.InferOutput<typeof ClosureInputSchema>;

export const ClosureSchema = v.object({
  id: v.string(),
  libraryId: v.nullable(LibraryIdSchema),
  startDate: v.string(),
  endDate: v.string(),
  timeZone: v.string(),
  reason: v.string(),
  startsAt: v.number(),
  endsAt: v.number(),
});
export type Closure = v.InferOutput<typeof ClosureSchema>;
export const ClosureListResponseSchema = v.object({ closures: v.array(ClosureSchema) });

const HoursSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(168));

/** A size tier: libraries at least this big (population served or FTE) owe these hours. */
export const HoursTierSchema = v.object({
  minSize: v.pipe(v.number(), v.integer(), v.minValue(0)),
  hours: HoursSchema,
});
export type HoursTier = v.InferOutput<typeof HoursTierSchema>;

/** `PUT /api/schedules/settings`: the coordinator's tiers and minimum staffing. */
export const ScheduleSettingsSchema = v.object({
  minStaff: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  tiers: v.pipe(v.array(HoursTierSchema), v.maxLength(50)),
});
export type ScheduleSettings = v.InferOutput<typeof ScheduleSettingsSchema>;

/** `PUT /api/schedules/hours/:libraryId`: hours set directly, or a size read against the tiers. */
export const LibraryHoursInputSchema = v.object({
  hoursOwed: v.nullable(HoursSchema),
  size: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type LibraryHoursInput = v.InferOutput<typeof LibraryHoursInputSchema>;

export const LibraryHoursSchema = v.object({
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  hoursOwed: v.nullable(v.number()),
  size: v.nullable(v.number()),
  /** What the library owes: hoursOwed when set, else its size's tier, else 0. */
  effectiveHours: v.number(),
  /** Weekly hours its recurring shifts book. */
  bookedHours: v.number(),
});
export type LibraryHours = v.InferOutput<typeof LibraryHoursSchema>;
export const HoursResponseSchema = v.object({
  settings: ScheduleSettingsSchema,
  libraries: v.array(LibraryHoursSchema),
});

export const GridShiftSchema = v.object({
  responderName: v.string(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
});
export const GridSlotSchema = v.object({
  startsAt: v.number(),
  shifts: v.array(GridShiftSchema),
  gap: v.boolean(),
});
export type GridSlot = v.InferOutput<typeof GridSlotSchema>;
/** `GET /api/schedules/grid?week=YYYY-MM-DD`: 30-minute slots from that local Sunday. */
export const CoverageGridSchema = v.object({
  timeZone: v.string(),
  weekStart: v.string(),
  minStaff: v.number(),
  slots: v.array(GridSlotSchema),
});
export type CoverageGrid = v.InferOutput<typeof CoverageGridSchema>;

export const ExpectedResponderSchema = v.object({
  responderId: ResponderIdSchema,
  responderName: v.string(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  startsAt: v.number(),
  endsAt: v.number(),
  online: v.boolean(),
});
export type ExpectedResponder = v.InferOutput<typeof ExpectedResponderSchema>;
/** `GET /api/schedules/now`: who should be on shift now, and whether they are online. */
export const ExpectedNowSchema = v.object({
  at: v.number(),
  expected: v.array(ExpectedResponderSchema),
});
export type ExpectedNow = v.InferOutput<typeof ExpectedNowSchema>;

/** A shift occurrence its librarian missed: owed as a make-up until one is booked for it. */
export const MissedShiftSchema = v.object({
  id: v.string(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  responderId: ResponderIdSchema,
  responderName: v.string(),
  startsAt: v.number(),
  endsAt: v.number(),
  /** The make-up shift booked for it, or null while it is owed. */
  madeUpBy: v.nullable(v.string()),
});
export type MissedShift = v.InferOutput<typeof MissedShiftSchema>;
export const MissedShiftListResponseSchema = v.object({ missed: v.array(MissedShiftSchema) });
