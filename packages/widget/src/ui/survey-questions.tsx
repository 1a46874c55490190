import type { SurveyQuestion } from '@refdesk/protocol/patron';
import { Fragment } from 'preact';
import { fetchSurveyQuestions } from '../client/fetch-survey-questions.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { TextField } from './text-field.tsx';

/** Questions by library, fetched once per page; undefined while being fetched. */
const asked = new Map<string, SurveyQuestion[] | undefined>();

/**
 * The home library's questions, fetched once from the widget's Refdesk server (the script tag's,
 * or the `server` given to `mount()`). The panel redraws when they arrive.
 */
function questionsOf(state: WidgetState): SurveyQuestion[] {
  const libraryId = state.snapshot.library?.id;
  if (!libraryId) return [];
  if (!asked.has(libraryId)) {
    asked.set(libraryId, undefined);
    void fetchSurveyQuestions(state.server, libraryId).then((questions) => {
      asked.set(libraryId, questions);
      if (questions.length) state.setField('rd-survey-loaded', libraryId);
    });
  }
  return asked.get(libraryId) ?? [];
}

const key = (question: SurveyQuestion) => `rd-sq-${question.id}`;

/**
 * The patron's answers to the library's questions, by question id: a number for a rating, the
 * text (or `yes`/`no`) otherwise; unanswered ones left out.
 */
export function surveyAnswers(state: WidgetState): Record<string, string | number> | undefined {
  const answers: Record<string, string | number> = {};
  for (const question of questionsOf(state)) {
    const value = state.fields.value[key(question)]?.trim();
    if (value) answers[question.id] = question.kind === 'rating' ? Number(value) : value;
  }
  return Object.keys(answers).length ? answers : undefined;
}

/**
 * The home library's own questions, after the rating: ratings as stars, yes/no as two radio
 * buttons, texts (a complaint too) as text areas.
 *
 * @example
 * <SurveyQuestions state={state} />
 */
export function SurveyQuestions({ state }: { state: WidgetState }) {
  const { t, fields } = state;
  return (
    <>
      {questionsOf(state).map((question) => {
        const id = key(question);
        if (question.kind === 'text' || question.kind === 'complaint')
          return <TextField key={id} state={state} id={id} label={question.text} multiline />;
        const value = fields.value[id] ?? '';
        const choices: [string, string][] =
          question.kind === 'rating'
            ? [1, 2, 3, 4, 5].map((n) => [String(n), String(n)])
            : [
                ['yes', t.yes],
                ['no', t.no],
              ];
        return (
          <fieldset key={id} class="field">
            <legend>{question.text}</legend>
            <div class={question.kind === 'rating' ? 'stars' : 'choices'}>
              {choices.map(([choice, label]) => (
                <Fragment key={choice}>
                  <input
                    type="radio"
                    name={id}
                    id={`${id}-${choice}`}
                    checked={value === choice}
                    onChange={() => state.setField(id, choice)}
                  />
                  <label
                    for={`${id}-${choice}`}
                    class={
                      question.kind === 'rating' && Number(choice) <= Number(value) ? 'on' : ''
                    }
                  >
                    {question.kind === 'rating' ? (
                      <>
                        <span aria-hidden="true">★</span>
                        <span class="sr">{label}</span>
                      </>
                    ) : (
                      label
                    )}
                  </label>
                </Fragment>
              ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
