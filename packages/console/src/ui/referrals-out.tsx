import type { LibraryId, MemberReferralView } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';

const STATES = { pending: 'Waiting', accepted: 'Accepted', returned: 'Returned' } as const;

/**
 * What this library referred to other member libraries, and where each stands: waiting, accepted,
 * or returned with the reason (a returned one is back in this library's queue).
 *
 * @example
 * <ReferralsOut libraryId={libraryId} />
 */
export function ReferralsOut({ libraryId }: { libraryId: LibraryId }) {
  const { api } = useConsole();
  const [list, setList] = useState<Loadable<MemberReferralView[]>>(loading);
  useEffect(() => {
    void load(() => api.referralsOut(libraryId)).then(setList);
  }, [api, libraryId]);
  if (list.state !== 'ready' || list.value.length === 0) return null;
  return (
    <details class="panel referrals-out">
      <summary>
        Referred to other libraries <span class="count">{list.value.length}</span>
      </summary>
      <ul class="plain-list stack">
        {list.value.map((referral) => (
          <li key={referral.followUpId} class="referral-out">
            <p>
              <strong>{STATES[referral.state]}</strong> · {referral.to.name} ·{' '}
              {formatDateTime(referral.decidedAt ?? referral.referredAt)}
            </p>
            <p class="small">{referral.question.split('\n')[0]}</p>
            {referral.reason && <p class="small muted">Reason: {referral.reason}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}
