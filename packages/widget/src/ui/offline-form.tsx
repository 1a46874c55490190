import type { Catalogue } from '../i18n/en.ts';
import { format } from '../i18n/load-catalogue.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { LimitNotice } from './limit-notice.tsx';
import { MessageText } from './message-text.tsx';
import { fieldValue, TextField } from './text-field.tsx';
import { focusInvalid, isEmail, today } from './validate.ts';

export interface OfflineFormProps {
  state: WidgetState;
}

/** A question left for later, as typed. */
export interface OfflineQuestionValues {
  question: string;
  email: string;
  name: string;
  deadline: string;
}

/**
 * Checks a question left for later: question and email required, a deadline not in the past.
 * Returns the messages by field id: none when all is well.
 *
 * @example
 * validateOfflineQuestion({ question: '', email: 'x', name: '', deadline: '' }, t);
 */
export function validateOfflineQuestion(
  values: OfflineQuestionValues,
  t: Catalogue,
  now = new Date(),
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.question.trim()) errors['rd-offline-question'] = t.required;
  if (!values.email.trim()) errors['rd-offline-email'] = t.required;
  else if (!isEmail(values.email)) errors['rd-offline-email'] = t.badEmail;
  if (values.deadline && values.deadline < today(now)) errors['rd-offline-deadline'] = t.badDate;
  return errors;
}

/**
 * The form's values: what the patron typed, else the question they asked and the email they gave.
 *
 * @example
 * const { question, email } = offlineValues(state);
 */
export function offlineValues(state: WidgetState): OfflineQuestionValues {
  const asked = state.snapshot.messages.find((m) => m.authorRole === 'patron')?.text;
  const fields = state.fields.value;
  return {
    question: fieldValue(state, 'rd-offline-question', asked),
    email: fieldValue(state, 'rd-offline-email', fields['rd-email']),
    name: fieldValue(state, 'rd-offline-name', fields['rd-name']),
    deadline: fieldValue(state, 'rd-offline-deadline'),
  };
}

/**
 * The leave-a-question form, shown when nobody can take a chat: it becomes a follow-up for the
 * patron's library.
 *
 * @example
 * <OfflineForm state={state} />
 */
export function OfflineForm({ state }: OfflineFormProps) {
  const { t } = state;
  const { library, offline } = state.snapshot;
  const values = offlineValues(state);
  const field = (key: keyof OfflineQuestionValues) => ({
    state,
    id: `rd-offline-${key}`,
    initial: values[key],
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const errors = validateOfflineQuestion(values, t);
        state.errors.value = errors;
        if (Object.keys(errors).length > 0) return focusInvalid(event.currentTarget);
        const { question, email, name, deadline } = values;
        state.client.offlineQuestion({
          question: question.trim(),
          email: email.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(deadline ? { deadline } : {}),
        });
        state.fields.value = {
          ...state.fields.value,
          'rd-offline-email': email,
          'rd-offline-deadline': deadline,
        };
      }}
    >
      <p class="intro">{t[offline ?? 'no_responders']}</p>
      <TextField label={t.question} multiline required {...field('question')} />
      <TextField label={t.email} type="email" autoComplete="email" required {...field('email')} />
      {library?.nameField !== 'off' && (
        <TextField label={t.name} hint={t.optional} autoComplete="name" {...field('name')} />
      )}
      <TextField
        label={t.deadline}
        hint={t.optional}
        type="date"
        min={today()}
        {...field('deadline')}
      />
      {library?.privacyNote && (
        <p class="privacy">
          <MessageText text={library.privacyNote} />
        </p>
      )}
      <LimitNotice state={state} what="offline_question" />
      <button class="primary" type="submit">
        {t.sendQuestion}
      </button>
    </form>
  );
}

export interface OfflineSentProps {
  state: WidgetState;
}

/**
 * The confirmation after a question was left: who has it and what happens next.
 *
 * @example
 * <OfflineSent state={state} />
 */
export function OfflineSent({ state }: OfflineSentProps) {
  const { t } = state;
  const email = state.fields.value['rd-offline-email'];
  const deadline = state.fields.value['rd-offline-deadline'];
  return (
    <div class="card" tabIndex={-1} data-focus>
      <p class="done">
        {format(t.offlineSent, { library: state.snapshot.library?.name ?? t.title })}
      </p>
      {email && <p>{format(t.offlineNext, { email })}</p>}
      {deadline && <p>{format(t.offlineBy, { date: deadline })}</p>}
    </div>
  );
}
