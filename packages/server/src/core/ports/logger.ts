/** Structured logging, provided by the runtime (console lines on Node, Workers logs on Cloudflare). */
export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}
