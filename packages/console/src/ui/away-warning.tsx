import type { IdleWatch } from '../state/idle-watch.ts';
import { Modal } from './modal.tsx';

export interface AwayWarningProps {
  idle: IdleWatch;
}

/** "You will be set to Away in 42 s", with a button to stay available. */
export function AwayWarning({ idle }: AwayWarningProps) {
  const seconds = idle.secondsLeft.value;
  if (seconds === null) return null;
  return (
    <Modal title="Are you still there?" onClose={idle.stillHere}>
      <p>
        You have been inactive for a while. In <strong>{seconds} s</strong> your status changes to
        Away, and patrons will no longer be offered to you.
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={idle.stillHere}>
          I'm still here
        </button>
      </div>
    </Modal>
  );
}
