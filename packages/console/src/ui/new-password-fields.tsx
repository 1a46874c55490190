import { MIN_PASSWORD_LENGTH } from '@refdesk/protocol/responder';
import { en } from '../i18n/en.ts';

export interface NewPasswordFieldsProps {
  idPrefix: string;
  password: string;
  confirm: string;
  onPassword(value: string): void;
  onConfirm(value: string): void;
}

/** A new password twice, with the rule spelled out. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const hint = `${props.idPrefix}-password-hint`;
  return (
    <>
      <div class="field">
        <label for={`${props.idPrefix}-password`}>{en.newPassword.password}</label>
        <input
          id={`${props.idPrefix}-password`}
          type="password"
          autocomplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby={hint}
          value={props.password}
          onInput={(event) => props.onPassword(event.currentTarget.value)}
        />
        <p id={hint} class="muted small">
          {en.newPassword.hint(MIN_PASSWORD_LENGTH)}
        </p>
      </div>
      <div class="field">
        <label for={`${props.idPrefix}-confirm`}>{en.newPassword.again}</label>
        <input
          id={`${props.idPrefix}-confirm`}
          type="password"
          autocomplete="new-password"
          required
          value={props.confirm}
          onInput={(event) => props.onConfirm(event.currentTarget.value)}
        />
      </div>
    </>
  );
}

/** Why a new password cannot be used yet, or null. */
export function newPasswordProblem(password: string, confirm: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return en.newPassword.tooShort(MIN_PASSWORD_LENGTH);
  if (password !== confirm) return en.newPassword.differ;
  return null;
}
