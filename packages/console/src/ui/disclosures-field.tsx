export interface DisclosuresFieldProps {
  /** Language tag -> text, in the order the coordinator wrote them. */
  rows: [string, string][];
  onChange(rows: [string, string][]): void;
}

/** The disclosure in other languages, one row per language tag (`fr`, `es-MX`). */
export function DisclosuresField({ rows, onChange }: DisclosuresFieldProps) {
  const update = (index: number, row: [string, string]) =>
    onChange(rows.map((entry, at) => (at === index ? row : entry)));
  return (
    <fieldset class="stack">
      <legend>The disclosure in other languages</legend>
      <p class="field-hint">
        Patrons whose widget speaks one of these languages see this text instead of the default.
      </p>
      {rows.map(([language, text], index) => (
        <div class="form-grid" key={index}>
          <div class="field">
            <label for={`disclosure-language-${index}`}>Language</label>
            <input
              id={`disclosure-language-${index}`}
              required
              pattern="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"
              placeholder="fr"
              value={language}
              onInput={(event) => update(index, [event.currentTarget.value.trim(), text])}
            />
          </div>
          <div class="field">
            <label for={`disclosure-text-${index}`}>Text</label>
            <textarea
              id={`disclosure-text-${index}`}
              rows={2}
              maxLength={1000}
              value={text}
              onInput={(event) => update(index, [language, event.currentTarget.value])}
            />
          </div>
          <div>
            <button
              type="button"
              class="btn btn-small"
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              Remove {language || 'this language'}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" class="btn btn-small" onClick={() => onChange([...rows, ['', '']])}>
          Add a language
        </button>
      </div>
    </fieldset>
  );
}
