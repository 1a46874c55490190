import type { FollowUp } from '@refdesk/protocol/responder';
import type { ComponentChildren } from 'preact';
import { FollowUpPromise } from './follow-up-promise.tsx';
import { formatDate, isoDay } from './format.ts';
import { NavLink } from './nav-link.tsx';

const STATUS = { open: 'Open', claimed: 'Claimed', closed: 'Closed' } as const;

/** One follow-up in the queue: the question, who asked, the patron's date and the promise, who has it. */
export function FollowUpItem({
  followUp,
  selected,
  showLibrary = false,
  children,
}: {
  followUp: FollowUp;
  selected: boolean;
  /** In the cooperative pool, where follow-ups of every library are listed together. */
  showLibrary?: boolean;
  /** Controls shown under the link (the pool's reassignment). */
  children?: ComponentChildren;
}) {
  const overdue =
    followUp.status !== 'closed' && followUp.deadline !== null && followUp.deadline < isoDay();
  return (
    <li class={selected ? 'follow-up-item follow-up-selected' : 'follow-up-item'}>
      <NavLink to={{ page: 'follow-ups', followUpId: followUp.id }} class="follow-up-link" exact>
        <span class="follow-up-question">{followUp.question}</span>
        <span class="follow-up-meta">
          <span class={`tag tag-${followUp.status}`}>{STATUS[followUp.status]}</span>
          {followUp.deadline && (
            <span class={overdue ? 'due due-overdue' : 'due'}>
              {overdue ? 'Overdue: ' : 'Due '}
              {formatDate(followUp.deadline)}
            </span>
          )}
          <FollowUpPromise followUp={followUp} />
          {showLibrary && <span class="muted">{followUp.library.name}</span>}
          <span class="muted">{followUp.patronName ?? followUp.contactEmail}</span>
          {followUp.claimedBy && <span class="muted">· {followUp.claimedBy.displayName}</span>}
        </span>
      </NavLink>
      {children}
    </li>
  );
}
