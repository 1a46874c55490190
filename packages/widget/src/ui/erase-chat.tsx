import { eraseTexts } from '../i18n/erase-texts.ts';
import type { WidgetState } from '../state/create-widget-state.ts';

export interface EraseChatProps {
  state: WidgetState;
  /** The patron is done here: close the menu. */
  onDone(): void;
}

/** Focus moves to the outcome when it shows, so a screen reader reads it and keyboards stay put. */
const focusOnMount = (element: HTMLElement | null): void => element?.focus();

/**
 * "Delete this chat": a confirmation, then the server's erasure of the chat's text and
 * identifiers (the chat's resume token is the authority), then this browser forgets it too. The
 * outcome is a status message that takes focus.
 *
 * @example
 * {menu.value === 'erase' && <EraseChat state={state} onDone={onDone} />}
 */
export function EraseChat({ state, onDone }: EraseChatProps) {
  const { t, menu } = state;
  const texts = eraseTexts(t.lang);
  if (menu.value === 'erase') {
    return (
      <div class="confirm">
        <p>{texts.confirm}</p>
        <div class="row">
          <button class="primary" type="button" onClick={() => eraseNow(state)}>
            {texts.yes}
          </button>
          <button class="secondary" type="button" onClick={onDone}>
            {t.cancel}
          </button>
        </div>
      </div>
    );
  }
  const outcome =
    menu.value === 'erased'
      ? texts.done
      : menu.value === 'erase_failed'
        ? (state.snapshot.error?.message ?? texts.working)
        : texts.working;
  return (
    <div class="confirm">
      <p role="status" tabIndex={-1} ref={focusOnMount}>
        {outcome}
      </p>
      {menu.value !== 'erasing' && (
        <button class="secondary" type="button" onClick={onDone}>
          {menu.value === 'erased' ? t.newChat : t.cancel}
        </button>
      )}
    </div>
  );
}

/** Sends the request and follows it: erased (forget it here too) or refused. */
function eraseNow(state: WidgetState): void {
  const { client, menu } = state;
  const before = state.snapshot.error;
  const stop = state.subscribe(() => {
    const { received, error } = state.snapshot;
    if (received.erased) {
      stop();
      client.clear();
      state.fields.value = {};
      menu.value = 'erased';
    } else if (error && error !== before) {
      stop();
      menu.value = 'erase_failed';
    }
  });
  menu.value = 'erasing';
  client.erase();
}
