import { useEffect, useState } from 'preact/hooks';
import { useConsole } from './console-context.ts';

/** How often an admin's Schedules badge asks for make-ups owed. */
export const MAKE_UP_BADGE_POLL_MS = 30_000;

/**
 * The Schedules badge for library admins and coordinators: missed shifts of the libraries they
 * manage still owed as make-ups (the console's notice of a missed shift; email tells them too).
 * Zero for everyone else, who are not asked.
 *
 * @example
 * <NavLink to={{ page: 'schedules' }} count={useMakeUpBadge(isAdmin)}>
 */
export function useMakeUpBadge(enabled: boolean): number {
  const { api, router } = useConsole();
  const page = router.route.value.page;
  const [owed, setOwed] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const poll = async () => {
      try {
        const missed = await api.missedShifts();
        if (!stopped) setOwed(missed.filter((m) => m.madeUpBy === null).length);
      } catch {
        // Offline or signed out: the badge keeps its last count.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), MAKE_UP_BADGE_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, page, enabled]);
  return owed;
}
