import type { QualityCase, Review } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import {
  COMPLAINT_TAG_NAMES,
  QUALITY_LABEL_NAMES,
  REVIEW_STATE_NAMES,
  RUBRIC_RATING_NAMES,
  RUSA_AREA_NAMES,
} from '../state/quality-labels.ts';
import { CaseAssignment } from './case-assignment.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { FeedbackThread } from './feedback-thread.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { NavLink } from './nav-link.tsx';
import { ReviewForm } from './review-form.tsx';
import { TranscriptMessages } from './transcript-messages.tsx';
import { refreshFeedbackUnread } from './use-feedback-unread.ts';

/** One case: the chat, the forward, the review (a rubric form for reviewers), the feedback thread. */
export function QualityCasePage({ caseId }: { caseId: string }) {
  const { api, notices } = useConsole();
  const desk = useDesk();
  const { roles } = desk.profile;
  const reviewer = roles.includes('quality_reviewer') || roles.includes('coordinator');
  const [found, setFound] = useState<Loadable<QualityCase>>(loading);
  useEffect(() => {
    void load(() => api.qualityCase(caseId)).then((loaded) => {
      setFound(loaded);
      refreshFeedbackUnread(api);
    });
  }, [api, caseId]);
  const act = async (request: () => Promise<QualityCase>, done: string) => {
    try {
      setFound({ state: 'ready', value: await request() });
      notices.push(done);
    } catch (caught) {
      notices.push(errorMessage(caught));
    }
  };
  if (found.state === 'loading')
    return (
      <main class="page" id="main">
        Loading…
      </main>
    );
  if (found.state === 'error')
    return (
      <main class="page" id="main" tabIndex={-1}>
        <p class="form-error">{found.message}</p>
      </main>
    );
  const one = found.value;
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>
          {one.label ? QUALITY_LABEL_NAMES[one.label] : 'Sampled chat'}: {one.chat.question}
        </h1>
        <span class="tag">{REVIEW_STATE_NAMES[one.state]}</span>
        <NavLink to={{ page: 'quality', caseId: null }} class="btn btn-small" exact>
          Back to quality
        </NavLink>
      </div>
      <p>
        Answered by {one.chat.responder?.displayName ?? 'nobody'} for a {one.chat.homeLibrary.name}{' '}
        patron. {one.source === 'sample' ? 'Sampled' : 'Forwarded'} {formatDateTime(one.createdAt)}
        {one.createdBy && ` by ${one.createdBy.displayName}`}
        {one.sampleReason ? ` (${one.sampleReason}).` : `: “${one.comment}”`}
      </p>
      {one.assignee && (
        <p>
          Assigned to {one.assignee.displayName}
          {one.dueAt && `, due ${formatDate(one.dueAt)}`}.
        </p>
      )}
      <div class="split">
        <TranscriptMessages chatId={one.chat.chatId} />
        <div class="stack">
          <section class="panel" aria-labelledby="review-heading">
            <h2 id="review-heading" class="panel-title">
              Review
            </h2>
            {reviewer && one.state !== 'closed' ? (
              <ReviewForm
                initial={one.review}
                onSave={(review) => void act(() => api.saveReview(one.id, review), 'Review saved.')}
              />
            ) : (
              <ReviewSummary review={one.review} />
            )}
          </section>
          <FeedbackThread
            one={one}
            canWrite={
              one.state !== 'closed' && (reviewer || one.chat.responder?.id === desk.profile.id)
            }
            onSend={(text) => void act(() => api.sendFeedback(one.id, text), 'Sent.')}
          />
          {reviewer && (
            <CaseAssignment
              one={one}
              onAssign={(action) =>
                void act(() => api.qualityCaseAction(one.id, action), 'Assignment saved.')
              }
            />
          )}
          {reviewer && (
            <button
              type="button"
              class="btn"
              onClick={() =>
                void act(
                  () =>
                    api.qualityCaseAction(one.id, {
                      action: one.state === 'closed' ? 'reopen' : 'close',
                    }),
                  one.state === 'closed' ? 'Case reopened.' : 'Case closed.',
                )
              }
            >
              {one.state === 'closed' ? 'Reopen the case' : 'Close the case'}
            </button>
          )}
        </div>
      </div>
    </main>
  );
}

function ReviewSummary({ review }: { review: Review | null }) {
  if (!review) return <p class="muted">Not reviewed yet.</p>;
  return (
    <div class="stack">
      <dl class="facts">
        {Object.entries(review.areas).map(([area, entry]) => (
          <div key={area}>
            <dt>{RUSA_AREA_NAMES[area as keyof Review['areas']]}</dt>
            <dd>
              {RUBRIC_RATING_NAMES[entry.rating]}
              {entry.note && ` — ${entry.note}`}
            </dd>
          </div>
        ))}
      </dl>
      {review.tags.length > 0 && (
        <p>
          {review.tags.map((tag) => (
            <span key={tag} class="tag">
              {COMPLAINT_TAG_NAMES[tag]}
            </span>
          ))}
        </p>
      )}
      {review.comment && <p>{review.comment}</p>}
    </div>
  );
}
