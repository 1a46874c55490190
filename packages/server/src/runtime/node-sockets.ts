import { upgradeWebSocket } from '@hono/node-server';
import { CloseCode } from '@refdesk/protocol';
import type { SocketUpgrader } from '../http/app-deps.ts';
import type { ChatSocket } from '../realtime/chat-socket.ts';

/** Node's WebSocket upgrades for the app, remembering open sockets so shutdown can close them. */
export function createNodeSockets() {
  // Each open socket with a way to drop its handlers: at shutdown nothing may reach the rooms.
  const open = new Map<ChatSocket, () => void>();
  const upgrade: SocketUpgrader = (accept) =>
    upgradeWebSocket(async (c) => {
      const start = await accept(c);
      let handlers: ReturnType<typeof start> | undefined;
      let socket: ChatSocket | undefined;
      return {
        onOpen(_event, ws) {
          socket = {
            send: (text) => {
              if (ws.readyState === 1) ws.send(text);
            },
            close: (code, reason) => ws.close(code, reason),
          };
          open.set(socket, () => {
            handlers = undefined;
          });
          handlers = start(socket);
        },
        onMessage(event) {
          handlers?.onMessage(event.data);
        },
        onClose() {
          if (socket) open.delete(socket);
          handlers?.onClose();
          handlers = undefined;
        },
      };
    }) as ReturnType<SocketUpgrader>;
  return {
    upgrade,
    /** Closes every socket with "going away", so clients reconnect (to the restarted server). */
    closeAll(): void {
      for (const [socket, detach] of open) {
        detach();
        socket.close(CloseCode.goingAway, 'server restarting');
      }
      open.clear();
    },
    count: () => open.size,
  };
}
