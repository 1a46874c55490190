import { type Script, type ScriptInput, ScriptInputSchema } from '@refdesk/protocol/responder';
import { useId, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { SCRIPT_VARIABLES } from '../state/fill-script.ts';
import { SCOPE_LABELS } from '../state/labels.ts';
import { FieldError } from './field-error.tsx';

export interface ScriptFormProps {
  script?: Script;
  scopes: ScriptInput['scope'][];
  onSave(input: ScriptInput): Promise<void>;
  onCancel(): void;
}

/** Title, scope and text of a script, with buttons that insert the variables. */
export function ScriptForm({ script, scopes, onSave, onCancel }: ScriptFormProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(script?.title ?? '');
  const [scope, setScope] = useState<ScriptInput['scope']>(
    script?.scope ?? scopes[0] ?? 'personal',
  );
  const [text, setText] = useState(script?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const insertVariable = (variable: string) => {
    const area = textRef.current;
    const at = area?.selectionStart ?? text.length;
    setText(text.slice(0, at) + variable + text.slice(at));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + variable.length, at + variable.length);
    });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = v.safeParse(ScriptInputSchema, { scope, title, text });
    if (!parsed.success)
      return setError('A script needs a title (up to 120 characters) and a text (up to 4,000).');
    setError(undefined);
    setBusy(true);
    await onSave(parsed.output);
    setBusy(false);
  };
  return (
    <form
      class="panel stack script-form"
      onSubmit={submit}
      aria-label={script ? `Edit ${script.title}` : 'New script'}
    >
      <div class="form-grid">
        <div class="field">
          <label for={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={120}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-scope`}>Scope</label>
          <select
            id={`${id}-scope`}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value as ScriptInput['scope'])}
          >
            {[...new Set([...scopes, ...(script ? [script.scope] : [])])].map((value) => (
              <option key={value} value={value}>
                {SCOPE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field">
        <label for={`${id}-text`}>Text</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={4}
          value={text}
          aria-describedby={`${id}-error`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="row small">
          <span class="muted">Insert:</span>
          {SCRIPT_VARIABLES.map((variable) => (
            <button
              key={variable}
              type="button"
              class="btn btn-small btn-quiet mono"
              onClick={() => insertVariable(variable)}
            >
              {variable}
            </button>
          ))}
        </div>
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Save script
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
