/**
 * The reconnecting socket both Refdesk clients use, the widget's headless client and the console:
 * no framework and no DOM, with the WebSocket, timers and page injectable.
 *
 * @example
 * import { createReconnectingSocket } from '@refdesk/widget/socket';
 * const socket = createReconnectingSocket({ url, hello, decode, isFinal, onFrame, onClose });
 * socket.start();
 */
export { backoffDelay } from './backoff.ts';
export { createClientMessageId } from './create-client-message-id.ts';
export type {
  ReconnectingSocket,
  ReconnectingSocketOptions,
} from './create-reconnecting-socket.ts';
export { createReconnectingSocket } from './create-reconnecting-socket.ts';
export { realTimers } from './real-timers.ts';
export type { ClientEnvironment, SocketConstructor, SocketLike, Timers } from './types.ts';
