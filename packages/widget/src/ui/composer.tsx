import type { WidgetState } from '../state/create-widget-state.ts';
import { SendIcon } from './icons.tsx';

export interface ComposerProps {
  state: WidgetState;
  /** Sends the draft (`state.fields['rd-message']`). */
  onSubmit(event: Event): void;
}

/**
 * The message box, labelled "Message", and the Send button. Enter sends; Shift+Enter adds a line.
 *
 * @example
 * <Composer state={state} onSubmit={(event) => submitMessage(state, event)} />
 */
export function Composer({ state, onSubmit }: ComposerProps) {
  const { t } = state;
  const submit = (event: Event): void => {
    event.preventDefault();
    onSubmit(event);
  };
  return (
    <form class="composer" onSubmit={submit}>
      <label class="sr" for="rd-message">
        {t.message}
      </label>
      <textarea
        id="rd-message"
        rows={1}
        maxLength={4000}
        placeholder={t.placeholder}
        value={state.fields.value['rd-message'] ?? ''}
        onInput={(event) => {
          state.setField('rd-message', event.currentTarget.value);
          state.client.typing();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
        }}
      />
      <button class="send" type="submit">
        <SendIcon />
        <span class="sr">{t.send}</span>
      </button>
    </form>
  );
}
