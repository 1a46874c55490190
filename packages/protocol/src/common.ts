import * as v from 'valibot';

/** The longest chat message, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;
/** The largest socket frame a server accepts, in bytes (a full message plus room for JSON). */
export const MAX_FRAME_BYTES = 32 * 1024;

/** Milliseconds since the Unix epoch, as the server's clock saw it. */
export const TimestampSchema = v.number();
/** Per-chat message sequence number: 1, 2, 3... assigned by the server. */
export const SeqSchema = v.number();

/** Where a waiting chat currently is in the routing cascade; the options are in cascade order. */
export const TierSchema = v.picklist(['local', 'group', 'cooperative']);
export type Tier = v.InferOutput<typeof TierSchema>;

export const AuthorRoleSchema = v.picklist(['patron', 'responder', 'system']);
export type AuthorRole = v.InferOutput<typeof AuthorRoleSchema>;

/** Why a chat ended, as the patron is told. */
export const EndReasonSchema = v.picklist([
  'responder_ended',
  'patron_left',
  'inactive',
  'expired',
]);
export type EndReason = v.InferOutput<typeof EndReasonSchema>;

/** How a library wants a pre-chat field: not asked, optional, or required. */
export const FieldModeSchema = v.picklist(['off', 'optional', 'required']);
export type FieldMode = v.InferOutput<typeof FieldModeSchema>;
