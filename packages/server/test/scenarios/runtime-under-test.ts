/**
 * One cooperative, freshly seeded with the demo, served by a runtime the shared scenarios test.
 * The scenarios talk to it over real HTTP and WebSockets only, so the same test code runs against
 * Node (test/scenarios-node.test.ts) and Cloudflare in workerd (test/scenarios-cloudflare.test.ts).
 */
export interface RuntimeUnderTest {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Headers every request and socket of the test carries (Cloudflare: which object it talks to). */
  headers: Record<string, string>;
  close(): Promise<void>;
  /**
   * Drops the cooperative's memory as the platform may at any time. `close`: its sockets are
   * closed too, as after a crash or a deploy; `hibernate`: they stay open and wake it up again.
   * Only runtimes with evictable objects have it.
   */
  evict?(sockets: 'close' | 'hibernate'): Promise<void>;
}

/** Starts a fresh cooperative for one test. */
export type StartRuntime = () => Promise<RuntimeUnderTest>;
