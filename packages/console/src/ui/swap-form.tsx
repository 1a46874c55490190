import type { Occurrence, ResponderId, ResponderSummary } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { useConsole, useDesk } from './console-context.ts';
import { formatOccurrence } from './shift-change-format.ts';

export interface SwapFormProps {
  /** My coming shifts without an open change. */
  mine: Occurrence[];
  act(work: () => Promise<unknown>, done: string): Promise<void>;
}

const keyOf = (o: Occurrence) => `${o.shiftId}@${o.startsAt}`;

/**
 * Propose a direct swap: one of my coming shifts to a named colleague, optionally for one of
 * theirs. It settles when they accept (and, where the library asks, an admin approves).
 */
export function SwapForm({ mine, act }: SwapFormProps) {
  const { api } = useConsole();
  const { profile } = useDesk();
  const [colleagues, setColleagues] = useState<ResponderSummary[]>([]);
  const [partnerId, setPartnerId] = useState('');
  const [theirs, setTheirs] = useState<Occurrence[]>([]);
  const [mineKey, setMineKey] = useState('');
  const [theirKey, setTheirKey] = useState('');
  useEffect(() => {
    void api.responders().then(
      (list) => setColleagues(list.filter((r) => r.id !== profile.id)),
      () => setColleagues([]),
    );
  }, [api, profile.id]);
  useEffect(() => {
    setTheirKey('');
    if (!partnerId) return setTheirs([]);
    void api.occurrences(partnerId).then(
      (list) => setTheirs(list.filter((o) => o.openChangeId === null && o.startsAt > Date.now())),
      () => setTheirs([]),
    );
  }, [api, partnerId]);
  if (mine.length === 0) return null;
  const chosen = mine.find((o) => keyOf(o) === (mineKey || keyOf(mine[0] as Occurrence)));
  const their = theirs.find((o) => keyOf(o) === theirKey);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!chosen || !partnerId) return;
    void act(
      () =>
        api.offerShiftChange({
          kind: 'swap',
          shiftId: chosen.shiftId,
          startsAt: chosen.startsAt,
          partnerId: partnerId as ResponderId,
          ...(their ? { partnerShiftId: their.shiftId, partnerStartsAt: their.startsAt } : {}),
        }),
      'Swap proposed.',
    );
  };
  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="swap-heading">
      <h2 id="swap-heading" class="panel-title">
        Propose a swap
      </h2>
      <div class="field">
        <label for="swap-mine">My shift</label>
        <select id="swap-mine" value={mineKey} onChange={(e) => setMineKey(e.currentTarget.value)}>
          {mine.map((o) => (
            <option key={keyOf(o)} value={keyOf(o)}>
              {formatOccurrence(o)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="swap-partner">Colleague</label>
        <select
          id="swap-partner"
          required
          value={partnerId}
          onChange={(e) => setPartnerId(e.currentTarget.value)}
        >
          <option value="">Choose…</option>
          {colleagues.map((r) => (
            <option key={r.id} value={r.id}>
              {r.displayName} ({r.library.name})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="swap-theirs">Their shift in exchange</label>
        <select
          id="swap-theirs"
          value={theirKey}
          onChange={(e) => setTheirKey(e.currentTarget.value)}
        >
          <option value="">None: they just take mine</option>
          {theirs.map((o) => (
            <option key={keyOf(o)} value={keyOf(o)}>
              {formatOccurrence(o)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="btn">
        Propose swap
      </button>
    </form>
  );
}
