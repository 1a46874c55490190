import type { LibraryId } from '@refdesk/protocol/responder';
import { useId, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

export interface ReportProblemProps {
  libraryId: LibraryId;
  libraryName: string;
}

/** "Report a problem with this page": a comment that goes to the page's owners. */
export function ReportProblem({ libraryId, libraryName }: ReportProblemProps) {
  const { api } = useConsole();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [notified, setNotified] = useState(0);
  const [error, setError] = useState<string | null>(null);

  if (state === 'sent') {
    return (
      <p class="form-note" role="status">
        Thank you. {notified === 1 ? 'The page owner' : `${notified} page owners`} at {libraryName}{' '}
        {notified === 1 ? 'was' : 'were'} emailed.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
        Report a problem with this page
      </button>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!comment.trim()) return setError('Say what is wrong or missing.');
    setState('sending');
    try {
      setNotified(await api.reportPolicyProblem(libraryId, comment.trim()));
      setState('sent');
    } catch (failure) {
      setState('idle');
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="stack report-problem" onSubmit={submit}>
      <div class="field">
        <label for={id}>What is wrong or missing on this page?</label>
        <textarea
          id={id}
          rows={3}
          value={comment}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
        {error && (
          <p id={`${id}-error`} class="form-error-text">
            {error}
          </p>
        )}
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary btn-small" disabled={state === 'sending'}>
          Send report
        </button>
        <button type="button" class="btn btn-quiet btn-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
