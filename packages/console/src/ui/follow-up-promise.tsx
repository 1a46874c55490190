import type { FollowUp } from '@refdesk/protocol/responder';
import { formatDateTime } from './format.ts';

/** The library's promise on a follow-up: "Answer by …", or "Overdue since …" once it passed. */
export function FollowUpPromise({ followUp }: { followUp: FollowUp }) {
  const due = followUp.due;
  if (!due || followUp.status === 'closed') return null;
  return (
    <span class={due.overdue ? 'due due-overdue' : 'due'}>
      {due.overdue ? 'Overdue since ' : 'Answer by '}
      {formatDateTime(due.dueAt)}
    </span>
  );
}
