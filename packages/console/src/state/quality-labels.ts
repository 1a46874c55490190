import type {
  ComplaintTag,
  QualityLabel,
  ReviewState,
  RubricRating,
  RusaArea,
} from '@refdesk/protocol/responder';

/** Words the quality pages use for the quality vocabulary (defined in @refdesk/protocol). */
export const QUALITY_LABEL_NAMES: Record<QualityLabel, string> = {
  fyi: 'FYI',
  complaint: 'Complaint',
  compliment: 'Compliment',
};

export const REVIEW_STATE_NAMES: Record<ReviewState, string> = {
  new: 'New',
  in_review: 'In review',
  feedback_sent: 'Feedback sent',
  closed: 'Closed',
};

/** RUSA's 2023 behavioural guideline areas. */
export const RUSA_AREA_NAMES: Record<RusaArea, string> = {
  inclusion: 'Inclusion',
  approachability: 'Approachability',
  engagement: 'Engagement',
  searching: 'Searching',
  evaluation: 'Evaluation',
  closure: 'Closure',
};

export const RUBRIC_RATING_NAMES: Record<RubricRating, string> = {
  meets: 'Meets',
  partly: 'Partly',
  does_not: 'Does not',
  not_applicable: 'N/A',
};

/** QuestionPoint's list of frequent quality complaints. */
export const COMPLAINT_TAG_NAMES: Record<ComplaintTag, string> = {
  policy_page_not_used: 'Policy page not used',
  wrong_resolution_code: 'Wrong resolution code',
  inadequate_reference_interview: 'Inadequate reference interview',
  incorrect_information: 'Incorrect information',
  tone: 'Tone',
  ended_abruptly: 'Session ended abruptly',
  poor_sources: 'Poor sources',
  no_searching: 'No searching',
  weak_strategy: 'Weak search strategy',
};
