import type { FollowUp } from '@refdesk/protocol/responder';
import { formatDateTime } from './format.ts';

const DELIVERY = { pending: 'Sending', sent: 'Sent', failed: 'Not delivered' } as const;

/** The promise (answer by, overdue) and the referral email's delivery, as facts of a follow-up. */
export function FollowUpDutyFacts({ followUp }: { followUp: FollowUp }) {
  const { due, referralEmail } = followUp;
  return (
    <>
      {due && (
        <div>
          <dt>Our promise</dt>
          <dd class={due.overdue ? 'due-overdue' : undefined}>
            {due.overdue ? 'Overdue since ' : 'Answer by '}
            {formatDateTime(due.dueAt)}
          </dd>
        </div>
      )}
      {referralEmail && (
        <div>
          <dt>Referral email</dt>
          <dd>
            {DELIVERY[referralEmail.status]} to {referralEmail.to},{' '}
            {formatDateTime(referralEmail.at)}
            {referralEmail.patronConsent
              ? ' (with the patron’s email, by their consent)'
              : ' (without the patron’s email)'}
            {referralEmail.error && <span class="form-error"> {referralEmail.error}</span>}
          </dd>
        </div>
      )}
    </>
  );
}
