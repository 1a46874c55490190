import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { BlockScopeSchema, BlockStatusSchema } from './http-privacy.ts';
import { ChatIdSchema, LibraryIdSchema } from './ids.ts';

// ---- The block list: patrons kept out of chat for a while -----------------------------------

/** How long a block holds unless it says otherwise. */
export const DEFAULT_BLOCK_HOURS = 24;
/** Ninety days: the longest a block may hold. */
export const MAX_BLOCK_HOURS = 90 * 24;

/**
 * Whether a block also keys on the patron's network address: not at all, its subnet (/24 for
 * IPv4, /48 for IPv6: a whole public computer room), or the exact address.
 */
export const BlockAddressSchema = v.picklist(['none', 'subnet', 'full']);
export type BlockAddress = v.InferOutput<typeof BlockAddressSchema>;

/** `POST /api/chats/:id/block`: block the patron of that chat. */
export const BlockRequestSchema = v.object({
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'give a reason'),
    v.maxLength(500, 'at most 500 characters'),
  ),
  scope: BlockScopeSchema,
  hours: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number of hours'),
      v.minValue(1, 'must be at least 1 hour'),
      v.maxValue(MAX_BLOCK_HOURS, 'must be at most 90 days'),
    ),
    DEFAULT_BLOCK_HOURS,
  ),
  address: v.optional(BlockAddressSchema, 'none'),
});
export type BlockRequest = v.InferInput<typeof BlockRequestSchema>;

/** One block as the console shows it. */
export const BlockViewSchema = v.object({
  id: v.string(),
  libraryId: LibraryIdSchema,
  libraryName: v.string(),
  scope: BlockScopeSchema,
  status: BlockStatusSchema,
  reason: v.string(),
  chatId: v.nullable(ChatIdSchema),
  address: BlockAddressSchema,
  createdByName: v.string(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  decidedByName: v.nullable(v.string()),
  decidedAt: v.nullable(TimestampSchema),
  /** Whether the signed-in responder may approve it (a coordinator, a pending cooperative block). */
  canApprove: v.boolean(),
  /** Whether the signed-in responder may lift it. */
  canLift: v.boolean(),
});
export type BlockView = v.InferOutput<typeof BlockViewSchema>;

/** `GET /api/blocks`: the blocks still in force or waiting for approval, newest first. */
export const BlockListResponseSchema = v.object({ blocks: v.array(BlockViewSchema) });
export type BlockListResponse = v.InferOutput<typeof BlockListResponseSchema>;

// ---- IP modes: what a library keeps of a patron's network address ---------------------------

/**
 * `none` (the default): the address serves the abuse limits in memory and is never stored;
 * `subnet`: its /24 (IPv4) or /48 (IPv6) is kept on the chat; `full`: the address is. Whatever is
 * kept is cleared by the nightly scrub with the other identifiers.
 */
export const IpModeSchema = v.picklist(['none', 'subnet', 'full']);
export type IpMode = v.InferOutput<typeof IpModeSchema>;

/** `GET|PUT /api/libraries/:id/ip-mode`. */
export const IpModeSettingSchema = v.object({ ipMode: IpModeSchema });
export type IpModeSetting = v.InferOutput<typeof IpModeSettingSchema>;
