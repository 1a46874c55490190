import {
  type LibraryId,
  type RetentionFloor,
  RetentionFloorSchema,
  type RetentionResponse,
  RetentionResponseSchema,
  type RetentionSettings,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface PrivacyApi {
  retention(libraryId: LibraryId): Promise<RetentionResponse>;
  saveRetention(libraryId: LibraryId, settings: RetentionSettings): Promise<RetentionResponse>;
  retentionFloor(): Promise<RetentionFloor>;
  saveRetentionFloor(floor: RetentionFloor): Promise<RetentionFloor>;
}

/**
 * A library's retention settings and the cooperative's floor.
 *
 * @example
 * const { settings, floor } = await privacyApi(http).retention('springfield');
 */
export function privacyApi(http: HttpClient): PrivacyApi {
  const path = (id: LibraryId) => `/api/libraries/${encodeURIComponent(id)}/retention`;
  return {
    retention: (libraryId) => http.get(path(libraryId), RetentionResponseSchema),
    saveRetention: (libraryId, settings) =>
      http.send('PUT', path(libraryId), settings, RetentionResponseSchema),
    retentionFloor: () => http.get('/api/cooperative/retention-floor', RetentionFloorSchema),
    saveRetentionFloor: (floor) =>
      http.send('PUT', '/api/cooperative/retention-floor', floor, RetentionFloorSchema),
  };
}
