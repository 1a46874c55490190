import {
  type FollowUp,
  FollowUpListResponseSchema,
  FollowUpPromiseSchema,
  type LibraryId,
  type NotificationDigest,
  type StaffNotificationsResponse,
  StaffNotificationsResponseSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

/** A coordinator's pool filters; absent means any. */
export interface FollowUpPoolFilters {
  library?: LibraryId | undefined;
  state?: 'open' | 'claimed' | 'closed' | 'all';
  overdue?: boolean | undefined;
  /** Only follow-ups at least this many days old. */
  olderThanDays?: number | undefined;
}

export interface FollowUpDutyApi {
  followUpNotifications(): Promise<StaffNotificationsResponse>;
  markFollowUpNotificationsSeen(): Promise<void>;
  setNotificationDigest(digest: NotificationDigest): Promise<void>;
  followUpPool(filters: FollowUpPoolFilters): Promise<FollowUp[]>;
  followUpPromise(libraryId: LibraryId): Promise<number>;
  setFollowUpPromise(libraryId: LibraryId, workingDays: number): Promise<number>;
}

/**
 * Follow-up notifications (the badge), the digest setting, the cooperative pool and a library's
 * follow-up promise.
 *
 * @example
 * const { unseen } = await api.followUpNotifications();
 */
export function followUpDutyApi(http: HttpClient): FollowUpDutyApi {
  const promise = (libraryId: LibraryId) =>
    `/api/libraries/${encodeURIComponent(libraryId)}/follow-up-promise`;
  return {
    followUpNotifications: () =>
      http.get('/api/follow-up-notifications', StaffNotificationsResponseSchema),
    markFollowUpNotificationsSeen: () => http.send('POST', '/api/follow-up-notifications/seen'),
    setNotificationDigest: (digest) =>
      http.send('PUT', '/api/follow-up-notifications/settings', { digest }),
    async followUpPool(filters) {
      const query = new URLSearchParams({ state: filters.state ?? 'all' });
      if (filters.library) query.set('library', filters.library);
      if (filters.overdue !== undefined) query.set('overdue', String(filters.overdue));
      if (filters.olderThanDays) query.set('olderThanDays', String(filters.olderThanDays));
      return (await http.get(`/api/follow-up-pool?${query}`, FollowUpListResponseSchema)).followUps;
    },
    async followUpPromise(libraryId) {
      return (await http.get(promise(libraryId), FollowUpPromiseSchema)).workingDays;
    },
    async setFollowUpPromise(libraryId, workingDays) {
      const body = { workingDays };
      return (await http.send('PUT', promise(libraryId), body, FollowUpPromiseSchema)).workingDays;
    },
  };
}
