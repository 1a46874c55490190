/** A listener for one event type. */
export type Listener<T> = (payload: T) => void;

/** A small typed event emitter: `on` returns the function that removes the listener. */
export interface Emitter<E> {
  on<K extends keyof E>(type: K, listener: Listener<E[K]>): () => void;
  off<K extends keyof E>(type: K, listener: Listener<E[K]>): void;
  emit<K extends keyof E>(type: K, payload: E[K]): void;
}

/**
 * Creates a typed event emitter. A listener that throws does not stop the others, nor the client
 * in the middle of a frame: its error goes to the console.
 *
 * @example
 * const events = createEmitter<{ unread: { count: number } }>();
 * const stop = events.on('unread', ({ count }) => console.log(count));
 * events.emit('unread', { count: 2 });
 * stop();
 */
export function createEmitter<E>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<Listener<never>>>();
  const off = <K extends keyof E>(type: K, listener: Listener<E[K]>): void => {
    listeners.get(type)?.delete(listener as Listener<never>);
  };
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set.add(listener as Listener<never>));
      return () => off(type, listener);
    },
    off,
    emit(type, payload) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as Listener<E[typeof type]>)(payload);
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
