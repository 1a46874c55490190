import type { FollowUp, LibraryId, LibrarySummary } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

/**
 * A coordinator moves one follow-up of the pool to another library, whose staff are told.
 *
 * @example
 * <PoolReassign followUp={followUp} libraries={libraries} onMoved={refresh} />
 */
export function PoolReassign({
  followUp,
  libraries,
  onMoved,
}: {
  followUp: FollowUp;
  libraries: LibrarySummary[];
  onMoved(): void;
}) {
  const { api, notices } = useConsole();
  const others = libraries.filter((entry) => entry.id !== followUp.library.id);
  const [to, setTo] = useState<string>(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  if (others.length === 0) return null;
  const id = `reassign-${followUp.id}`;
  return (
    <form
      class="pool-reassign row"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          const moved = await api.reassignFollowUp(followUp.id, to as LibraryId);
          notices.push(`Reassigned to ${moved.library.name}.`);
          onMoved();
        } catch (error) {
          notices.push(errorMessage(error), 'error');
        } finally {
          setBusy(false);
        }
      }}
    >
      <label for={id} class="small">
        Reassign to
      </label>
      <select id={id} value={to} onChange={(event) => setTo(event.currentTarget.value)}>
        {others.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      <button type="submit" class="btn btn-small" disabled={busy || !to}>
        Reassign
      </button>
    </form>
  );
}
