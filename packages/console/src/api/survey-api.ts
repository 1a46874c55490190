import {
  type LibraryId,
  type LibrarySurvey,
  LibrarySurveySchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface SurveyApi {
  /** A library's own survey questions (what its patrons see after a chat). */
  librarySurvey(libraryId: LibraryId): Promise<LibrarySurvey>;
  /** Replaces them (the library's admins and coordinators). */
  saveLibrarySurvey(libraryId: LibraryId, survey: LibrarySurvey): Promise<LibrarySurvey>;
}

/**
 * Libraries' own survey questions.
 *
 * @example
 * const { questions } = await surveyApi(http).librarySurvey('springfield');
 */
export function surveyApi(http: HttpClient): SurveyApi {
  const path = (id: LibraryId) => `/api/libraries/${encodeURIComponent(id)}/survey`;
  return {
    librarySurvey: (libraryId) => http.get(path(libraryId), LibrarySurveySchema),
    saveLibrarySurvey: (libraryId, survey) =>
      http.send('PUT', path(libraryId), survey, LibrarySurveySchema),
  };
}
