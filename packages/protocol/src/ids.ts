import * as v from 'valibot';

/** Slugs name things people configure: cooperatives, libraries, groups (`springfield`). */
const slug = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be a lowercase slug (a-z, 0-9, -), at most 63 characters',
  ),
);
/** Opaque ids are minted by the server (`c_8f3k2...`). */
const opaque = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const CooperativeIdSchema = v.pipe(slug, v.brand('CooperativeId'));
export type CooperativeId = v.InferOutput<typeof CooperativeIdSchema>;
export const LibraryIdSchema = v.pipe(slug, v.brand('LibraryId'));
export type LibraryId = v.InferOutput<typeof LibraryIdSchema>;
export const GroupIdSchema = v.pipe(slug, v.brand('GroupId'));
export type GroupId = v.InferOutput<typeof GroupIdSchema>;
export const ResponderIdSchema = v.pipe(opaque, v.brand('ResponderId'));
export type ResponderId = v.InferOutput<typeof ResponderIdSchema>;
export const ChatIdSchema = v.pipe(opaque, v.brand('ChatId'));
export type ChatId = v.InferOutput<typeof ChatIdSchema>;
export const MessageIdSchema = v.pipe(opaque, v.brand('MessageId'));
export type MessageId = v.InferOutput<typeof MessageIdSchema>;
export const FollowUpIdSchema = v.pipe(opaque, v.brand('FollowUpId'));
export type FollowUpId = v.InferOutput<typeof FollowUpIdSchema>;
/** Chosen by the sender of a message so that its echo and ack can be matched, and retries deduplicated. */
export const ClientMessageIdSchema = v.pipe(opaque, v.brand('ClientMessageId'));
export type ClientMessageId = v.InferOutput<typeof ClientMessageIdSchema>;
/** A secret the patron keeps to resume a chat after a reconnect or reload. */
export const ResumeTokenSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{16,128}$/),
  v.brand('ResumeToken'),
);
export type ResumeToken = v.InferOutput<typeof ResumeTokenSchema>;
