import {
  type LibraryId,
  MAX_SURVEY_QUESTIONS,
  type SurveyQuestion,
  type SurveyQuestionKind,
} from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

const KIND_NAMES: Record<SurveyQuestionKind, string> = {
  rating: 'Rating, 1 to 5',
  yes_no: 'Yes or no',
  text: 'Free text',
  complaint: 'Complaint (forwarded to quality)',
};

/** A new question's id: `q1`, `q2`, ... never one the survey already has. */
function nextId(questions: readonly SurveyQuestion[]): string {
  let n = questions.length + 1;
  while (questions.some((question) => question.id === `q${n}`)) n++;
  return `q${n}`;
}

/**
 * A library's own survey: up to 15 questions its patrons see after every chat, whichever library
 * answered. A "complaint" question's answer is forwarded to the quality team as a Complaint.
 */
export function SurveyQuestionsForm({ libraryId }: { libraryId: LibraryId }) {
  const { api, notices } = useConsole();
  const [questions, setQuestions] = useState<SurveyQuestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    void api.librarySurvey(libraryId).then(
      (survey) => setQuestions(survey.questions),
      (failure) => setLoadError(errorMessage(failure)),
    );
  }, [api, libraryId]);
  const change = (index: number, patch: Partial<SurveyQuestion>) =>
    setQuestions(
      (list) => list?.map((one, i) => (i === index ? { ...one, ...patch } : one)) ?? null,
    );
  const save = async (event: Event) => {
    event.preventDefault();
    if (!questions) return;
    try {
      setQuestions((await api.saveLibrarySurvey(libraryId, { questions })).questions);
      setError(null);
      notices.push('Survey saved.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="stack panel" onSubmit={save} aria-labelledby="survey-questions-heading">
      <h2 id="survey-questions-heading" class="panel-title">
        Survey questions
      </h2>
      <p class="muted">
        Shown to your patrons after every chat, with the 1 to 5 rating, whichever library answered
        (at most {MAX_SURVEY_QUESTIONS}).
      </p>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {loadError && <p class="form-error">{loadError}</p>}
      {questions === null && !loadError && <p class="muted">Loading…</p>}
      {questions?.map((question, index) => (
        <fieldset key={question.id} class="row sample-rule">
          <legend class="visually-hidden">Question {index + 1}</legend>
          <div class="field">
            <label for={`survey-text-${index}`}>Question {index + 1}</label>
            <input
              id={`survey-text-${index}`}
              maxLength={300}
              value={question.text}
              onInput={(event) => change(index, { text: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`survey-kind-${index}`}>Answer {index + 1}</label>
            <select
              id={`survey-kind-${index}`}
              value={question.kind}
              onChange={(event) =>
                change(index, { kind: event.currentTarget.value as SurveyQuestionKind })
              }
            >
              {Object.entries(KIND_NAMES).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => setQuestions(questions.filter((_, i) => i !== index))}
          >
            Remove question {index + 1}
          </button>
        </fieldset>
      ))}
      {questions && (
        <div class="row">
          <button
            type="button"
            class="btn"
            disabled={questions.length >= MAX_SURVEY_QUESTIONS}
            onClick={() =>
              setQuestions([...questions, { id: nextId(questions), kind: 'rating', text: '' }])
            }
          >
            Add a question
          </button>
          <button type="submit" class="btn btn-primary">
            Save survey
          </button>
        </div>
      )}
    </form>
  );
}
