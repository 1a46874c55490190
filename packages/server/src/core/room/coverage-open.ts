import type { Library, Millis } from '../model.ts';
import { isWithinCoverage } from '../routing/coverage.ts';
import { isClosedAt } from '../schedules/closures.ts';
import type { RoomContext } from './room-context.ts';

/**
 * Whether the cooperative covers the library at `now`: inside its coverage windows, and not on a
 * day it (or the whole cooperative) is closed. Routing and the widget's availability ask this.
 *
 * @example
 * const open = isCoverageOpen(ctx, library, ctx.clock.now());
 */
export function isCoverageOpen(ctx: RoomContext, library: Library, now: Millis): boolean {
  const closures = ctx.schedules.closuresEndingAfter(library.cooperativeId, now);
  if (isClosedAt(closures, library.id, now)) return false;
  return isWithinCoverage(library.settings.coverage, library.timezone, now);
}
