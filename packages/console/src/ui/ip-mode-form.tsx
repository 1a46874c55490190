import type { IpMode, LibraryId } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';

const MODES: [IpMode, string, string][] = [
  ['none', 'Never store it', 'Used in memory for the abuse limits only (recommended).'],
  ['subnet', 'Store the subnet only', 'The /24 (IPv4) or /48 (IPv6) the address belongs to.'],
  ['full', 'Store the full address', 'For libraries whose policy requires it.'],
];

/** What the library keeps of a patron's network address; the scrub clears it with the identifiers. */
export function IpModeForm({ libraryId }: { libraryId: LibraryId }) {
  const { api, notices } = useConsole();
  const [mode, setMode] = useState<IpMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setMode(null);
    void api.ipMode(libraryId).then(
      (setting) => setMode(setting.ipMode),
      (failure) => setError(errorMessage(failure)),
    );
  }, [api, libraryId]);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!mode) return;
    try {
      setMode((await api.saveIpMode(libraryId, mode)).ipMode);
      setError(null);
      notices.push('IP mode saved.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form class="stack panel" onSubmit={save} aria-labelledby="ip-mode-heading">
      <h2 id="ip-mode-heading" class="panel-title">
        Patrons’ network addresses
      </h2>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {mode && (
        <>
          <fieldset class="choice-list">
            <legend>On each chat</legend>
            {MODES.map(([value, label, hint]) => (
              <label key={value} class="choice">
                <input
                  type="radio"
                  name="ip-mode"
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {label} <span class="muted">{hint}</span>
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" class="btn btn-primary">
              Save IP mode
            </button>
          </div>
        </>
      )}
    </form>
  );
}
