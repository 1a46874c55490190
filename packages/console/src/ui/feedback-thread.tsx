import type { QualityCase } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { formatDateTime } from './format.ts';

export interface FeedbackThreadProps {
  one: QualityCase;
  canWrite: boolean;
  onSend(text: string): void;
}

/** The feedback on a reviewed chat: the reviewer's messages and the responder's replies. */
export function FeedbackThread({ one, canWrite, onSend }: FeedbackThreadProps) {
  const [text, setText] = useState('');
  return (
    <section class="panel" aria-labelledby="thread-heading">
      <h2 id="thread-heading" class="panel-title">
        Feedback
      </h2>
      {one.messages.length === 0 && <p class="muted">No feedback yet.</p>}
      <ol class="plain-list stack" aria-label="Feedback messages">
        {one.messages.map((message) => (
          <li key={`${message.at}-${message.author.id}`}>
            <strong>{message.author.displayName}</strong>{' '}
            <span class="muted small">{formatDateTime(message.at)}</span>
            <p>{message.text}</p>
          </li>
        ))}
      </ol>
      {canWrite && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            onSend(text.trim());
            setText('');
          }}
        >
          <div class="field">
            <label for="feedback-text">Feedback message</label>
            <textarea
              id="feedback-text"
              rows={3}
              maxLength={4000}
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </div>
          <div>
            <button type="submit" class="btn btn-primary">
              Send
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
