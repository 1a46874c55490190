import type { SocketState } from '../api/responder-socket.ts';

const LABELS: Record<SocketState, string> = {
  connecting: 'Connecting…',
  open: 'Connected',
  reconnecting: 'Reconnecting…',
  signed_out: 'Signed out',
  incompatible: 'Please reload: Refdesk was updated',
};

/** Whether the live connection is up; quiet when it is, plain words when it is not. */
export function ConnectionBadge({ state }: { state: SocketState }) {
  return (
    <span class={`connection connection-${state}`} role="status">
      <span class="connection-dot" aria-hidden="true" />
      <span class={state === 'open' ? 'visually-hidden' : undefined}>{LABELS[state]}</span>
    </span>
  );
}
