import type { MissedShift } from '@refdesk/protocol/responder';
import { dateIn, formatDay, timeIn, viewerTimeZone } from './schedule-format.ts';

/**
 * Shifts a librarian was not online for by 10 minutes after their start: owed until a make-up
 * shift is booked against one (in the booking form, "Make-up for").
 */
export function MissedShiftsPanel({ missed }: { missed: MissedShift[] }) {
  const zone = viewerTimeZone();
  return (
    <section class="panel" aria-labelledby="missed-heading">
      <h2 id="missed-heading" class="panel-title">
        Missed shifts
      </h2>
      {missed.length === 0 ? (
        <p class="panel-empty">No missed shifts.</p>
      ) : (
        <ul class="missed-list">
          {missed.map((entry) => (
            <li key={entry.id}>
              {entry.responderName} ({entry.libraryName}), {formatDay(dateIn(entry.startsAt, zone))}{' '}
              {timeIn(entry.startsAt, zone)}: {entry.madeUpBy ? 'made up' : 'make-up owed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
