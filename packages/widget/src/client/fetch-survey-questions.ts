import type { SurveyQuestion } from '@refdesk/protocol/patron';

/**
 * A library's own survey questions (`GET /api/libraries/:id/survey`), to ask after a chat besides
 * the 1 to 5 rating; send the answers by id with `client.survey(rating, comment, answers)`. The
 * script-tag widget and `mount()` ask them the same way. Resolves to `[]` when the server cannot
 * be reached or answers with an error: the rating alone is still worth asking.
 *
 * @example
 * const questions = await fetchSurveyQuestions('https://ask.example.org', 'springfield');
 * client.survey(4, undefined, { [questions[0].id]: 'yes' });
 */
export async function fetchSurveyQuestions(
  server: string,
  libraryId: string,
): Promise<SurveyQuestion[]> {
  try {
    const url = `${server.replace(/\/+$/, '')}/api/libraries/${encodeURIComponent(libraryId)}/survey`;
    const response = await fetch(url);
    const body = response.ok ? ((await response.json()) as { questions?: SurveyQuestion[] }) : {};
    return body.questions ?? [];
  } catch {
    return [];
  }
}
