import type { FieldMode, LibraryWidgetInfo } from '@refdesk/protocol/patron';
import type { Catalogue } from '../i18n/en.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { MessageText } from './message-text.tsx';
import { TextField } from './text-field.tsx';
import { isEmail } from './validate.ts';

export interface PrechatFieldsProps {
  state: WidgetState;
}

/**
 * Checks the pre-chat fields as the library configured them (off, optional or required), and
 * returns the messages by field id: none when all is well.
 *
 * @example
 * validatePrechat(library, { 'rd-name': '', 'rd-email': 'x' }, t); // { 'rd-email': '...' }
 */
export function validatePrechat(
  library: LibraryWidgetInfo | null,
  fields: Record<string, string>,
  t: Catalogue,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = fields['rd-name']?.trim();
  const email = fields['rd-email']?.trim();
  if (library?.nameField === 'required' && !name) errors['rd-name'] = t.required;
  if (library?.emailField === 'required' && !email) errors['rd-email'] = t.required;
  else if (library?.emailField !== 'off' && email && !isEmail(email))
    errors['rd-email'] = t.badEmail;
  return errors;
}

/**
 * What the patron sees before the first message: an invitation, the fields the library asks for,
 * and the library's privacy note.
 *
 * @example
 * <PrechatFields state={state} />
 */
export function PrechatFields({ state }: PrechatFieldsProps) {
  const { t } = state;
  const library = state.snapshot.library;
  const hint = (mode: FieldMode) => (mode === 'required' ? undefined : t.optional);
  return (
    <div>
      <p class="intro">{t.intro}</p>
      {library && library.nameField !== 'off' && (
        <TextField
          state={state}
          id="rd-name"
          label={t.name}
          hint={hint(library.nameField)}
          autoComplete="name"
        />
      )}
      {library && library.emailField !== 'off' && (
        <TextField
          state={state}
          id="rd-email"
          type="email"
          label={t.email}
          hint={hint(library.emailField)}
          autoComplete="email"
        />
      )}
      {library?.privacyNote && (
        <p class="privacy">
          <MessageText text={library.privacyNote} />
        </p>
      )}
    </div>
  );
}
