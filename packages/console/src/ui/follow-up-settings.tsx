import type { LibraryId, NotificationDigest } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { useConsole, useDesk } from './console-context.ts';

/**
 * The responder's email digest choice and, for the library's admins, its follow-up promise in
 * working days (counted with its coverage hours and closures).
 */
export function FollowUpSettings({ libraryId }: { libraryId: LibraryId }) {
  const { api } = useConsole();
  const { profile } = useDesk();
  const admin =
    profile.roles.includes('coordinator') ||
    (profile.roles.includes('library_admin') && profile.library.id === libraryId);
  const [digest, setDigest] = useState<NotificationDigest | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const [saved, setSaved] = useState('');
  // The fields exist only while the section is open: closed, they are not shown, and a checker
  // reading the DOM would find them without their (equally hidden) labels.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void api.followUpNotifications().then(
      (r) => setDigest(r.digest),
      () => undefined,
    );
    void api.followUpPromise(libraryId).then(setDays, () => setDays(null));
  }, [api, libraryId]);

  return (
    <details class="follow-up-settings" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Notifications and promise</summary>
      {open && (
        <>
          <div class="field field-inline">
            <label for="follow-up-digest">Email me</label>
            <select
              id="follow-up-digest"
              value={digest ?? 'hourly'}
              onChange={async (event) => {
                const value = event.currentTarget.value as NotificationDigest;
                await api.setNotificationDigest(value);
                setDigest(value);
                setSaved(value === 'off' ? 'No digest emails.' : 'An hourly digest at most.');
              }}
            >
              <option value="hourly">An hourly digest</option>
              <option value="off">Nothing (the badge only)</option>
            </select>
          </div>
          {days !== null && (
            <form
              class="field field-inline"
              onSubmit={async (event) => {
                event.preventDefault();
                setDays(await api.setFollowUpPromise(libraryId, days));
                setSaved(`Follow-ups are now due within ${days} working days.`);
              }}
            >
              <label for="follow-up-promise">Answer within (working days)</label>
              <input
                id="follow-up-promise"
                type="number"
                min={1}
                max={30}
                value={days}
                disabled={!admin}
                onInput={(event) => setDays(Number(event.currentTarget.value))}
              />
              {admin && (
                <button type="submit" class="btn btn-small">
                  Save promise
                </button>
              )}
            </form>
          )}
          <p class="muted" role="status">
            {saved}
          </p>
        </>
      )}
    </details>
  );
}
