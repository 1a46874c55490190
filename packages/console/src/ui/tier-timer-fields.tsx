export interface TierTimers {
  localTimerSeconds: number;
  groupTimerSeconds: number;
}

export interface TierTimerFieldsProps {
  /** Prefixes the inputs' ids, so two forms on a page never share one. */
  idPrefix: string;
  timers: TierTimers;
  onChange(patch: Partial<TierTimers>): void;
  /** Whose librarians the first timer favours: "the library's own", "each library's own". */
  whose: string;
}

/** How long a new chat stays with its library, then its group, before the whole cooperative. */
export function TierTimerFields({ idPrefix, timers, onChange, whose }: TierTimerFieldsProps) {
  const seconds = (key: keyof TierTimers, label: string, hint: string) => (
    <div class="field">
      <label for={`${idPrefix}-${key}`}>{label}</label>
      <p class="field-hint" id={`${idPrefix}-${key}-hint`}>
        {hint}
      </p>
      <input
        id={`${idPrefix}-${key}`}
        type="number"
        min={0}
        max={600}
        required
        value={timers[key]}
        aria-describedby={`${idPrefix}-${key}-hint`}
        onInput={(event) => onChange({ [key]: Number(event.currentTarget.value) })}
      />
    </div>
  );
  return (
    <fieldset class="form-grid">
      <legend>Tier timers (seconds)</legend>
      {seconds(
        'localTimerSeconds',
        'Library first',
        `How long only ${whose} librarians are offered a new chat.`,
      )}
      {seconds(
        'groupTimerSeconds',
        'Then the group',
        'How long the group has it before the whole cooperative.',
      )}
    </fieldset>
  );
}
