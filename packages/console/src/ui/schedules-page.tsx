import type {
  Closure,
  CoverageGrid,
  MissedShift,
  Occurrence,
  Shift,
  ShiftChange,
} from '@refdesk/protocol/responder';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { MY_SHIFTS_ICS, type ScheduleApi } from '../api/schedule-api.ts';
import { errorMessage, type Loadable, load, loading } from '../state/loadable.ts';
import { ClosuresPanel } from './closures-panel.tsx';
import { useConsole, useDesk } from './console-context.ts';
import { CoverageGridTable } from './coverage-grid-table.tsx';
import { ExpectedNowPanel } from './expected-now-panel.tsx';
import { HoursPanel } from './hours-panel.tsx';
import { LibrarySchedulePanel } from './library-schedule-panel.tsx';
import { MissedShiftsPanel } from './missed-shifts-panel.tsx';
import { MyComingShifts } from './my-coming-shifts.tsx';
import { addDays, formatDay, formatMinute, viewerTimeZone, WEEKDAYS } from './schedule-format.ts';
import { ShiftForm } from './shift-form.tsx';
import { ShiftHistory } from './shift-history.tsx';
import { ShiftPool } from './shift-pool.tsx';
import { SwapForm } from './swap-form.tsx';

type Hours = Awaited<ReturnType<ScheduleApi['hoursOwed']>>;

/**
 * Schedules: my shifts (and their calendar file), the cooperative's coverage grid in its time
 * zone or mine, closures; for admins and coordinators also booking, hours owed and expected now.
 */
export function SchedulesPage() {
  const { api, notices } = useConsole();
  const { profile } = useDesk();
  const admin = profile.roles.includes('library_admin') || profile.roles.includes('coordinator');
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [grid, setGrid] = useState<Loadable<CoverageGrid>>(loading);
  const [mine, setMine] = useState<Loadable<Shift[]>>(loading);
  const [closures, setClosures] = useState<Closure[]>([]);
  const [hours, setHours] = useState<Loadable<Hours>>(loading);
  const [missed, setMissed] = useState<MissedShift[]>([]);
  const [zone, setZone] = useState<'cooperative' | 'mine'>('cooperative');
  const [coming, setComing] = useState<Occurrence[]>([]);
  const [changes, setChanges] = useState<ShiftChange[]>([]);
  const [changeError, setChangeError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const [nextGrid, nextMine, nextClosures, nextComing, nextChanges] = await Promise.all([
      load(() => api.coverageGrid(week)),
      load(() => api.myShifts()),
      load(() => api.closures()),
      load(() => api.occurrences()),
      load(() => api.shiftChanges()),
    ]);
    setGrid(nextGrid);
    setMine(nextMine);
    if (nextClosures.state === 'ready') setClosures(nextClosures.value);
    if (nextComing.state === 'ready') setComing(nextComing.value);
    if (nextChanges.state === 'ready') setChanges(nextChanges.value);
    if (!admin) return;
    const [nextHours, nextMissed] = await Promise.all([
      load(() => api.hoursOwed()),
      load(() => api.missedShifts()),
    ]);
    setHours(nextHours);
    if (nextMissed.state === 'ready') setMissed(nextMissed.value);
  }, [api, week, admin]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const own = viewerTimeZone();
  const act = async (work: () => Promise<unknown>, done: string) => {
    setChangeError(null);
    try {
      await work();
      notices.push(done);
      await reload();
    } catch (failure) {
      setChangeError(errorMessage(failure));
    }
  };

  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Schedules</h1>
        <p class="page-library">{profile.library.name}</p>
      </div>
      <section class="panel" aria-labelledby="my-shifts-heading">
        <h2 id="my-shifts-heading" class="panel-title">
          My shifts
        </h2>
        {mine.state === 'ready' && mine.value.length === 0 && (
          <p class="panel-empty">You have no shifts booked.</p>
        )}
        {mine.state === 'ready' && mine.value.length > 0 && (
          <ul class="shift-list">
            {mine.value.map((shift) => (
              <li key={shift.id}>
                {shift.kind === 'weekly'
                  ? `Every ${WEEKDAYS[shift.day ?? 0]}`
                  : formatDay(shift.date ?? '')}
                , {formatMinute(shift.startMinute)}–{formatMinute(shift.endMinute)} (
                {shift.timeZone}), {shift.libraryName}
              </li>
            ))}
          </ul>
        )}
        <a class="btn btn-small" href={MY_SHIFTS_ICS} download="refdesk-shifts.ics">
          Download my shifts (.ics)
        </a>
      </section>
      {changeError && (
        <p class="banner banner-error" role="alert">
          {changeError}
        </p>
      )}
      <MyComingShifts occurrences={coming} changes={changes} act={act} />
      <ShiftPool changes={changes} act={act} />
      <SwapForm
        mine={coming.filter((o) => o.openChangeId === null && o.startsAt > Date.now())}
        act={act}
      />
      {admin && <ExpectedNowPanel />}
      <section class="panel stack" aria-labelledby="grid-heading">
        <h2 id="grid-heading" class="panel-title">
          Coverage grid
        </h2>
        {grid.state === 'error' && <p class="form-error">{grid.message}</p>}
        {grid.state === 'ready' && (
          <>
            <div class="grid-controls">
              <button
                type="button"
                class="btn btn-small"
                onClick={() => setWeek(addDays(grid.value.weekStart, -7))}
              >
                Previous week
              </button>
              <span>Week of {formatDay(grid.value.weekStart)}</span>
              <button
                type="button"
                class="btn btn-small"
                onClick={() => setWeek(addDays(grid.value.weekStart, 7))}
              >
                Next week
              </button>
              <label for="grid-zone">Times in</label>
              <select
                id="grid-zone"
                value={zone}
                onChange={(event) => setZone(event.currentTarget.value as 'cooperative' | 'mine')}
              >
                <option value="cooperative">the cooperative’s zone ({grid.value.timeZone})</option>
                <option value="mine">my zone ({own})</option>
              </select>
            </div>
            <CoverageGridTable
              grid={grid.value}
              timeZone={zone === 'mine' ? own : grid.value.timeZone}
            />
          </>
        )}
      </section>
      {admin && <ShiftForm missed={missed} onBooked={reload} />}
      {admin && <MissedShiftsPanel missed={missed} />}
      <ClosuresPanel closures={closures} onChanged={reload} />
      <ShiftHistory changes={changes} />
      {admin && <LibrarySchedulePanel />}
      {admin && hours.state === 'ready' && (
        <HoursPanel
          settings={hours.value.settings}
          libraries={hours.value.libraries}
          onChanged={reload}
        />
      )}
    </main>
  );
}
