import type { HoursTier, LibraryHours, ScheduleSettings } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';

export interface HoursPanelProps {
  settings: ScheduleSettings;
  libraries: LibraryHours[];
  onChanged(): Promise<void>;
}

/** `0=2, 50000=6` <-> tiers (size = weekly hours). */
const tiersText = (tiers: HoursTier[]) => tiers.map((t) => `${t.minSize}=${t.hours}`).join(', ');
function parseTiers(text: string): HoursTier[] | undefined {
  const tiers: HoursTier[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [size, hours] = part.split('=').map((n) => Number(n.trim()));
    if (!Number.isInteger(size) || hours === undefined || !Number.isFinite(hours)) return undefined;
    tiers.push({ minSize: size ?? 0, hours });
  }
  return tiers;
}

/**
 * Weekly hours owed against hours booked per library. A library admin reads theirs; a
 * coordinator sets hours directly or a size read against the tiers, and the minimum staffing.
 */
export function HoursPanel({ settings, libraries, onChanged }: HoursPanelProps) {
  const { api, notices } = useConsole();
  const coordinator = useDesk().profile.roles.includes('coordinator');
  const [minStaff, setMinStaff] = useState(String(settings.minStaff));
  const [tiers, setTiers] = useState(tiersText(settings.tiers));
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<void>, done: string) => {
    setError(null);
    try {
      await work();
      notices.push(done);
      await onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const saveSettings = (event: Event) => {
    event.preventDefault();
    const parsed = parseTiers(tiers);
    if (!parsed) return setError('Write tiers as size=hours, separated by commas.');
    void act(
      () => api.saveScheduleSettings({ minStaff: Number(minStaff), tiers: parsed }),
      'Staffing settings saved.',
    );
  };

  return (
    <section class="panel stack" aria-labelledby="hours-heading">
      <h2 id="hours-heading" class="panel-title">
        Hours owed
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <table class="people-table">
        <thead>
          <tr>
            <th scope="col">Library</th>
            <th scope="col">Owed per week</th>
            <th scope="col">Booked per week</th>
            {coordinator && <th scope="col">Set</th>}
          </tr>
        </thead>
        <tbody>
          {libraries.map((library) => (
            <HoursRow key={library.libraryId} library={library} editable={coordinator} act={act} />
          ))}
        </tbody>
      </table>
      {coordinator && (
        <form class="stack" onSubmit={saveSettings} aria-label="Staffing settings">
          <div class="field">
            <label for="min-staff">Minimum staffing (people per slot)</label>
            <input
              id="min-staff"
              type="number"
              min={0}
              value={minStaff}
              onInput={(event) => setMinStaff(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="tiers">Size tiers (size=hours, …)</label>
            <input id="tiers" value={tiers} onInput={(e) => setTiers(e.currentTarget.value)} />
          </div>
          <button type="submit" class="btn">
            Save staffing
          </button>
        </form>
      )}
    </section>
  );
}

interface HoursRowProps {
  library: LibraryHours;
  editable: boolean;
  act(work: () => Promise<void>, done: string): Promise<void>;
}

function HoursRow({ library, editable, act }: HoursRowProps) {
  const { api } = useConsole();
  const [hours, setHours] = useState(library.hoursOwed === null ? '' : String(library.hoursOwed));
  const [size, setSize] = useState(library.size === null ? '' : String(library.size));
  const short = library.bookedHours < library.effectiveHours;
  return (
    <tr>
      <th scope="row">{library.libraryName}</th>
      <td>{library.effectiveHours} h</td>
      <td class={short ? 'hours-short' : undefined}>
        {library.bookedHours} h{short && <span class="visually-hidden"> (short)</span>}
      </td>
      {editable && (
        <td>
          <label class="visually-hidden" for={`hours-${library.libraryId}`}>
            Hours owed by {library.libraryName}
          </label>
          <input
            id={`hours-${library.libraryId}`}
            class="input-small"
            type="number"
            min={0}
            step={0.5}
            placeholder="hours"
            value={hours}
            onInput={(event) => setHours(event.currentTarget.value)}
          />{' '}
          <label class="visually-hidden" for={`size-${library.libraryId}`}>
            Size of {library.libraryName}
          </label>
          <input
            id={`size-${library.libraryId}`}
            class="input-small"
            type="number"
            min={0}
            placeholder="or size"
            value={size}
            onInput={(event) => setSize(event.currentTarget.value)}
          />{' '}
          <button
            type="button"
            class="btn btn-small"
            onClick={() =>
              void act(
                () =>
                  api.saveLibraryHours(library.libraryId, {
                    hoursOwed: hours === '' ? null : Number(hours),
                    size: size === '' ? null : Number(size),
                  }),
                `Hours saved for ${library.libraryName}.`,
              )
            }
          >
            Save
          </button>
        </td>
      )}
    </tr>
  );
}
