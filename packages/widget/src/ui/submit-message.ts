import type { WidgetState } from '../state/create-widget-state.ts';
import { validatePrechat } from './pre-chat-fields.tsx';
import { focusInvalid } from './validate.ts';

/**
 * Sends the draft: the first time as the question, with the pre-chat fields, once they are valid
 * (otherwise focus goes to the first invalid one and the draft stays); afterwards as a message.
 *
 * @example
 * <Composer state={state} onSubmit={(event) => submitMessage(state, event)} />
 */
export function submitMessage(state: WidgetState, event: Event): void {
  const fields = state.fields.value;
  const text = fields['rd-message']?.trim();
  if (!text) return;
  if (state.view === 'prechat') {
    const errors = validatePrechat(state.snapshot.library, fields, state.t);
    state.errors.value = errors;
    if (Object.keys(errors).length > 0) {
      focusInvalid(event.currentTarget);
      return;
    }
    const ask: Parameters<WidgetState['client']['ask']>[0] = { question: text };
    const name = fields['rd-name']?.trim();
    const email = fields['rd-email']?.trim();
    if (name) ask.name = name;
    if (email) ask.email = email;
    state.client.ask(ask);
  } else {
    state.client.send(text);
  }
  state.setField('rd-message', '');
}
