import { QUALITY_LABELS, type QualityCase, type QualityLabel } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { QUALITY_LABEL_NAMES } from '../state/quality-labels.ts';
import { useConsole } from './console-context.ts';
import { FieldError } from './field-error.tsx';

export interface ForwardFormProps {
  chatId: string;
  onForwarded(forwarded: QualityCase): void;
}

/** Forwards a stored chat to the quality team: FYI, Complaint or Compliment, with a comment. */
export function ForwardForm({ chatId, onForwarded }: ForwardFormProps) {
  const { api, notices } = useConsole();
  const [label, setLabel] = useState<QualityLabel>('fyi');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!comment.trim()) return setError('Say what the reviewers should look at.');
    try {
      onForwarded(await api.forwardToQualityTeam(chatId, { label, comment: comment.trim() }));
      setComment('');
      setError(undefined);
      notices.push('Forwarded to the quality team.');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <section class="panel" aria-labelledby="forward-heading">
      <h2 id="forward-heading" class="panel-title">
        Forward to the quality team
      </h2>
      <form class="stack" onSubmit={submit}>
        <fieldset class="choice-list">
          <legend>Kind</legend>
          {QUALITY_LABELS.map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="forward-label"
                checked={label === value}
                onChange={() => setLabel(value)}
              />
              {QUALITY_LABEL_NAMES[value]}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="forward-comment">Comment for the reviewers</label>
          <textarea
            id="forward-comment"
            rows={3}
            maxLength={4000}
            value={comment}
            aria-invalid={error ? true : undefined}
            aria-describedby="forward-comment-error"
            onInput={(event) => setComment(event.currentTarget.value)}
          />
          <FieldError id="forward-comment-error" message={error} />
        </div>
        <div>
          <button type="submit" class="btn btn-primary">
            Forward
          </button>
        </div>
      </form>
    </section>
  );
}
