import type { WidgetState } from '../state/create-widget-state.ts';
import { SurveyForm } from './survey-form.tsx';

export interface AfterChatProps {
  state: WidgetState;
}

/**
 * What follows an ended chat: the survey, and a way to start a new chat (which empties the form
 * fields, so nothing of the last chat is shown again).
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
    </>
  );
}
