import { format } from '../i18n/load-catalogue.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { LimitNotice } from './limit-notice.tsx';
import { fieldValue, TextField } from './text-field.tsx';
import { focusInvalid, isEmail } from './validate.ts';

export interface TranscriptFormProps {
  state: WidgetState;
}

/**
 * "Email me this conversation": an address (the pre-chat one to start with), then a confirmation
 * once the server has the request.
 *
 * @example
 * <TranscriptForm state={state} />
 */
export function TranscriptForm({ state }: TranscriptFormProps) {
  const { t } = state;
  const email = fieldValue(state, 'rd-transcript', state.fields.value['rd-email']);
  if (state.snapshot.received.transcript) {
    return <p class="done">{format(t.transcriptSent, { email })}</p>;
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (isEmail(email)) return state.client.requestTranscript(email.trim());
        state.errors.value = { 'rd-transcript': t.badEmail };
        focusInvalid(event.currentTarget);
      }}
    >
      <TextField
        state={state}
        id="rd-transcript"
        type="email"
        label={t.email}
        autoComplete="email"
        initial={email}
      />
      <LimitNotice state={state} what="request_transcript" />
      <button class="primary" type="submit">
        {t.transcriptSend}
      </button>
    </form>
  );
}
