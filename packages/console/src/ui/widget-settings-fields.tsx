import type { FieldMode, WidgetSettings } from '@refdesk/protocol/responder';
import { CoverageEditor } from './coverage-editor.tsx';

export interface WidgetSettingsFieldsProps {
  settings: WidgetSettings;
  onChange(patch: Partial<WidgetSettings>): void;
}

const MODES: [FieldMode, string][] = [
  ['off', 'Not asked'],
  ['optional', 'Optional'],
  ['required', 'Required'],
];

/** The fields of the widget settings form. */
export function WidgetSettingsFields({ settings, onChange }: WidgetSettingsFieldsProps) {
  const mode = (key: 'nameField' | 'emailField', label: string) => (
    <div class="field">
      <label for={`widget-${key}`}>{label}</label>
      <select
        id={`widget-${key}`}
        value={settings[key]}
        onChange={(event) => onChange({ [key]: event.currentTarget.value as FieldMode })}
      >
        {MODES.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const seconds = (key: 'localTimerSeconds' | 'groupTimerSeconds', label: string, hint: string) => (
    <div class="field">
      <label for={`widget-${key}`}>{label}</label>
      <p class="field-hint" id={`widget-${key}-hint`}>
        {hint}
      </p>
      <input
        id={`widget-${key}`}
        type="number"
        min={0}
        max={600}
        value={settings[key]}
        aria-describedby={`widget-${key}-hint`}
        onInput={(event) => onChange({ [key]: Number(event.currentTarget.value) })}
      />
    </div>
  );
  return (
    <>
      <fieldset class="form-grid">
        <legend>Pre-chat fields</legend>
        {mode('nameField', "Patron's name")}
        {mode('emailField', "Patron's email")}
      </fieldset>
      <div class="field">
        <label for="widget-privacy">Privacy note</label>
        <textarea
          id="widget-privacy"
          rows={3}
          maxLength={1000}
          value={settings.privacyNote}
          onInput={(event) => onChange({ privacyNote: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="widget-colour">Colour</label>
        <div class="row">
          <input
            id="widget-colour"
            type="color"
            value={settings.colour}
            onInput={(event) => onChange({ colour: event.currentTarget.value })}
          />
          <span class="mono">{settings.colour}</span>
        </div>
      </div>
      <fieldset class="form-grid">
        <legend>Routing timers (seconds)</legend>
        {seconds(
          'localTimerSeconds',
          'My library first',
          'How long only your own librarians are offered a new chat.',
        )}
        {seconds(
          'groupTimerSeconds',
          'Then the group',
          'How long your group gets it before the whole cooperative.',
        )}
      </fieldset>
      <CoverageEditor
        windows={settings.coverage ?? []}
        onChange={(coverage) => onChange({ coverage })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={settings.shareEarlierChats ?? false}
          onChange={(event) => onChange({ shareEarlierChats: event.currentTarget.checked })}
        />
        Let librarians see a patron's earlier chats with this library
      </label>
      <div class="field">
        <label for="widget-origins">Allowed sites</label>
        <p class="field-hint" id="widget-origins-hint">
          Origins whose pages may open the widget, one per line, e.g. https://www.mylibrary.org
        </p>
        <textarea
          id="widget-origins"
          rows={3}
          value={settings.allowedOrigins.join('\n')}
          aria-describedby="widget-origins-hint"
          onInput={(event) =>
            onChange({
              allowedOrigins: event.currentTarget.value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            })
          }
        />
      </div>
    </>
  );
}
