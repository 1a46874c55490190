import type { Clock } from '../core/ports/index.ts';

/** How many sockets one network address may hold, and how fast it may open new ones. */
export interface ConnectionLimits {
  /** Sockets open at once from one address (a library's NAT puts many patrons behind one). */
  maxOpen: number;
  /** New sockets an address may open at once (a reconnect wave after a restart)... */
  burst: number;
  /** ...and per second after that. */
  perSecond: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxOpen: 256,
  burst: 64,
  perSecond: 16,
};

/** Why a socket was refused at the door (logged with close code 4008). */
export type ConnectionRefusal = 'too_many_open' | 'too_fast';

export interface ConnectionLimiter {
  /** Counts a new socket from `address`; false (nothing counted) when the address is over a limit. */
  admit(address: string): boolean;
  /** A socket that `admit` let in has closed. */
  release(address: string): void;
  /** Why `admit` just refused `address`: too many sockets open, or opening them too fast. */
  refusal(address: string): ConnectionRefusal;
  /** Addresses currently tracked (tests, metrics). */
  size(): number;
}

interface AddressState {
  open: number;
  tokens: number;
  last: number;
}

/** Beyond this many addresses, idle ones (nothing open, bucket refilled) are forgotten. */
const SWEEP_AT = 10_000;

/**
 * Limits sockets per client address: a token bucket for new connections and a cap on open ones,
 * so one address cannot exhaust the server's sockets. Runtime-free: the runtime passes the address
 * it saw. Memory stays bounded: addresses with nothing open and a full bucket are dropped.
 *
 * @example
 * const limiter = createConnectionLimiter(clock);
 * if (!limiter.admit(address)) return refuse(CloseCode.rateLimited);
 * socket.onclose = () => limiter.release(address);
 */
export function createConnectionLimiter(
  clock: Clock,
  limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): ConnectionLimiter {
  const addresses = new Map<string, AddressState>();
  const refill = (state: AddressState, now: number) => {
    state.tokens = Math.min(
      limits.burst,
      state.tokens + ((now - state.last) / 1000) * limits.perSecond,
    );
    state.last = now;
  };
  const sweep = (now: number) => {
    for (const [address, state] of addresses) {
      refill(state, now);
      if (state.open === 0 && state.tokens >= limits.burst) addresses.delete(address);
    }
  };
  return {
    admit(address) {
      const now = clock.now();
      let state = addresses.get(address);
      if (!state) {
        if (addresses.size >= SWEEP_AT) sweep(now);
        state = { open: 0, tokens: limits.burst, last: now };
        addresses.set(address, state);
      }
      refill(state, now);
      if (state.open >= limits.maxOpen || state.tokens < 1) return false;
      state.tokens -= 1;
      state.open += 1;
      return true;
    },
    release(address) {
      const state = addresses.get(address);
      if (state && state.open > 0) state.open -= 1;
    },
    refusal: (address) =>
      (addresses.get(address)?.open ?? 0) >= limits.maxOpen ? 'too_many_open' : 'too_fast',
    size: () => addresses.size,
  };
}
