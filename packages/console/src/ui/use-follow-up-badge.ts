import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useConsole } from './console-context.ts';

/** How often the badge asks for new follow-ups, referrals and offline questions. */
export const FOLLOW_UP_BADGE_POLL_MS = 10_000;

/** Notifications the signed-in responder has not seen; the follow-ups page clears it. */
export const followUpUnseen = signal(0);

/**
 * The follow-ups badge: the count of notifications (new follow-ups, referrals, offline questions,
 * reminders, overdue) since the responder last opened the follow-ups page, polled while the
 * console is open and on every change of page.
 *
 * @example
 * <NavLink to={{ page: 'follow-ups', followUpId: null }} count={useFollowUpBadge()}>
 */
export function useFollowUpBadge(): number {
  const { api, router } = useConsole();
  const page = router.route.value.page;
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const { unseen } = await api.followUpNotifications();
        if (!stopped) followUpUnseen.value = unseen;
      } catch {
        // Offline or signed out: the badge keeps its last count; the desk shows the connection.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), FOLLOW_UP_BADGE_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, page]);
  return followUpUnseen.value;
}
