import type { WidgetState } from '../state/create-widget-state.ts';

export interface LimitNoticeProps {
  state: WidgetState;
  /** The frame whose refusal this notice explains: `ask`, `offline_question`, `request_transcript`. */
  what: string;
}

/**
 * Tells the patron the server refused `what` because a budget of their connection or library is
 * spent (`limit_reached`); nothing is retried by itself.
 *
 * @example
 * <LimitNotice state={state} what="request_transcript" />
 */
export function LimitNotice({ state, what }: LimitNoticeProps) {
  const error = state.snapshot.error;
  if (error?.code !== 'limit_reached' || error.ref !== what) return null;
  return (
    <p class="error" role="alert">
      {state.t.limitReached}
    </p>
  );
}
