import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { type Loadable, load, loading } from './loadable.ts';

export interface CachedById<T> {
  /** The entry's signal; fetched on first use, and again in the background once it is old. */
  get(id: string): ReadonlySignal<Loadable<T>>;
  /** Fetches again now; the old value stays on screen until the new one arrives. */
  refresh(id: string): Promise<void>;
  /** Refreshes every entry asked for so far. */
  refreshAll(): Promise<void>;
}

/**
 * Data fetched per id (a library's policy page, its scripts), shared by every component that shows
 * it, and refreshed after `maxAgeMs` so a long shift still sees other libraries' edits.
 *
 * @example
 * const pages = cachedById((id) => api.policy(id as LibraryId));
 * const page = pages.get('springfield').value;
 */
export function cachedById<T>(
  fetch: (id: string) => Promise<T>,
  maxAgeMs = 5 * 60_000,
  now: () => number = Date.now,
): CachedById<T> {
  const entries = new Map<string, { value: Signal<Loadable<T>>; fetchedAt: number }>();
  const refresh = async (id: string) => {
    let entry = entries.get(id);
    if (!entry) {
      entry = { value: signal<Loadable<T>>(loading), fetchedAt: now() };
      entries.set(id, entry);
    }
    entry.fetchedAt = now();
    const result = await load(() => fetch(id));
    // A failed background refresh keeps the page that was there.
    if (result.state === 'ready' || entry.value.value.state !== 'ready') entry.value.value = result;
  };
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry || now() - entry.fetchedAt > maxAgeMs) void refresh(id);
      return (entries.get(id) as { value: Signal<Loadable<T>> }).value;
    },
    refresh,
    async refreshAll() {
      await Promise.all([...entries.keys()].map(refresh));
    },
  };
}
