import type { QualityCase, QualityCasesResponse } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { QUALITY_LABEL_NAMES, REVIEW_STATE_NAMES } from '../state/quality-labels.ts';
import { useConsole, useDesk } from './console-context.ts';
import { formatDate, formatDateTime } from './format.ts';
import { NavLink } from './nav-link.tsx';
import { QualityCasePage } from './quality-case-page.tsx';
import { QualitySamplePanel } from './quality-sample-panel.tsx';

/**
 * The quality program: the reviewers' inbox of forwarded and sampled chats (quality reviewers and
 * coordinators), and for everyone the reviews of chats they answered, with unread feedback.
 */
export function QualityPage({ caseId }: { caseId: string | null }) {
  if (caseId) return <QualityCasePage caseId={caseId} />;
  return <QualityLists />;
}

function QualityLists() {
  const { api } = useConsole();
  const { roles } = useDesk().profile;
  const reviewer = roles.includes('quality_reviewer') || roles.includes('coordinator');
  const [inbox, setInbox] = useState<Loadable<QualityCasesResponse> | null>(null);
  const [mine, setMine] = useState<Loadable<QualityCasesResponse>>(loading);
  const loadInbox = () => void load(() => api.qualityInbox()).then(setInbox);
  useEffect(() => {
    void load(() => api.myFeedback()).then(setMine);
    if (reviewer) loadInbox();
  }, [api, reviewer]);
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Quality</h1>
      </div>
      {inbox && (
        <CaseTable title="Review inbox" cases={inbox} empty="No forwarded or sampled chats." />
      )}
      {reviewer && (
        <QualitySamplePanel coordinator={roles.includes('coordinator')} onDrawn={loadInbox} />
      )}
      <CaseTable
        title="Feedback on my chats"
        cases={mine}
        empty="No reviews of chats you answered yet."
      />
    </main>
  );
}

function CaseTable(props: { title: string; cases: Loadable<QualityCasesResponse>; empty: string }) {
  const id = props.title.toLowerCase().replaceAll(' ', '-');
  const { cases } = props;
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id} class="panel-title">
        {props.title}
        {cases.state === 'ready' && cases.value.unread > 0 && (
          <span class="badge">{cases.value.unread} unread</span>
        )}
      </h2>
      {cases.state === 'loading' && <p class="muted">Loading…</p>}
      {cases.state === 'error' && <p class="form-error">{cases.message}</p>}
      {cases.state === 'ready' && cases.value.cases.length === 0 && (
        <p class="muted panel-empty">{props.empty}</p>
      )}
      {cases.state === 'ready' && cases.value.cases.length > 0 && (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Chat</th>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Answered by</th>
              <th scope="col">Rating</th>
              <th scope="col">Added</th>
              <th scope="col">Assigned to</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {cases.value.cases.map((one) => (
              <CaseRow key={one.id} one={one} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CaseRow({ one }: { one: QualityCase }) {
  return (
    <tr>
      <td>
        <NavLink to={{ page: 'quality', caseId: one.id }} class="table-link" exact>
          {one.chat.question}
        </NavLink>
        {one.unread > 0 && <span class="badge">{one.unread} unread</span>}
      </td>
      <td>
        {one.label ? QUALITY_LABEL_NAMES[one.label] : 'Sampled'}
        {one.sampleReason && <div class="muted">{one.sampleReason}</div>}
      </td>
      <td>{REVIEW_STATE_NAMES[one.state]}</td>
      <td>{one.chat.responder?.displayName ?? '—'}</td>
      <td>{one.chat.rating === null ? '—' : `${one.chat.rating} of 5`}</td>
      <td>
        {formatDateTime(one.createdAt)}
        {one.createdBy && ` by ${one.createdBy.displayName}`}
      </td>
      <td>{one.assignee?.displayName ?? '—'}</td>
      <td>{one.dueAt ? formatDate(one.dueAt) : '—'}</td>
    </tr>
  );
}
