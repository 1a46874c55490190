import type { FieldMode, WidgetSettings } from '@refdesk/protocol/responder';
import { AllowedSitesField } from './allowed-sites-field.tsx';
import { CoverageEditor } from './coverage-editor.tsx';

export interface WidgetSettingsFieldsProps {
  settings: WidgetSettings;
  onChange(patch: Partial<WidgetSettings>): void;
  /** Why the allowed sites could not be saved, shown beside that field. */
  originsError?: string | undefined;
}

const MODES: [FieldMode, string][] = [
  ['off', 'Not asked'],
  ['optional', 'Optional'],
  ['required', 'Required'],
];

/** The fields of the widget settings form. */
export function WidgetSettingsFields({
  settings,
  onChange,
  originsError,
}: WidgetSettingsFieldsProps) {
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
        <label for="widget-privacy-policy">
          Full privacy policy (https address, linked from the note)
        </label>
        <input
          id="widget-privacy-policy"
          type="url"
          maxLength={500}
          placeholder="https://library.example/privacy"
          value={settings.privacyPolicyUrl ?? ''}
          onInput={(event) => onChange({ privacyPolicyUrl: event.currentTarget.value })}
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
      <AllowedSitesField
        origins={settings.allowedOrigins}
        error={originsError}
        onChange={(allowedOrigins) => onChange({ allowedOrigins })}
      />
    </>
  );
}
