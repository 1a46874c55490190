import type {
  QualityCase,
  QualityCaseAction,
  QualityReviewersResponse,
} from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { isoDay } from './format.ts';

export interface CaseAssignmentProps {
  one: QualityCase;
  onAssign(action: QualityCaseAction): void;
}

/** The end of a local calendar day, as an instant: a case due on a day is due through it. */
function endOfDay(day: string): number {
  return new Date(`${day}T23:59:59`).getTime();
}

/** Who on the quality team reviews a case, and by when (quality reviewers and coordinators). */
export function CaseAssignment({ one, onAssign }: CaseAssignmentProps) {
  const { api } = useConsole();
  const [team, setTeam] = useState<Loadable<QualityReviewersResponse>>(loading);
  const [reviewerId, setReviewerId] = useState(one.assignee?.id ?? '');
  const [due, setDue] = useState(one.dueAt ? isoDay(0, new Date(one.dueAt)) : '');
  useEffect(() => {
    void load(() => api.qualityReviewers()).then(setTeam);
  }, [api]);
  const submit = (event: Event) => {
    event.preventDefault();
    const chosen =
      team.state === 'ready'
        ? team.value.reviewers.find((one) => one.id === reviewerId)
        : undefined;
    onAssign({
      action: 'assign',
      reviewerId: chosen?.id ?? (one.assignee?.id === reviewerId ? one.assignee.id : null),
      dueAt: due ? endOfDay(due) : null,
    });
  };
  return (
    <form class="panel stack" onSubmit={submit} aria-labelledby="assign-heading">
      <h2 id="assign-heading" class="panel-title">
        Assignment
      </h2>
      {team.state === 'error' && <p class="form-error">{team.message}</p>}
      <div class="field">
        <label for="assign-reviewer">Reviewer</label>
        <select
          id="assign-reviewer"
          value={reviewerId}
          onChange={(event) => setReviewerId(event.currentTarget.value)}
        >
          <option value="">Nobody yet</option>
          {team.state === 'ready' &&
            team.value.reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.displayName}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="assign-due">Due</label>
        <input
          id="assign-due"
          type="date"
          value={due}
          onInput={(event) => setDue(event.currentTarget.value)}
        />
      </div>
      <div>
        <button type="submit" class="btn">
          Save assignment
        </button>
      </div>
    </form>
  );
}
