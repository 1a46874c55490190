import { createWidget, type Widget } from './host/create-widget.ts';
import type { WidgetOptions } from './host/types.ts';

export type { SurveyAnswers, SurveyQuestion, SurveyQuestionKind } from '@refdesk/protocol/patron';
// Beside the headless client rather than in `@refdesk/widget/client`, whose 6.1 KB budget it would
// break: a custom UI that asks the survey imports it from here, and tree-shaking drops `mount`.
export { fetchSurveyQuestions } from './client/fetch-survey-questions.ts';
export * from './client/index.ts';
export type { Widget } from './host/create-widget.ts';
export type { Identity, WidgetEvents, WidgetOptions } from './host/types.ts';

/**
 * Puts the chat launcher on the page; the panel and the client load on the first click. The
 * npm equivalent of the script tag, with the same events.
 *
 * @example
 * import { mount } from '@refdesk/widget';
 * const widget = mount({ libraryId: 'springfield', server: 'https://ask.example.org' });
 * widget.on('assigned', ({ responderName }) => console.log(`${responderName} joined`));
 */
export function mount(options: WidgetOptions): Widget {
  return createWidget(options, () => import('./start-app.tsx'));
}
