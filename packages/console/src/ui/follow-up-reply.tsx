import type { FollowUp } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';

export interface FollowUpReplyProps {
  followUp: FollowUp;
  busy: boolean;
  /** Resolves true once the reply went out. */
  onSend(subject: string, text: string): Promise<boolean>;
}

/** Reply by email to the follow-up's contact address. */
export function FollowUpReply({ followUp, busy, onSend }: FollowUpReplyProps) {
  const [subject, setSubject] = useState(`Your question to ${followUp.library.name}`);
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="reply-heading" class="stack reply">
      <h3 id="reply-heading">Reply by email</h3>
      <p class="muted small">To {followUp.contactEmail}</p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          if (text.trim() && (await onSend(subject.trim(), text.trim()))) setText('');
        }}
      >
        <div class="field">
          <label for="reply-subject">Subject</label>
          <input
            id="reply-subject"
            value={subject}
            maxLength={200}
            onInput={(e) => setSubject(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="reply-text">Reply</label>
          <textarea
            id="reply-text"
            rows={6}
            value={text}
            maxLength={4000}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div>
          <button type="submit" class="btn btn-primary" disabled={busy || !text.trim()}>
            Send reply
          </button>
        </div>
      </form>
    </section>
  );
}
