import {
  type ErasureResult,
  ErasureResultSchema,
  type LibraryId,
  type PatronChatListResponse,
  PatronChatListResponseSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

/** Which patron: one of the three, as the admin typed it. */
export type PatronSearch = { email: string } | { chatId: string } | { browserId: string };

export interface PatronRequestApi {
  patronChats(libraryId: LibraryId, search: PatronSearch): Promise<PatronChatListResponse>;
  erasePatron(libraryId: LibraryId, search: PatronSearch): Promise<ErasureResult>;
  /** The address of the download, for a plain link (the session cookie goes with it). */
  patronExportUrl(libraryId: LibraryId, search: PatronSearch, format: 'json' | 'text'): string;
}

/**
 * A patron's requests at a library: find their chats, download them, erase them.
 *
 * @example
 * const { chats } = await patronRequestApi(http).patronChats('springfield', { email });
 */
export function patronRequestApi(http: HttpClient): PatronRequestApi {
  const base = (id: LibraryId) => `/api/libraries/${encodeURIComponent(id)}/patron-chats`;
  const query = (search: PatronSearch) =>
    new URLSearchParams(Object.entries(search) as [string, string][]).toString();
  return {
    patronChats: (libraryId, search) =>
      http.get(`${base(libraryId)}?${query(search)}`, PatronChatListResponseSchema),
    erasePatron: (libraryId, search) =>
      http.send('POST', `${base(libraryId)}/erase`, search, ErasureResultSchema),
    patronExportUrl: (libraryId, search, format) =>
      `${base(libraryId)}/export?${query(search)}&format=${format}`,
  };
}
