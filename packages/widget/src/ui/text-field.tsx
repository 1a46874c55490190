import type { WidgetState } from '../state/create-widget-state.ts';

export interface TextFieldProps {
  state: WidgetState;
  id: string;
  label: string;
  /** Shown after the label, e.g. "(optional)". */
  hint?: string | undefined;
  /** The value until the patron types. */
  initial?: string | undefined;
  type?: 'text' | 'email' | 'date';
  multiline?: boolean;
  autoComplete?: string;
  min?: string;
  /** Marked required for assistive technology and by its visible hint. */
  required?: boolean;
}

/**
 * The value of a field, or its initial value when the patron has not typed in it yet.
 *
 * @example
 * const email = fieldValue(state, 'rd-offline-email', state.fields.value['rd-email']);
 */
export const fieldValue = (state: WidgetState, id: string, initial = ''): string =>
  state.fields.value[id] ?? initial;

/**
 * A labelled input bound to `state.fields[id]`, whose error (`state.errors[id]`) is tied to it for
 * assistive technology with `aria-describedby`.
 *
 * @example
 * <TextField state={state} id="rd-email" label="Your email" type="email" />
 */
export function TextField(props: TextFieldProps) {
  const { state, id } = props;
  const error = state.errors.value[id];
  const common = {
    id,
    value: fieldValue(state, id, props.initial),
    onInput: (event: Event) => state.setField(id, (event.currentTarget as HTMLInputElement).value),
    'aria-required': props.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div class="field">
      {/* "(required)" comes from CSS, after the label's own text: a name that tests and scripts can match. */}
      <label for={id} data-required={props.required ? state.t.requiredHint : undefined}>
        {props.label} {props.hint && <span class="opt">{props.hint}</span>}
      </label>
      {props.multiline ? (
        <textarea rows={3} maxLength={4000} {...common} />
      ) : (
        <input
          // Preact's input typings are a union per type; the three used here share every attribute.
          type={(props.type ?? 'text') as 'text'}
          autocomplete={props.autoComplete}
          min={props.min}
          maxLength={254}
          {...common}
        />
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
