import type { EndForm } from '../state/end-form.ts';
import { FieldError } from './field-error.tsx';

/** A required email or date field of the End chat dialog, with its error. */
export interface EndTextFieldProps {
  id: 'contactEmail' | 'deadline' | 'referralEmail';
  label: string;
  type: 'email' | 'date';
  min?: string;
  form: EndForm;
  errors: Partial<Record<keyof EndForm, string>>;
  set(patch: Partial<EndForm>): void;
}

export function EndTextField({ id, label, type, min, form, errors, set }: EndTextFieldProps) {
  const common = {
    id: `end-${id}`,
    required: true,
    value: form[id],
    'aria-invalid': errors[id] ? true : undefined,
    'aria-describedby': `end-${id}-error`,
    onInput: (event: Event) => set({ [id]: (event.currentTarget as HTMLInputElement).value }),
  };
  return (
    <div class="field">
      <label for={`end-${id}`}>{label}</label>
      {type === 'date' ? (
        <input type="date" min={min} {...common} />
      ) : (
        <input type="email" {...common} />
      )}
      <FieldError id={`end-${id}-error`} message={errors[id]} />
    </div>
  );
}
