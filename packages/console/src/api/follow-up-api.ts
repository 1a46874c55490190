import {
  type FollowUp,
  type FollowUpAction,
  FollowUpListResponseSchema,
  FollowUpSchema,
  type LibraryId,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface FollowUpApi {
  followUps(libraryId: LibraryId): Promise<FollowUp[]>;
  followUp(id: string): Promise<FollowUp>;
  /** Claim, note, reply by email, or close; answers with the follow-up as it is now. */
  followUpAction(id: string, action: FollowUpAction): Promise<FollowUp>;
}

/**
 * A library's follow-up queue.
 *
 * @example
 * const api = followUpApi(http);
 * const updated = await api.followUpAction(id, { action: 'claim' });
 */
export function followUpApi(http: HttpClient): FollowUpApi {
  const one = (id: string) => `/api/follow-ups/${encodeURIComponent(id)}`;
  return {
    async followUps(libraryId) {
      const url = `/api/libraries/${encodeURIComponent(libraryId)}/follow-ups`;
      return (await http.get(url, FollowUpListResponseSchema)).followUps;
    },
    followUp: (id) => http.get(one(id), FollowUpSchema),
    followUpAction: (id, action) => http.send('POST', `${one(id)}/actions`, action, FollowUpSchema),
  };
}
