import type { CoverageWindow, Millis } from '../model.ts';
import { isWithinCoverage } from '../routing/coverage.ts';
import { nextCoverageBoundary } from '../routing/next-coverage-boundary.ts';
import { localDate } from '../schedules/zoned-time.ts';

/** A stretch of time a library is closed (a holiday, an inventory day): [start, end). */
export interface ClosedInterval {
  start: Millis;
  end: Millis;
}

/** When a follow-up is due, and when its "due today" reminder goes out (null: none). */
export interface FollowUpDue {
  dueAt: Millis;
  remindAt: Millis | null;
}

/** A library that says nothing promises an answer within two working days. */
export const DEFAULT_PROMISE_WORKING_DAYS = 2;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** How far ahead working days are looked for: beyond this a library is as good as closed. */
const HORIZON = 62 * DAY;

export interface FollowUpDueInput {
  /** The library's coverage hours (empty: all hours, every day is a working day). */
  windows: CoverageWindow[];
  timeZone: string;
  /** Holidays and other closures; from the schedules of the library when it has any. */
  closures: readonly ClosedInterval[];
  workingDays: number;
  /** When the follow-up was created. */
  from: Millis;
}

/**
 * The follow-up promise as an instant: the library's closing time on the `workingDays`-th working
 * day after the day the follow-up was created (that day itself never counts). A working day is a
 * local day with some coverage left once the closures are taken out; its closing time is the end
 * of its last covered stretch, its reminder the start of its first. Without coverage hours every
 * day counts and closes at `from`'s time of day; when no working day is found within two months,
 * the promise falls back to plain days.
 *
 * @example
 * // Created Friday evening; Monday is a holiday: due Wednesday at closing time.
 * followUpDue({ windows: weekdays9to5, timeZone: 'America/Chicago', closures: [monday], workingDays: 2, from });
 */
export function followUpDue(input: FollowUpDueInput): FollowUpDue {
  const { windows, timeZone, workingDays, from } = input;
  const plain = { dueAt: from + workingDays * DAY, remindAt: from + workingDays * DAY - 4 * HOUR };
  if (windows.length === 0) return plain;
  const createdDay = localDate(from, timeZone).date;
  let counted = 0;
  let day: { key: string; start: Millis; end: Millis } | undefined;
  for (const piece of coveredPieces(input)) {
    const key = localDate(piece.start, timeZone).date;
    if (key === createdDay) continue;
    if (day && key !== day.key) {
      if (counted === workingDays) break;
      day = undefined;
    }
    if (!day) {
      counted += 1;
      day = { key, start: piece.start, end: piece.end };
    } else day.end = piece.end;
  }
  if (!day || counted !== workingDays) return plain;
  return { dueAt: day.end, remindAt: day.start };
}

/** The covered stretches after `from`, in order, with the closures cut out. */
function* coveredPieces(input: FollowUpDueInput): Generator<ClosedInterval> {
  const { windows, timeZone, from } = input;
  const limit = from + HORIZON;
  let at = from;
  let covered = isWithinCoverage(windows, timeZone, at);
  while (at < limit) {
    const next = Math.min(nextCoverageBoundary(windows, timeZone, at) ?? limit, limit);
    if (covered) yield* withoutClosures({ start: at, end: next }, input.closures);
    covered = !covered;
    at = next;
  }
}

function* withoutClosures(
  stretch: ClosedInterval,
  closures: readonly ClosedInterval[],
): Generator<ClosedInterval> {
  let pieces = [stretch];
  for (const closed of closures) {
    pieces = pieces.flatMap((piece) =>
      [
        { start: piece.start, end: Math.min(piece.end, closed.start) },
        { start: Math.max(piece.start, closed.end), end: piece.end },
      ].filter((part) => part.end > part.start),
    );
  }
  yield* pieces.sort((a, b) => a.start - b.start);
}
