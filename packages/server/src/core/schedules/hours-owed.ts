import type { HoursTier } from '@refdesk/protocol';
import type { LibraryHoursRecord } from './schedule-records.ts';

/**
 * The weekly hours a library owes the cooperative: what the coordinator set directly, else the
 * hours of the biggest tier its size reaches, else nothing.
 *
 * @example
 * effectiveHoursOwed({ libraryId, hoursOwed: null, size: 40_000 }, [{ minSize: 0, hours: 2 }, { minSize: 25_000, hours: 4 }]);
 * // -> 4
 */
export function effectiveHoursOwed(
  entry: LibraryHoursRecord | undefined,
  tiers: HoursTier[],
): number {
  if (!entry) return 0;
  if (entry.hoursOwed !== null) return entry.hoursOwed;
  if (entry.size === null) return 0;
  const { size } = entry;
  let best: HoursTier | undefined;
  for (const tier of tiers) {
    if (tier.minSize <= size && (!best || tier.minSize > best.minSize)) best = tier;
  }
  return best?.hours ?? 0;
}
