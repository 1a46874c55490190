import { Fragment } from 'preact';
import { format } from '../i18n/load-catalogue.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { SurveyQuestions, surveyAnswers } from './survey-questions.tsx';
import { TextField } from './text-field.tsx';

export interface SurveyFormProps {
  state: WidgetState;
}

/**
 * The end-of-chat survey: a rating from 1 to 5 (radio buttons drawn as stars), the patron's home
 * library's own questions (whichever library answered) and a comment; thanks once the server has it.
 *
 * @example
 * <SurveyForm state={state} />
 */
export function SurveyForm({ state }: SurveyFormProps) {
  const { t, fields } = state;
  if (state.snapshot.received.survey)
    return (
      <p class="card done" tabIndex={-1} data-focus>
        {t.thanks}
      </p>
    );
  const rating = Number(fields.value['rd-rating'] ?? 0);
  const sent = fields.value['rd-survey-sent'] === '1';
  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (sent) return;
        const comment = fields.value['rd-comment']?.trim();
        state.client.survey(rating, comment || undefined, surveyAnswers(state));
        state.setField('rd-survey-sent', '1');
      }}
    >
      <fieldset class="field">
        <legend>{t.survey}</legend>
        <div class="stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <Fragment key={n}>
              <input
                type="radio"
                name="rd-rating"
                id={`rd-star-${n}`}
                checked={rating === n}
                onChange={() => state.setField('rd-rating', String(n))}
              />
              <label for={`rd-star-${n}`} class={n <= rating ? 'on' : ''}>
                <span aria-hidden="true">★</span>
                <span class="sr">{format(t.stars, { n })}</span>
              </label>
            </Fragment>
          ))}
        </div>
      </fieldset>
      <SurveyQuestions state={state} />
      <TextField state={state} id="rd-comment" label={t.comment} multiline />
      <button
        class="primary"
        type="submit"
        disabled={!rating}
        // Not disabled once sent: a disabled button drops focus to the page; the thanks takes it.
        aria-disabled={sent ? 'true' : undefined}
      >
        {t.sendFeedback}
      </button>
    </form>
  );
}
