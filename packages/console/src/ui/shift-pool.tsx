import type { ShiftChange } from '@refdesk/protocol/responder';
import { useConsole, useDesk } from './console-context.ts';
import { formatOccurrence } from './shift-change-format.ts';

export interface ShiftPoolProps {
  changes: ShiftChange[];
  act(work: () => Promise<unknown>, done: string): Promise<void>;
}

/**
 * What waits for me: shifts offered to the cooperative's pool (any librarian claims one), swaps
 * colleagues asked of me, and, for admins, swaps waiting for approval.
 */
export function ShiftPool({ changes, act }: ShiftPoolProps) {
  const { api } = useConsole();
  const { profile } = useDesk();
  const librarian = profile.roles.includes('librarian');
  const admin = profile.roles.includes('library_admin') || profile.roles.includes('coordinator');
  const offers = changes.filter((c) => c.status === 'offered' && c.fromId !== profile.id);
  const asked = changes.filter((c) => c.status === 'proposed' && c.toId === profile.id);
  const approvals = admin ? changes.filter((c) => c.status === 'awaiting_approval') : [];
  const button = (
    change: ShiftChange,
    action: 'claim' | 'accept' | 'decline' | 'approve' | 'refuse',
    label: string,
    done: string,
  ) => (
    <button
      type="button"
      class="btn btn-small"
      onClick={() => act(() => api.actOnShiftChange(change.id, action), done)}
    >
      {label}
    </button>
  );
  return (
    <section class="panel" aria-labelledby="pool-heading">
      <h2 id="pool-heading" class="panel-title">
        Open shifts
      </h2>
      {offers.length + asked.length + approvals.length === 0 && (
        <p class="panel-empty">No shift is offered or waiting for you.</p>
      )}
      <ul class="shift-list">
        {offers.map((c) => (
          <li key={c.id}>
            {c.fromName} offers {formatOccurrence(c)} ({c.libraryName}){' '}
            {librarian && button(c, 'claim', 'Claim', 'Shift claimed: it is yours now.')}
          </li>
        ))}
        {asked.map((c) => (
          <li key={c.id}>
            {c.fromName} asks to swap {formatOccurrence(c)}
            {c.swapStartsAt !== null && c.swapEndsAt !== null
              ? ` for your ${formatOccurrence({ startsAt: c.swapStartsAt, endsAt: c.swapEndsAt })}`
              : ''}{' '}
            {button(c, 'accept', 'Accept swap', 'Swap accepted.')}{' '}
            {button(c, 'decline', 'Decline swap', 'Swap declined.')}
          </li>
        ))}
        {approvals.map((c) => (
          <li key={c.id}>
            Swap of {formatOccurrence(c)} between {c.fromName} and {c.toName} waits for approval{' '}
            {button(c, 'approve', 'Approve swap', 'Swap approved.')}{' '}
            {button(c, 'refuse', 'Refuse swap', 'Swap refused.')}
          </li>
        ))}
      </ul>
    </section>
  );
}
