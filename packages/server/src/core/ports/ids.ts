/** Randomness, injected: ids and secrets. */
export interface IdGenerator {
  /** A new opaque id with a readable prefix, e.g. `chat_3kf9...`. */
  id(prefix: string): string;
  /** A secret of at least 128 bits, URL-safe. */
  secret(): string;
}
