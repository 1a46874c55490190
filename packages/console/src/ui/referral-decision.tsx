import type { ReferralDecision as Decision, FollowUp } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

/**
 * The receiving library's answer to a referral waiting in its queue: accept it, or return it to
 * the home library with a reason. Shown only while the referral waits and the follow-up is here.
 *
 * @example
 * <ReferralDecision followUp={followUp} onChanged={replace} />
 */
export function ReferralDecision({
  followUp,
  onChanged,
}: {
  followUp: FollowUp;
  onChanged(followUp: FollowUp): void;
}) {
  const { api, notices } = useConsole();
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const referral = followUp.memberReferral;
  if (referral?.state !== 'pending' || followUp.library.id !== referral.to.id) {
    return null;
  }
  const decide = async (decision: Decision, done: string) => {
    setBusy(true);
    try {
      onChanged(await api.decideReferral(followUp.id, decision));
      notices.push(done);
    } catch (error) {
      notices.push(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="stack" aria-labelledby="referral-decision-heading">
      <h3 id="referral-decision-heading">Referral from {referral.from.name}</h3>
      <p class="small muted">
        Accept it to answer it here, or return it to {referral.from.name} saying why.
      </p>
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          onClick={() => void decide({ decision: 'accept' }, 'Referral accepted.')}
        >
          Accept referral
        </button>
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) {
            void decide(
              { decision: 'return', reason: reason.trim() },
              `Referral returned to ${referral.from.name}.`,
            );
          }
        }}
      >
        <div class="field">
          <label for="referral-return-reason">Why return it</label>
          <textarea
            id="referral-return-reason"
            rows={2}
            maxLength={2000}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </div>
        <div>
          <button type="submit" class="btn" disabled={busy || !reason.trim()}>
            Return to {referral.from.name}
          </button>
        </div>
      </form>
    </section>
  );
}
