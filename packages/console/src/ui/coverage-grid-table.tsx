import type { CoverageGrid, GridSlot } from '@refdesk/protocol/responder';
import { dateIn, formatDay, timeIn } from './schedule-format.ts';

export interface CoverageGridTableProps {
  grid: CoverageGrid;
  /** The zone the rows and columns are read in: the cooperative's or the viewer's. */
  timeZone: string;
}

/**
 * The cooperative's week as a table: a column per local day, a row per 30-minute slot, each cell
 * naming the libraries on shift; slots under the minimum staffing are marked as gaps (in words
 * too, not by colour alone).
 */
export function CoverageGridTable({ grid, timeZone }: CoverageGridTableProps) {
  const days: string[] = [];
  const times: string[] = [];
  const cells = new Map<string, GridSlot>();
  for (const slot of grid.slots) {
    const day = dateIn(slot.startsAt, timeZone);
    const time = timeIn(slot.startsAt, timeZone);
    if (!days.includes(day)) days.push(day);
    if (!times.includes(time)) times.push(time);
    cells.set(`${day} ${time}`, slot);
  }
  times.sort();
  return (
    <section
      class="grid-scroll"
      aria-label="Coverage grid, scrollable"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable grid must take focus so keyboard users can scroll it
      tabIndex={0}
    >
      <table class="coverage-grid">
        <caption class="visually-hidden">
          Coverage from {formatDay(grid.weekStart)}, in {timeZone}; gaps are slots with fewer than{' '}
          {grid.minStaff} on shift.
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {days.map((day) => (
              <th scope="col" key={day}>
                {formatDay(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map((time) => (
            <tr key={time}>
              <th scope="row">{time}</th>
              {days.map((day) => (
                <GridCell key={day} slot={cells.get(`${day} ${time}`)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function GridCell({ slot }: { slot: GridSlot | undefined }) {
  if (!slot) return <td class="grid-none" />;
  const libraries = [...new Set(slot.shifts.map((shift) => shift.libraryName))];
  const people = slot.shifts.map((shift) => shift.responderName).join(', ');
  return (
    <td class={slot.gap ? 'grid-gap' : 'grid-staffed'} title={people || undefined}>
      {libraries.join(', ')}
      {slot.gap && <span class="visually-hidden"> Gap</span>}
    </td>
  );
}
