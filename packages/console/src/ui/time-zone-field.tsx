export interface TimeZoneFieldProps {
  id: string;
  value: string;
  onChange(timezone: string): void;
}

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** An IANA time zone, typed with suggestions (`America/Chicago`); the server checks it. */
export function TimeZoneField({ id, value, onChange }: TimeZoneFieldProps) {
  return (
    <div class="field">
      <label for={id}>Time zone</label>
      <input
        id={id}
        type="text"
        list={`${id}-list`}
        required
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <datalist id={`${id}-list`}>
        {zones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
