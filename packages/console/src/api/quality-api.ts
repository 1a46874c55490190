import {
  type ArchivePage,
  ArchivePageSchema,
  type ArchiveQuery,
  type ChatQualityResponse,
  ChatQualityResponseSchema,
  type QualityCase,
  type QualityCaseAction,
  QualityCaseSchema,
  type QualityCasesResponse,
  QualityCasesResponseSchema,
  type QualityForwardRequest,
  type Review,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface QualityApi {
  /** The transcript archive: the chats I may read, filtered, newest first. */
  archive(query: ArchiveQuery): Promise<ArchivePage>;
  /** The URL of the filtered list as CSV (a download link). */
  archiveCsvUrl(query: ArchiveQuery): string;
  /** A chat's survey answer and quality cases. */
  chatQuality(chatId: string): Promise<ChatQualityResponse>;
  forwardToQualityTeam(chatId: string, request: QualityForwardRequest): Promise<QualityCase>;
  /** The reviewers' inbox. */
  qualityInbox(): Promise<QualityCasesResponse>;
  /** Reviews of chats I answered, with unread feedback counted. */
  myFeedback(): Promise<QualityCasesResponse>;
  /** One case; opening it marks its thread read. */
  qualityCase(id: string): Promise<QualityCase>;
  saveReview(id: string, review: Review): Promise<QualityCase>;
  sendFeedback(id: string, text: string): Promise<QualityCase>;
  qualityCaseAction(id: string, action: QualityCaseAction): Promise<QualityCase>;
}

/** Query-string form of an archive query: only the fields that are set. */
export function archiveQueryString(query: ArchiveQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The transcript archive and the quality program.
 *
 * @example
 * const { chats, nextCursor } = await qualityApi(http).archive({ q: 'genealogy' });
 */
export function qualityApi(http: HttpClient): QualityApi {
  const one = (id: string) => `/api/quality/cases/${encodeURIComponent(id)}`;
  const chat = (id: string) => `/api/chats/${encodeURIComponent(id)}/quality`;
  return {
    archive: (query) => http.get(`/api/transcripts${archiveQueryString(query)}`, ArchivePageSchema),
    archiveCsvUrl: (query) => `/api/transcripts/export.csv${archiveQueryString(query)}`,
    chatQuality: (chatId) => http.get(chat(chatId), ChatQualityResponseSchema),
    forwardToQualityTeam: (chatId, request) =>
      http.send('POST', chat(chatId), request, QualityCaseSchema),
    qualityInbox: () => http.get('/api/quality/cases', QualityCasesResponseSchema),
    myFeedback: () => http.get('/api/quality/feedback', QualityCasesResponseSchema),
    qualityCase: (id) => http.get(one(id), QualityCaseSchema),
    saveReview: (id, review) => http.send('PUT', `${one(id)}/review`, review, QualityCaseSchema),
    sendFeedback: (id, text) =>
      http.send('POST', `${one(id)}/messages`, { text }, QualityCaseSchema),
    qualityCaseAction: (id, action) =>
      http.send('POST', `${one(id)}/actions`, action, QualityCaseSchema),
  };
}
