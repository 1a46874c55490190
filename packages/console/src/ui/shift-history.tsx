import type { ShiftChange } from '@refdesk/protocol/responder';
import { CHANGE_STATUS, formatOccurrence } from './shift-change-format.ts';

/** Every give-up, claim and swap I may see (a coordinator: all), newest first. */
export function ShiftHistory({ changes }: { changes: ShiftChange[] }) {
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading" class="panel-title">
        Give-ups and swaps
      </h2>
      {changes.length === 0 ? (
        <p class="panel-empty">No shift has been given up or swapped.</p>
      ) : (
        <div>
          <table class="data-table" aria-labelledby="history-heading">
            <thead>
              <tr>
                <th scope="col">Shift</th>
                <th scope="col">Kind</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Status</th>
                <th scope="col">Decided by</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td>
                    {formatOccurrence(c)} ({c.libraryName})
                  </td>
                  <td>{c.kind === 'give_up' ? 'Give-up' : 'Swap'}</td>
                  <td>{c.fromName}</td>
                  <td>{c.toName ?? '—'}</td>
                  <td>{CHANGE_STATUS[c.status]}</td>
                  <td>{c.decidedByName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
