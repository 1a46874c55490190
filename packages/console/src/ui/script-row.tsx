import type { Script } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';

export interface ScriptRowProps {
  script: Script;
  editable: boolean;
  onEdit(): void;
  onDelete(): Promise<void>;
}

/** A script as written, variables and all, with Edit and a two-step Delete. */
export function ScriptRow({ script, editable, onEdit, onDelete }: ScriptRowProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="script-row">
      <div class="script-body">
        <h3 class="script-title">{script.title}</h3>
        <p class="policy-text script-text">{script.text}</p>
      </div>
      {editable && (
        <div class="row script-actions">
          {confirming ? (
            <>
              <button
                type="button"
                class="btn btn-small btn-danger"
                onClick={() => void onDelete()}
              >
                Delete “{script.title}”
              </button>
              <button
                type="button"
                class="btn btn-small btn-quiet"
                onClick={() => setConfirming(false)}
              >
                Keep
              </button>
            </>
          ) : (
            <>
              <button type="button" class="btn btn-small" onClick={onEdit}>
                Edit<span class="visually-hidden"> “{script.title}”</span>
              </button>
              <button
                type="button"
                class="btn btn-small btn-quiet"
                onClick={() => setConfirming(true)}
              >
                Delete<span class="visually-hidden"> “{script.title}”</span>
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
