import type { Occurrence, ShiftChange } from '@refdesk/protocol/responder';
import { useConsole } from './console-context.ts';
import { formatOccurrence } from './shift-change-format.ts';

export interface MyComingShiftsProps {
  occurrences: Occurrence[];
  changes: ShiftChange[];
  /** Runs one action and reloads; the page shows its notice or error. */
  act(work: () => Promise<unknown>, done: string): Promise<void>;
}

/**
 * The coming four weeks of my shifts, claims and swaps applied: give one up to the cooperative's
 * pool (I stay responsible until someone claims it), or withdraw the offer.
 */
export function MyComingShifts({ occurrences, changes, act }: MyComingShiftsProps) {
  const { api } = useConsole();
  const now = Date.now();
  return (
    <section class="panel" aria-labelledby="coming-heading">
      <h2 id="coming-heading" class="panel-title">
        My coming shifts
      </h2>
      {occurrences.length === 0 ? (
        <p class="panel-empty">No shifts in the coming four weeks.</p>
      ) : (
        <ul class="shift-list">
          {occurrences.map((o) => {
            const open = changes.find((c) => c.id === o.openChangeId);
            return (
              <li key={`${o.shiftId}@${o.startsAt}`}>
                {formatOccurrence(o)}, {o.libraryName}
                {o.takenFromName && ` (from ${o.takenFromName})`}
                {open && ` — ${open.kind === 'give_up' ? 'offered to the pool' : 'swap proposed'}`}{' '}
                {!open && o.startsAt > now && (
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() =>
                      act(
                        () =>
                          api.offerShiftChange({
                            kind: 'give_up',
                            shiftId: o.shiftId,
                            startsAt: o.startsAt,
                          }),
                        'Shift offered to the pool. It stays yours until someone claims it.',
                      )
                    }
                  >
                    Give up
                  </button>
                )}
                {open && (
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() =>
                      act(() => api.actOnShiftChange(open.id, 'withdraw'), 'Offer withdrawn.')
                    }
                  >
                    Withdraw
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
