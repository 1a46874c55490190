import {
  type LibraryId,
  LibraryListResponseSchema,
  type LibrarySummary,
  ResponderListResponseSchema,
  type ResponderSummary,
  type WidgetSettings,
  WidgetSettingsSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface LibraryApi {
  /** The member libraries of my cooperative. */
  libraries(): Promise<LibrarySummary[]>;
  /** The cooperative's librarians, for transfers. */
  responders(): Promise<ResponderSummary[]>;
  widgetSettings(libraryId: LibraryId): Promise<WidgetSettings>;
  saveWidgetSettings(libraryId: LibraryId, settings: WidgetSettings): Promise<void>;
}

/**
 * Libraries, librarians and a library's widget settings.
 *
 * @example
 * const libraries = await libraryApi(http).libraries();
 */
export function libraryApi(http: HttpClient): LibraryApi {
  const settingsPath = (id: LibraryId) =>
    `/api/libraries/${encodeURIComponent(id)}/widget-settings`;
  return {
    async libraries() {
      return (await http.get('/api/libraries', LibraryListResponseSchema)).libraries;
    },
    async responders() {
      return (await http.get('/api/responders', ResponderListResponseSchema)).responders;
    },
    widgetSettings: (libraryId) => http.get(settingsPath(libraryId), WidgetSettingsSchema),
    saveWidgetSettings: (libraryId, settings) =>
      http.send('PUT', settingsPath(libraryId), settings),
  };
}
