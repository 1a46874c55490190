import { useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { useConsole, useDesk } from './console-context.ts';
import { FieldError } from './field-error.tsx';
import { Modal } from './modal.tsx';

export interface QualityDialogProps {
  chat: ChatView;
  onClose(): void;
}

/** Sends the chat to the cooperative's quality reviewers with a comment. */
export function QualityDialog({ chat, onClose }: QualityDialogProps) {
  const desk = useDesk();
  const { notices } = useConsole();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!comment.trim()) return setError('Say what the reviewers should look at.');
    if (desk.forwardToQuality(chat.chatId, comment.trim().slice(0, 2000))) {
      notices.push('Forwarded to quality review.');
      onClose();
    }
  };
  return (
    <Modal title="Forward to quality" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">Reviewers will read this chat's transcript. The patron is not told.</p>
        <div class="field">
          <label for="quality-comment">Comment</label>
          <textarea
            id="quality-comment"
            rows={4}
            maxLength={2000}
            value={comment}
            aria-invalid={error ? true : undefined}
            aria-describedby="quality-comment-error"
            onInput={(event) => setComment(event.currentTarget.value)}
          />
          <FieldError id="quality-comment-error" message={error} />
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            Forward
          </button>
        </div>
      </form>
    </Modal>
  );
}
