import type {
  ChatId,
  CooperativeId,
  QualityCaseAction,
  QualityLabel,
  QualitySource,
  ResponderId,
  Review,
  ReviewState,
} from '@refdesk/protocol';
import { assertNever } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** A forwarded or sampled chat in the reviewers' inbox, with its review once saved. */
export interface QualityCaseRecord {
  id: string;
  cooperativeId: CooperativeId;
  chatId: ChatId;
  source: QualitySource;
  label: QualityLabel | null;
  comment: string;
  createdBy: ResponderId | null;
  createdAt: Millis;
  state: ReviewState;
  assigneeId: ResponderId | null;
  dueAt: Millis | null;
  review: Review | null;
  reviewedBy: ResponderId | null;
  reviewedAt: Millis | null;
  /** For a sampled chat: the draw, who or what it samples (`responder:<id>`, `library:<id>`), why. */
  sample: SampleOrigin | null;
}

/** Why a sampled chat is in the inbox. */
export interface SampleOrigin {
  drawId: string;
  /** `responder:<id>` or `library:<id>`: the subject the chat counts for in the rotation. */
  subject: string;
  /** "responder sample for Ben", "library sample for Springfield". */
  reason: string;
}

/** A message of a case's feedback thread: the reviewer's feedback, the responder's replies. */
export interface FeedbackMessageRecord {
  caseId: string;
  authorId: ResponderId;
  text: string;
  at: Millis;
}

/** Why a change to a case is refused. */
export interface CaseRefusal {
  refused: string;
}

/**
 * A new forward of a chat to quality review, in state `new`.
 *
 * @example
 * const forward = createForward({ id, cooperativeId, chatId, label: 'complaint', comment, by: me.id, now });
 */
export function createForward(input: {
  id: string;
  cooperativeId: CooperativeId;
  chatId: ChatId;
  label: QualityLabel;
  comment: string;
  by: ResponderId | null;
  now: Millis;
}): QualityCaseRecord {
  return {
    id: input.id,
    cooperativeId: input.cooperativeId,
    chatId: input.chatId,
    source: 'forward',
    label: input.label,
    comment: input.comment,
    createdBy: input.by,
    createdAt: input.now,
    state: 'new',
    assigneeId: null,
    dueAt: null,
    review: null,
    reviewedBy: null,
    reviewedAt: null,
    sample: null,
  };
}

/** Saves (or replaces) a case's review: a closed case must be reopened first. */
export function saveReview(
  record: QualityCaseRecord,
  review: Review,
  by: ResponderId,
  now: Millis,
): QualityCaseRecord | CaseRefusal {
  if (record.state === 'closed') return { refused: 'Reopen the case to change its review.' };
  const state = record.state === 'new' ? 'in_review' : record.state;
  return { ...record, review, reviewedBy: by, reviewedAt: now, state };
}

/** The state after a feedback message: the reviewer's first one sends the feedback. */
export function afterFeedback(
  record: QualityCaseRecord,
  fromReviewer: boolean,
): QualityCaseRecord | CaseRefusal {
  if (record.state === 'closed') return { refused: 'This case is closed.' };
  if (!fromReviewer) return record;
  if (record.review === null) return { refused: 'Save the review before sending feedback.' };
  return { ...record, state: 'feedback_sent' };
}

/**
 * Applies an inbox action: assign (with a due date), close, reopen.
 *
 * @example
 * const next = applyCaseAction(record, { action: 'close' });
 * if ('refused' in next) throw new HttpError('invalid_state', next.refused);
 */
export function applyCaseAction(
  record: QualityCaseRecord,
  action: QualityCaseAction,
): QualityCaseRecord | CaseRefusal {
  switch (action.action) {
    case 'assign':
      return { ...record, assigneeId: action.reviewerId, dueAt: action.dueAt };
    case 'close':
      if (record.state === 'closed') return { refused: 'This case is already closed.' };
      return { ...record, state: 'closed' };
    case 'reopen':
      if (record.state !== 'closed') return { refused: 'Only a closed case can be reopened.' };
      return { ...record, state: record.review ? 'in_review' : 'new' };
    default:
      return assertNever(action);
  }
}
