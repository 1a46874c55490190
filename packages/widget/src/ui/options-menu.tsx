import { eraseTexts } from '../i18n/erase-texts.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { EraseChat } from './erase-chat.tsx';
import { TranscriptForm } from './transcript-form.tsx';

export interface OptionsMenuProps {
  state: WidgetState;
  /** The menu has done its job: close it and put focus back in the conversation. */
  onDone(): void;
}

/**
 * "More options": email me this conversation (or why it cannot be, when the server has no mail
 * transport), clear this conversation (for shared computers, after
 * a confirmation), delete this chat on the server too (erase-chat.tsx), end the chat, and the accessibility statement (in a new tab).
 *
 * @example
 * {state.menu.value !== 'closed' && <OptionsMenu state={state} onDone={closeMenu} />}
 */
export function OptionsMenu({ state, onDone }: OptionsMenuProps) {
  const { t, client, menu } = state;
  const { chatState } = state.snapshot;
  if (menu.value === 'transcript') {
    return (
      <div class="menu" id="rd-menu">
        <TranscriptForm state={state} />
      </div>
    );
  }
  if (menu.value.startsWith('erase')) {
    return (
      <div class="menu" id="rd-menu">
        <EraseChat state={state} onDone={onDone} />
      </div>
    );
  }
  if (menu.value === 'clear') {
    return (
      <div class="menu" id="rd-menu">
        <div class="confirm">
          <p>{t.clearConfirm}</p>
          <div class="row">
            <button
              class="primary"
              type="button"
              onClick={() => {
                client.clear();
                state.fields.value = {};
                onDone();
              }}
            >
              {t.clearYes}
            </button>
            <button class="secondary" type="button" onClick={onDone}>
              {t.cancel}
            </button>
          </div>
        </div>
      </div>
    );
  }
  return (
    <div class="menu" id="rd-menu">
      {chatState !== 'none' &&
        (state.snapshot.library?.transcriptEmail === false ? (
          <p class="note">{t.transcriptOff}</p>
        ) : (
          <button type="button" onClick={() => (menu.value = 'transcript')}>
            {t.transcript}
          </button>
        ))}
      <button type="button" onClick={() => (menu.value = 'clear')}>
        {t.clear}
      </button>
      {chatState !== 'none' && (
        <button type="button" onClick={() => (menu.value = 'erase')}>
          {eraseTexts(t.lang).action}
        </button>
      )}
      {(chatState === 'queued' || chatState === 'active') && (
        <button
          type="button"
          onClick={() => {
            client.leave();
            onDone();
          }}
        >
          {t.endChat}
        </button>
      )}
      {state.server && (
        <a
          href={`${state.server.replace(/\/+$/, '')}/accessibility`}
          target="_blank"
          rel="noopener"
        >
          {t.accessibility}
        </a>
      )}
    </div>
  );
}
