import {
  ChatIdSchema,
  LibraryIdSchema,
  LocaleSchema,
  ResponderIdSchema,
  ResumeTokenSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';

/** Page URLs longer than this are not kept with a socket: runtimes limit what a socket may carry. */
const MAX_KEPT_PAGE_URL = 1024;

/**
 * What a socket is once it said hello: enough to re-attach it to a rebuilt room without a new
 * hello. Small and JSON-safe, so a runtime can keep it with the socket (a Durable Object keeps it
 * in the WebSocket's attachment, which survives hibernation). Parse it back with the schema: it
 * comes from storage the runtime manages, not from this process's memory.
 *
 * @example
 * const parsed = v.safeParse(SocketIdentitySchema, connection.state);
 */
export const SocketIdentitySchema = v.variant('role', [
  v.object({
    role: v.literal('patron'),
    libraryId: LibraryIdSchema,
    resumeToken: ResumeTokenSchema,
    chatId: v.nullable(ChatIdSchema),
    practice: v.boolean(),
    pageUrl: v.nullable(v.pipe(v.string(), v.maxLength(MAX_KEPT_PAGE_URL))),
    /** For the abuse budgets after a restore; absent in identities kept before it existed. */
    clientAddress: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
    /** The widget's language, for the disclosure; absent in identities kept before it existed. */
    locale: v.optional(v.nullable(LocaleSchema)),
  }),
  v.object({
    role: v.literal('responder'),
    responderId: ResponderIdSchema,
    /** The session the socket was opened with: it ends the socket when the session ends. */
    session: v.optional(
      v.object({ idHash: v.pipe(v.string(), v.maxLength(128)), expiresAt: v.number() }),
    ),
  }),
]);
export type SocketIdentity = v.InferOutput<typeof SocketIdentitySchema>;

/**
 * A page URL as a socket identity keeps it: unchanged, or dropped when too long.
 *
 * @example
 * keptPageUrl('https://springfield.example/hours'); // 'https://springfield.example/hours'
 */
export function keptPageUrl(pageUrl: string | null): string | null {
  return pageUrl !== null && pageUrl.length <= MAX_KEPT_PAGE_URL ? pageUrl : null;
}
