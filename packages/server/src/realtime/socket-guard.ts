import { CloseCode, type ErrorCode, MAX_FRAME_BYTES } from '@refdesk/protocol';
import type { Clock, Directory } from '../core/ports.ts';
import type { ChatSocket } from './chat-socket.ts';
import { createRateLimiter } from './rate-limiter.ts';
import type { RoomRegistry } from './room-registry.ts';

export interface SocketGuardDeps {
  clock: Clock;
  directory: Directory;
  rooms: RoomRegistry;
  logger: { error(message: string, data?: Record<string, unknown>): void };
  /** How long a socket may stay open without `hello` (default 10 s). */
  helloTimeoutMs?: number;
}

/** Refusals a socket may earn before it is closed as abusive. */
const MAX_STRIKES = 20;

/**
 * What every socket shares: text frames only, a size limit, a rate limit, a `hello` deadline,
 * strikes that close abusive sockets, and a net under room bugs so one bad client never takes
 * the server down.
 */
export function createSocketGuard(
  deps: SocketGuardDeps,
  socket: ChatSocket,
  refuse: (code: ErrorCode, message: string, ref?: string) => void,
  rate: { burst: number; perSecond: number },
) {
  const limiter = createRateLimiter(deps.clock, rate);
  let strikes = 0;
  let open = true;
  let helloTimer: unknown = deps.clock.setTimeout(() => {
    helloTimer = undefined;
    if (open) socket.close(CloseCode.helloTimeout, 'no hello');
  }, deps.helloTimeoutMs ?? 10_000);

  const guard = {
    /** The frame's text, or undefined when it was refused. */
    admit(data: unknown): string | undefined {
      if (!open) return undefined;
      if (!limiter.take()) {
        guard.reject('rate_limited', 'Too many frames: slow down.');
        return undefined;
      }
      if (typeof data !== 'string') {
        guard.reject('bad_frame', 'Frames are JSON text.');
        return undefined;
      }
      if (data.length > MAX_FRAME_BYTES * 4) {
        guard.fail(
          'frame_too_large',
          CloseCode.frameTooLarge,
          `Frames are at most ${MAX_FRAME_BYTES} bytes.`,
        );
        return undefined;
      }
      return data;
    },
    reject(code: ErrorCode, message: string, ref?: string): void {
      refuse(code, message, ref);
      strikes += 1;
      if (strikes > MAX_STRIKES) {
        open = false;
        socket.close(CloseCode.rateLimited, 'too many refused frames');
      }
    },
    fail(code: ErrorCode, closeCode: number, message: string): void {
      refuse(code, message);
      open = false;
      socket.close(closeCode, message.slice(0, 120));
    },
    run(ref: string, work: () => void): void {
      try {
        work();
      } catch (error) {
        deps.logger.error('socket frame failed', { ref, error: String(error) });
        refuse('internal', 'Something went wrong on our side; please try again.', ref);
      }
    },
    helloReceived(): void {
      if (helloTimer !== undefined) deps.clock.clearTimeout(helloTimer);
      helloTimer = undefined;
    },
    closed(): void {
      open = false;
      guard.helloReceived();
    },
  };
  return guard;
}
