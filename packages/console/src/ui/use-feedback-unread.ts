import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RefdeskApi } from '../api/create-api.ts';
import { useConsole } from './console-context.ts';

const unread = signal(0);
let asked = 0;

/**
 * Fetches the unread feedback count again: after the console opens, on every page change, and
 * after a case was read or answered (reading a case clears its count). The newest answer wins.
 */
export function refreshFeedbackUnread(api: RefdeskApi): void {
  const ask = ++asked;
  api.myFeedback().then(
    (mine) => {
      if (ask === asked) unread.value = mine.unread;
    },
    () => undefined,
  );
}

/** Unread feedback on the signed-in responder's chats, for the Quality badge. */
export function useFeedbackUnread(): number {
  const { api, router } = useConsole();
  const route = router.route.value;
  useEffect(() => {
    refreshFeedbackUnread(api);
  }, [api, route]);
  return unread.value;
}
