import type { ChatQualityResponse } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { QUALITY_LABEL_NAMES, REVIEW_STATE_NAMES } from '../state/quality-labels.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDateTime } from './format.ts';
import { ForwardForm } from './forward-form.tsx';
import { NavLink } from './nav-link.tsx';
import { TranscriptMessages } from './transcript-messages.tsx';

/** One archived chat: its transcript, the patron's survey answer, its quality history, forwarding. */
export function ArchivedChatPage({ chatId }: { chatId: string }) {
  const { api } = useConsole();
  const { roles } = useDesk().profile;
  const reviewer = roles.includes('quality_reviewer') || roles.includes('coordinator');
  const [quality, setQuality] = useState<Loadable<ChatQualityResponse>>(loading);
  useEffect(() => {
    void load(() => api.chatQuality(chatId)).then(setQuality);
  }, [api, chatId]);
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Chat transcript</h1>
        <NavLink to={{ page: 'transcripts', chatId: null }} class="btn btn-small" exact>
          Back to transcripts
        </NavLink>
      </div>
      <div class="split">
        <TranscriptMessages chatId={chatId} />
        <div class="stack">
          {quality.state === 'error' && <p class="form-error">{quality.message}</p>}
          {quality.state === 'ready' && (
            <>
              <section class="panel" aria-labelledby="survey-heading">
                <h2 id="survey-heading" class="panel-title">
                  Patron survey
                </h2>
                {quality.value.survey ? (
                  <>
                    <p>
                      Rated {quality.value.survey.rating} of 5
                      {quality.value.survey.comment && <>: “{quality.value.survey.comment}”</>}
                    </p>
                    {quality.value.survey.answers.length > 0 && (
                      <dl class="facts">
                        {quality.value.survey.answers.map((one) => (
                          <div key={one.question}>
                            <dt>{one.question}</dt>
                            <dd>{one.answer}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </>
                ) : (
                  <p class="muted">The patron did not answer the survey.</p>
                )}
              </section>
              <section class="panel" aria-labelledby="history-heading">
                <h2 id="history-heading" class="panel-title">
                  Quality history
                </h2>
                {quality.value.cases.length === 0 && (
                  <p class="muted">Never forwarded or sampled.</p>
                )}
                <ul class="plain-list stack">
                  {quality.value.cases.map((one) => (
                    <li key={one.id}>
                      <span class="tag">
                        {one.label ? QUALITY_LABEL_NAMES[one.label] : 'Sampled'}
                      </span>{' '}
                      {REVIEW_STATE_NAMES[one.state]} · {formatDateTime(one.createdAt)}
                      {one.createdBy && <> · by {one.createdBy.displayName}</>}
                      <p class="small">{one.comment}</p>
                      {(reviewer || one.review !== null) && (
                        <NavLink to={{ page: 'quality', caseId: one.id }} class="btn-link" exact>
                          Open the review
                        </NavLink>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            </>
          )}
          <ForwardForm
            chatId={chatId}
            onForwarded={(forwarded) =>
              quality.state === 'ready' &&
              setQuality({
                state: 'ready',
                value: { ...quality.value, cases: [...quality.value.cases, forwarded] },
              })
            }
          />
        </div>
      </div>
    </main>
  );
}
