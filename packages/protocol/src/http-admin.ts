import * as v from 'valibot';
import { DisplayNameSchema, EmailSchema } from './fields.ts';
import { NewPasswordSchema } from './http-accounts.ts';
import { CooperativeIdSchema, LibraryIdSchema } from './ids.ts';
import { MintedResponderIdSchema } from './minted.ts';

// ---- The operator's admin API (Cloudflare): setting up a cooperative's first coordinator -----

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120));

/**
 * `POST /api/admin/setup` with `Authorization: Bearer <REFDESK_ADMIN_TOKEN>`: the cooperative of
 * the hostname, its home office and first coordinator, once. What `refdesk init` does on Node.
 */
export const CooperativeSetupRequestSchema = v.object({
  cooperativeName: text,
  /** IANA time zone of the cooperative (default UTC); the server checks it knows it. */
  timezone: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64)), 'UTC'),
  coordinatorEmail: EmailSchema,
  /** Default: the part of the email before the @. */
  coordinatorName: v.optional(DisplayNameSchema),
  /** The coordinator's home library; default "<cooperative> office". */
  libraryName: v.optional(text),
  password: NewPasswordSchema,
});
export type CooperativeSetupRequest = v.InferOutput<typeof CooperativeSetupRequestSchema>;

export const CooperativeSetupResponseSchema = v.object({
  cooperative: v.object({ id: CooperativeIdSchema, name: v.string(), timezone: v.string() }),
  library: v.object({ id: LibraryIdSchema, name: v.string() }),
  coordinator: v.object({ id: MintedResponderIdSchema, email: v.string() }),
});
export type CooperativeSetupResponse = v.InferOutput<typeof CooperativeSetupResponseSchema>;
