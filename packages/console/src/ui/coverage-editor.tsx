import type { CoverageWindow } from '@refdesk/protocol/responder';

export interface CoverageEditorProps {
  windows: CoverageWindow[];
  onChange(windows: CoverageWindow[]): void;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const toTime = (minute: number) =>
  `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const toMinute = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Weekly hours in which the cooperative answers this library's patrons; none means always. */
export function CoverageEditor({ windows, onChange }: CoverageEditorProps) {
  const update = (index: number, patch: Partial<CoverageWindow>) =>
    onChange(windows.map((window, at) => (at === index ? { ...window, ...patch } : window)));
  return (
    <fieldset class="stack">
      <legend>Cooperative coverage hours</legend>
      <p class="field-hint">
        {windows.length === 0
          ? 'The cooperative covers your patrons at all hours. Add hours to limit it.'
          : "Outside these hours (in the library's time zone) only your own librarians are offered your patrons."}
      </p>
      {windows.map((window, index) => (
        <div class="coverage-row" key={index}>
          <div class="field">
            <label for={`coverage-day-${index}`}>Day</label>
            <select
              id={`coverage-day-${index}`}
              value={window.day}
              onChange={(event) => update(index, { day: Number(event.currentTarget.value) })}
            >
              {DAYS.map((day, value) => (
                <option key={day} value={value}>
                  {day}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`coverage-start-${index}`}>From</label>
            <input
              id={`coverage-start-${index}`}
              type="time"
              value={toTime(window.startMinute)}
              onInput={(event) =>
                update(index, { startMinute: toMinute(event.currentTarget.value) })
              }
            />
          </div>
          <div class="field">
            <label for={`coverage-end-${index}`}>Until</label>
            <input
              id={`coverage-end-${index}`}
              type="time"
              value={toTime(window.endMinute)}
              onInput={(event) => {
                const minute = toMinute(event.currentTarget.value);
                update(index, { endMinute: minute === 0 ? 1440 : minute });
              }}
            />
          </div>
          <button
            type="button"
            class="btn btn-small btn-quiet"
            onClick={() => onChange(windows.filter((_, at) => at !== index))}
          >
            Remove<span class="visually-hidden"> {DAYS[window.day]} hours</span>
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          class="btn btn-small"
          onClick={() =>
            onChange([...windows, { day: 1, startMinute: 9 * 60, endMinute: 17 * 60 }])
          }
        >
          Add hours
        </button>
      </div>
    </fieldset>
  );
}
