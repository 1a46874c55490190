import * as v from 'valibot';
import { CoverageWindowSchema, LibrarySummarySchema } from './http.ts';
import { CooperativeIdSchema, GroupIdSchema, LibraryIdSchema } from './ids.ts';
import { LibraryKindSchema } from './responder-vocabulary.ts';

// ---- Provisioning: cooperatives, groups, libraries ------------------------------------------

const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120));
const timerSeconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600));
/** An IANA time zone name (`Europe/Paris`); the server checks it is one it knows. */
const timezone = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64));
/** `*`, an origin, or any URL of the site (the server keeps its origin). */
const allowedOrigins = v.array(v.pipe(v.string(), v.trim(), v.maxLength(2048)));
/** BCP 47 language tag -> disclosure text, e.g. `{ fr: 'Une bibliothécaire de {responderLibrary}...' }`. */
const disclosures = v.record(
  v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as fr or es-MX'),
  ),
  v.pipe(v.string(), v.maxLength(1000)),
);

/** `GET /api/cooperative`: the signed-in responder's cooperative. */
export const CooperativeSettingsSchema = v.object({
  id: CooperativeIdSchema,
  name: v.string(),
  timezone: v.string(),
  localTimerSeconds: v.number(),
  groupTimerSeconds: v.number(),
  policyFreshnessDays: v.number(),
  /** Shown when another library answers; `{responderLibrary}` and `{patronLibrary}` are filled in. */
  disclosureTemplate: v.string(),
  disclosures: v.record(v.string(), v.string()),
});
export type CooperativeSettings = v.InferOutput<typeof CooperativeSettingsSchema>;

/** `PATCH /api/cooperative`: coordinators. Absent fields are unchanged. */
export const CooperativePatchSchema = v.partial(
  v.object({
    name,
    timezone,
    localTimerSeconds: timerSeconds,
    groupTimerSeconds: timerSeconds,
    policyFreshnessDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
    disclosureTemplate: v.pipe(v.string(), v.maxLength(1000)),
    disclosures,
  }),
);
export type CooperativePatch = v.InferOutput<typeof CooperativePatchSchema>;

/** A group of libraries: chats roll up to it before the whole cooperative. */
export const LibraryGroupSchema = v.object({ id: GroupIdSchema, name: v.string() });
export type LibraryGroupView = v.InferOutput<typeof LibraryGroupSchema>;
/** `GET /api/groups` */
export const GroupListResponseSchema = v.object({ groups: v.array(LibraryGroupSchema) });
/** `POST /api/groups`: coordinators. */
export const GroupCreateSchema = v.object({ id: GroupIdSchema, name });
export type GroupCreate = v.InferOutput<typeof GroupCreateSchema>;
/** `PATCH /api/groups/:id`: coordinators. */
export const GroupPatchSchema = v.object({ name });
export type GroupPatch = v.InferOutput<typeof GroupPatchSchema>;

/** `POST /api/libraries`: coordinators. Timers default to the cooperative's. */
export const LibraryCreateSchema = v.object({
  id: LibraryIdSchema,
  name,
  kind: LibraryKindSchema,
  groupId: v.optional(v.nullable(GroupIdSchema)),
  timezone,
  staffsCooperative: v.optional(v.boolean()),
  allowedOrigins: v.optional(allowedOrigins),
  coverage: v.optional(v.array(CoverageWindowSchema)),
  localTimerSeconds: v.optional(timerSeconds),
  groupTimerSeconds: v.optional(timerSeconds),
});
export type LibraryCreate = v.InferOutput<typeof LibraryCreateSchema>;

/**
 * `PATCH /api/libraries/:id`: coordinators, and the library's admins for everything but kind,
 * group, staffing the cooperative and disabling. Absent fields are unchanged.
 */
export const LibraryPatchSchema = v.partial(
  v.object({
    name,
    kind: LibraryKindSchema,
    groupId: v.nullable(GroupIdSchema),
    timezone,
    staffsCooperative: v.boolean(),
    allowedOrigins,
    coverage: v.array(CoverageWindowSchema),
    localTimerSeconds: timerSeconds,
    groupTimerSeconds: timerSeconds,
    disabled: v.boolean(),
  }),
);
export type LibraryPatch = v.InferOutput<typeof LibraryPatchSchema>;

/** A library as provisioned: answer to `POST` and `PATCH /api/libraries/:id`, `GET /api/libraries/:id`. */
export const LibraryDetailSchema = v.object({
  ...LibrarySummarySchema.entries,
  disabled: v.boolean(),
  allowedOrigins: v.array(v.string()),
  coverage: v.array(CoverageWindowSchema),
  localTimerSeconds: v.number(),
  groupTimerSeconds: v.number(),
  colour: v.string(),
});
export type LibraryDetail = v.InferOutput<typeof LibraryDetailSchema>;

const pageText = v.pipe(v.string(), v.maxLength(20_000));

/**
 * `GET /api/groups/:id/policy`: what a group's libraries share (one card, common loans), shown
 * to responders between the library's page and the cooperative's. Responders of the cooperative.
 */
export const GroupPolicyPageSchema = v.object({
  group: LibraryGroupSchema,
  /** 0 until a coordinator writes the first version. */
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  staffOnly: v.string(),
  updatedAt: v.nullable(v.number()),
  updatedBy: v.nullable(v.string()),
});
export type GroupPolicyPage = v.InferOutput<typeof GroupPolicyPageSchema>;

/** `PUT /api/groups/:id/policy`: coordinators. `baseVersion` guards against lost updates. */
export const GroupPolicyPageUpdateSchema = v.object({
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: pageText,
  staffOnly: pageText,
});
export type GroupPolicyPageUpdate = v.InferOutput<typeof GroupPolicyPageUpdateSchema>;
