import { eraseTexts } from '../i18n/erase-texts.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { SurveyForm } from './survey-form.tsx';

export interface AfterChatProps {
  state: WidgetState;
}

/**
 * What follows an ended chat: the survey, a way to start a new chat (which empties the form
 * fields, so nothing of the last chat is shown again), and "Delete this chat" (the options menu's
 * confirmation, erase-chat.tsx).
 *
 * @example
 * {extras?.AfterChat && <extras.AfterChat state={state} />}
 */
export function AfterChat({ state }: AfterChatProps) {
  return (
    <>
      <SurveyForm state={state} />
      <button
        class="secondary"
        type="button"
        onClick={() => {
          state.client.clear();
          state.fields.value = {};
        }}
      >
        {state.t.newChat}
      </button>
      <button class="secondary" type="button" onClick={() => (state.menu.value = 'erase')}>
        {eraseTexts(state.t.lang).action}
      </button>
    </>
  );
}
