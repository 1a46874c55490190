import * as v from 'valibot';
import { CommentSchema } from './fields.ts';

// ---- A library's own survey: questions shown to its patrons after a chat -------------------

/**
 * What a survey question asks for: a rating from 1 to 5, yes or no, a free text, or a complaint
 * (a free text that, when the patron writes one, becomes a Complaint forward to quality).
 */
export const SURVEY_QUESTION_KINDS = ['rating', 'yes_no', 'text', 'complaint'] as const;
export const SurveyQuestionKindSchema = v.picklist(SURVEY_QUESTION_KINDS);
export type SurveyQuestionKind = v.InferOutput<typeof SurveyQuestionKindSchema>;

/** At most this many questions in a library's survey. */
export const MAX_SURVEY_QUESTIONS = 15;

export const SurveyQuestionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}$/, 'must be a short id: a-z, 0-9, - and _')),
  kind: SurveyQuestionKindSchema,
  text: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(300)),
});
export type SurveyQuestion = v.InferOutput<typeof SurveyQuestionSchema>;

/** `GET|PUT /api/libraries/:id/survey`: the library's questions, in order. */
export const LibrarySurveySchema = v.object({
  questions: v.pipe(
    v.array(SurveyQuestionSchema),
    v.maxLength(MAX_SURVEY_QUESTIONS, `must have at most ${MAX_SURVEY_QUESTIONS} questions`),
    v.check(
      (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
      'must not repeat a question id',
    ),
  ),
});
export type LibrarySurvey = v.InferOutput<typeof LibrarySurveySchema>;

/** A patron's answers by question id: 1 to 5 for a rating, `yes`/`no`, or a text. */
export const SurveyAnswersSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.maxLength(40)),
    v.union([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), CommentSchema]),
  ),
  v.check((answers) => Object.keys(answers).length <= MAX_SURVEY_QUESTIONS, 'too many answers'),
);
export type SurveyAnswers = v.InferOutput<typeof SurveyAnswersSchema>;

/** One answered question, as readers of the transcript see it. */
export const SurveyAnswerViewSchema = v.object({
  question: v.string(),
  kind: SurveyQuestionKindSchema,
  answer: v.string(),
});
export type SurveyAnswerView = v.InferOutput<typeof SurveyAnswerViewSchema>;
