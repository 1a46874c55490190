import type {
  ChatId,
  CooperativeId,
  SurveyAnswers,
  SurveyAnswerView,
  SurveyQuestion,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import { createForward, type QualityCaseRecord } from './quality-case.ts';

/**
 * The answers worth keeping: only the library's questions, each in its kind's shape (a rating
 * 1 to 5, `yes`/`no`, a non-empty text). Anything else a patron's client sent is dropped.
 *
 * @example
 * keptAnswers([{ id: 'found', kind: 'yes_no', text: 'Found it?' }], { found: 'yes', x: 3 }); // { found: 'yes' }
 */
export function keptAnswers(
  questions: readonly SurveyQuestion[],
  answers: SurveyAnswers,
): SurveyAnswers {
  const kept: SurveyAnswers = {};
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    const fits =
      question.kind === 'rating'
        ? typeof answer === 'number'
        : question.kind === 'yes_no'
          ? answer === 'yes' || answer === 'no'
          : typeof answer === 'string' && answer.trim() !== '';
    if (fits) kept[question.id] = answer;
  }
  return kept;
}

/**
 * A patron's complaint written in the survey becomes a Complaint forward to the quality team
 * (created by nobody: the patron is not staff). Undefined when the survey holds no complaint.
 *
 * @example
 * const forward = surveyComplaint({ questions, answers, chatId, cooperativeId, id, now });
 * if (forward) quality.insertCase(forward);
 */
export function surveyComplaint(input: {
  questions: readonly SurveyQuestion[];
  answers: SurveyAnswers;
  id: string;
  cooperativeId: CooperativeId;
  chatId: ChatId;
  now: Millis;
}): QualityCaseRecord | undefined {
  const texts = input.questions
    .filter((question) => question.kind === 'complaint')
    .map((question) => input.answers[question.id])
    .filter((answer): answer is string => typeof answer === 'string' && answer.trim() !== '');
  if (texts.length === 0) return undefined;
  return createForward({
    id: input.id,
    cooperativeId: input.cooperativeId,
    chatId: input.chatId,
    label: 'complaint',
    comment: `The patron complained in the survey: ${texts.join(' / ')}`.slice(0, 4000),
    by: null,
    now: input.now,
  });
}

/**
 * The answers as readers of the transcript see them, in the survey's order; answers to a question
 * removed since are shown under its id.
 *
 * @example
 * answerViews(questions, { found: 'yes' }); // [{ question: 'Found it?', kind: 'yes_no', answer: 'Yes' }]
 */
export function answerViews(
  questions: readonly SurveyQuestion[],
  answers: SurveyAnswers | null,
): SurveyAnswerView[] {
  if (!answers) return [];
  const known = new Map(questions.map((question) => [question.id, question]));
  const order = [
    ...questions.map((question) => question.id),
    ...Object.keys(answers).filter((id) => !known.has(id)),
  ];
  return order.flatMap((id) => {
    const answer = answers[id];
    if (answer === undefined) return [];
    const question = known.get(id);
    const kind = question?.kind ?? (typeof answer === 'number' ? 'rating' : 'text');
    const text =
      kind === 'rating'
        ? `${answer} of 5`
        : answer === 'yes'
          ? 'Yes'
          : answer === 'no'
            ? 'No'
            : String(answer);
    return [{ question: question?.text ?? id, kind, answer: text }];
  });
}

/**
 * The Complaint forward of a question left through the offline form that the patron marked as a
 * complaint, as a survey complaint is forwarded.
 *
 * @example
 * ctx.quality?.insertCase(offlineComplaint({ id, cooperativeId, chatId, question, now }));
 */
export function offlineComplaint(input: {
  id: string;
  cooperativeId: CooperativeId;
  chatId: ChatId;
  question: string;
  now: Millis;
}): QualityCaseRecord {
  return createForward({
    id: input.id,
    cooperativeId: input.cooperativeId,
    chatId: input.chatId,
    label: 'complaint',
    comment: `The patron complained through the offline form: ${input.question}`.slice(0, 4000),
    by: null,
    now: input.now,
  });
}
