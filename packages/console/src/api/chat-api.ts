import {
  type EarlierChatsResponse,
  EarlierChatsResponseSchema,
  type Transcript,
  TranscriptSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface ChatApi {
  /** A chat's transcript: mine, my library's patrons', or any for coordinators and reviewers. */
  transcript(chatId: string): Promise<Transcript>;
  /** The same patron's earlier chats, newest first; `shared` is false when their library says no. */
  earlierChats(chatId: string): Promise<EarlierChatsResponse>;
}

/**
 * Transcripts of chats, current and past.
 *
 * @example
 * const { messages } = await chatApi(http).transcript(chatId);
 */
export function chatApi(http: HttpClient): ChatApi {
  const one = (id: string) => `/api/chats/${encodeURIComponent(id)}`;
  return {
    transcript: (chatId) => http.get(one(chatId), TranscriptSchema),
    earlierChats: (chatId) => http.get(`${one(chatId)}/earlier`, EarlierChatsResponseSchema),
  };
}
