/** What a TCP socket offers to batch writes: Node's net.Socket. */
interface Corkable {
  cork(): void;
  uncork(): void;
}

const corked = new Set<Corkable>();
const uncorkAll = () => {
  for (const socket of corked) socket.uncork();
  corked.clear();
};

/**
 * Corks the TCP socket under a `ws` WebSocket until the current batch of deliveries ends (a
 * microtask later), so every frame it gets in the batch (an ack and the echo of the message; the
 * offers of several chats) leaves in one write instead of one each. `ws` has no public way to do
 * this and keeps its socket in `_socket`; without one, nothing happens.
 *
 * @example
 * corkForBatch(ws.raw);
 * ws.send(text);
 */
export function corkForBatch(webSocket: unknown): void {
  const socket = (webSocket as { _socket?: Corkable | null } | undefined)?._socket;
  if (!socket || corked.has(socket)) return;
  socket.cork();
  corked.add(socket);
  if (corked.size === 1) queueMicrotask(uncorkAll);
}
