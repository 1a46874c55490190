import { CloseCode, type ErrorCode, MAX_FRAME_BYTES } from '@refdesk/protocol';
import type {
  AccountStore,
  Clock,
  Directory,
  LogFields,
  Logger,
  Metrics,
} from '../core/ports/index.ts';
import type { ChatSocket } from './chat-socket.ts';
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts';
import type { RoomRegistry } from './room-registry.ts';

export interface SocketGuardDeps {
  clock: Clock;
  directory: Directory;
  rooms: RoomRegistry;
  logger: Logger;
  /** Socket refusals are counted here (default: nowhere). */
  metrics?: Metrics;
  /** Whether a responder socket's session still holds (default: none does once asked). */
  accounts?: Pick<AccountStore, 'session'>;
  /** How long a socket may stay open without `hello` (default 10 s). */
  helloTimeoutMs?: number;
}

/** Which protocol a socket speaks, for logs and metrics. */
export type SocketKind = 'patron' | 'responder';

/** Refusals a socket may earn before it is closed as abusive. */
const MAX_STRIKES = 20;

/** What every socket shares; see {@link createSocketGuard}. */
export interface SocketGuard {
  /** The frame's text, or undefined when it was refused. */
  admit(data: unknown): string | undefined;
  /** Refuses a frame with an error (logged); too many refusals close the socket (4008). */
  reject(code: ErrorCode, message: string, ref?: string, reason?: string): void;
  /** Refuses with an error and closes the socket with `closeCode`; `fields` go to the log line. */
  fail(code: ErrorCode, closeCode: number, message: string, fields?: LogFields): void;
  /** Runs a frame's work; a throw is logged and answered `internal`, never crashes the server. */
  run(ref: string, work: () => void): void;
  helloReceived(): void;
  closed(): void;
}

interface GuardState extends SocketGuard {
  deps: SocketGuardDeps;
  socket: ChatSocket;
  refuse: (code: ErrorCode, message: string, ref?: string) => void;
  limiter: RateLimiter;
  strikes: number;
  open: boolean;
  kind: SocketKind;
  helloTimer: unknown;
}

// Shared by every socket's guard, so that an idle socket costs its guard's fields, not closures.
const guardMethods: SocketGuard & ThisType<GuardState> = {
  admit(data) {
    if (!this.open) return undefined;
    if (!this.limiter.take()) {
      this.reject('rate_limited', 'Too many frames: slow down.', undefined, 'frame_rate');
      return undefined;
    }
    if (typeof data !== 'string') {
      this.reject('bad_frame', 'Frames are JSON text.', undefined, 'binary_frame');
      return undefined;
    }
    if (data.length > MAX_FRAME_BYTES * 4) {
      this.fail(
        'frame_too_large',
        CloseCode.frameTooLarge,
        `Frames are at most ${MAX_FRAME_BYTES} bytes.`,
        { reason: 'frame_too_large', chars: data.length },
      );
      return undefined;
    }
    return data;
  },
  reject(code, message, ref, reason) {
    this.refuse(code, message, ref);
    this.strikes += 1;
    logRefusal(this, code, { reason: reason ?? code, ...(ref ? { ref } : {}) });
    if (this.strikes > MAX_STRIKES && this.open) {
      this.open = false;
      logRefusal(this, 'rate_limited', {
        reason: 'too_many_refusals',
        close: CloseCode.rateLimited,
      });
      this.socket.close(CloseCode.rateLimited, 'too many refused frames');
    }
  },
  fail(code, closeCode, message, fields) {
    logRefusal(this, code, { reason: code, ...fields, close: closeCode });
    this.refuse(code, message);
    this.open = false;
    this.socket.close(closeCode, message.slice(0, 120));
  },
  run(ref, work) {
    try {
      work();
    } catch (error) {
      this.deps.logger.error('socket.frame_failed', {
        socket: this.kind,
        ...(this.socket.requestId ? { requestId: this.socket.requestId } : {}),
        ref,
        error: String(error),
      });
      this.refuse('internal', 'Something went wrong on our side; please try again.', ref);
    }
  },
  helloReceived() {
    if (this.helloTimer !== undefined) this.deps.clock.clearTimeout(this.helloTimer);
    this.helloTimer = undefined;
  },
  closed() {
    this.open = false;
    this.helloReceived();
  },
};

/** One `socket.refused` line: which socket (kind, the upgrade's request id), code, reason. */
function logRefusal(guard: GuardState, code: ErrorCode, fields: LogFields): void {
  guard.deps.metrics?.count('refdesk_refusals_total', { surface: 'socket', code });
  const level = code === 'unauthorized' || code === 'protocol_version' ? 'info' : 'warn';
  guard.deps.logger[level]('socket.refused', {
    socket: guard.kind,
    ...(guard.socket.requestId ? { requestId: guard.socket.requestId } : {}),
    code,
    strikes: guard.strikes,
    ...fields,
  });
}

/**
 * What every socket shares: text frames only, a size limit, a rate limit, a `hello` deadline,
 * strikes that close abusive sockets, and a net under room bugs so one bad client never takes
 * the server down.
 *
 * @example
 * const guard = createSocketGuard(deps, socket, refuse, { burst: 30, perSecond: 10 }, 'patron');
 * const text = guard.admit(data);
 * if (text !== undefined) guard.run('send', () => handle(text));
 */
export function createSocketGuard(
  deps: SocketGuardDeps,
  socket: ChatSocket,
  refuse: (code: ErrorCode, message: string, ref?: string) => void,
  rate: { burst: number; perSecond: number },
  kind: SocketKind,
): SocketGuard {
  const scale = socket.rateScale ?? 1;
  const guard: GuardState = Object.create(guardMethods);
  Object.assign(guard, {
    deps,
    socket,
    refuse,
    limiter: createRateLimiter(deps.clock, {
      burst: rate.burst * scale,
      perSecond: rate.perSecond * scale,
    }),
    strikes: 0,
    open: true,
    kind,
    helloTimer: undefined,
  });
  guard.helloTimer = deps.clock.setTimeout(() => {
    guard.helloTimer = undefined;
    if (guard.open) socket.close(CloseCode.helloTimeout, 'no hello');
  }, deps.helloTimeoutMs ?? 10_000);
  return guard;
}
