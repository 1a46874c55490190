import type { FollowUp } from '@refdesk/protocol/responder';
import { formatDateTime } from './format.ts';

const STATES = {
  pending: 'Waiting for',
  accepted: 'Accepted by',
  returned: 'Returned by',
} as const;

/**
 * The patron's consent to pass their email on, and the member referral with where it stands, as
 * facts of a follow-up.
 *
 * @example
 * <dl class="facts"><FollowUpReferralFacts followUp={followUp} /></dl>
 */
export function FollowUpReferralFacts({ followUp }: { followUp: FollowUp }) {
  const { memberReferral: referral, patronConsent: consent } = followUp;
  return (
    <>
      {consent && (
        <div>
          <dt>Patron’s consent</dt>
          <dd>
            {consent.granted
              ? 'Agreed to have their email passed on'
              : 'Did not agree to have their email passed on'}
            , {formatDateTime(consent.at)}
          </dd>
        </div>
      )}
      {referral && (
        <div>
          <dt>Referral</dt>
          <dd>
            From {referral.from.name}
            {referral.referredBy ? ` (${referral.referredBy})` : ''} to {referral.to.name},{' '}
            {formatDateTime(referral.referredAt)}. {STATES[referral.state]} {referral.to.name}
            {referral.decidedBy ? ` (${referral.decidedBy})` : ''}
            {referral.decidedAt ? `, ${formatDateTime(referral.decidedAt)}` : ''}
            {referral.reason ? `: ${referral.reason}` : '.'}
          </dd>
        </div>
      )}
    </>
  );
}
