/** The one thing realtime code knows about a WebSocket: text out, close with a code. */
export interface ChatSocket {
  send(text: string): void;
  close(code: number, reason: string): void;
}

/** What the runtime calls when the socket receives a message or closes. */
export interface SocketHandlers {
  onMessage(data: unknown): void;
  onClose(): void;
}
