import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { ResponderIdSchema } from './ids.ts';

// ---- The quality program's rotating random sample ------------------------------------------

/** How long one sample period lasts: a sample is drawn at the start of each. */
export const SAMPLE_PERIODS = ['weekly', 'monthly', 'quarterly'] as const;
export const SamplePeriodSchema = v.picklist(SAMPLE_PERIODS);
export type SamplePeriod = v.InferOutput<typeof SamplePeriodSchema>;

const quota = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** `PUT /api/quality/sample-settings`: the cooperative's sampling rule (coordinators). */
export const SampleSettingsSchema = v.object({
  period: SamplePeriodSchema,
  /** Chats drawn per responder who answered in the period. */
  perResponder: quota(20),
  /** Chats drawn per library whose responders answered in the period. */
  perLibrary: quota(50),
});
export type SampleSettings = v.InferOutput<typeof SampleSettingsSchema>;

/** One draw: its period, its stored seed, and how many chats it drew. */
export const SampleDrawSchema = v.object({
  id: v.string(),
  /** The period's key: `2026-11` (monthly), `2026-11-30` (weekly: its Monday), `2026-Q4` (quarterly). */
  period: v.string(),
  periodStart: TimestampSchema,
  /** The draw looked at chats started before this instant. */
  periodEnd: TimestampSchema,
  seed: v.string(),
  drawnAt: TimestampSchema,
  /** Null: drawn by the room scheduler at the period's start. */
  drawnBy: v.nullable(v.object({ id: v.string(), displayName: v.string() })),
  chats: v.number(),
});
export type SampleDraw = v.InferOutput<typeof SampleDrawSchema>;

/** `GET /api/quality/samples`: the rule and the draws, newest first. */
export const SamplesResponseSchema = v.object({
  settings: SampleSettingsSchema,
  draws: v.array(SampleDrawSchema),
});
export type SamplesResponse = v.InferOutput<typeof SamplesResponseSchema>;

/** `POST /api/quality/samples`: draw now, for the current period so far or the one before. */
export const DrawSampleRequestSchema = v.object({
  period: v.optional(v.picklist(['current', 'previous']), 'current'),
});
export type DrawSampleRequest = v.InferInput<typeof DrawSampleRequestSchema>;

/** `GET /api/quality/reviewers`: the quality team a case may be assigned to. */
export const QualityReviewersResponseSchema = v.object({
  reviewers: v.array(v.object({ id: ResponderIdSchema, displayName: v.string() })),
});
export type QualityReviewersResponse = v.InferOutput<typeof QualityReviewersResponseSchema>;
