/**
 * Holds what the server sends until the writes it may depend on are durable.
 *
 * Every socket frame and HTTP response waits behind the gate. At the end of an event-loop turn the
 * gate starts one sync (SQLite: commit, then an fdatasync of the WAL on a libuv thread) for
 * everything written so far and, when it completes, lets go of the output held before it started,
 * in order. The event loop goes on handling frames meanwhile; their output waits for a later sync,
 * which may start before the earlier ones finish. A sync covers every commit made before it started
 * (an fdatasync flushes the whole WAL file), so when a later sync completes first, it releases the
 * earlier batches too, in order, instead of leaving them behind a slow or queued one. An `ack` therefore still means "on disk", while
 * a busy moment pays one sync for all of its messages instead of one each, and the event loop
 * never blocks on the disk. Cloudflare's Durable Objects do the same for their storage and call it
 * an output gate.
 */
export interface OutputGate {
  /** Runs `deliver` after a sync that started after this call, in the order `hold` was called. */
  hold(deliver: () => void): void;
  /** Resolves once everything written before the call is durable (and earlier output delivered). */
  settled(): Promise<void>;
}

/** Syncs in flight at once: a slow one does not stop the next from starting (libuv has 4 threads). */
const MAX_SYNCS_IN_FLIGHT = 3;

/**
 * Creates a gate over a sync function (for SQLite: `db.sync`, which resolves at once when nothing
 * was written). When a sync resolves, everything written before it started must be durable,
 * including what earlier syncs still in flight are syncing. If a sync fails, nothing held is delivered and the error is thrown from the event
 * loop: acknowledging writes that may not be on disk would be a lie, and the process restarts.
 *
 * @example
 * const gate = createOutputGate(() => db.sync());
 * const send = (text: string) => gate.hold(() => ws.send(text));
 */
export function createOutputGate(sync: () => Promise<void>): OutputGate {
  let held: (() => void)[] = [];
  let scheduled = false;
  // Batches whose sync started, oldest first; each goes out once it and all before it are synced.
  const syncing: { batch: (() => void)[]; synced: boolean }[] = [];
  const start = () => {
    scheduled = false;
    if (held.length === 0 || syncing.length >= MAX_SYNCS_IN_FLIGHT) return;
    const entry = { batch: held, synced: false };
    held = [];
    syncing.push(entry);
    sync().then(
      () => {
        entry.synced = true;
        // This sync covers every batch that started before it: release them all, oldest first.
        const covered = syncing.indexOf(entry);
        for (const done of syncing.splice(0, covered + 1)) deliver(done.batch);
        schedule();
      },
      (error: unknown) =>
        setImmediate(() => {
          throw error;
        }),
    );
  };
  const schedule = () => {
    if (scheduled || held.length === 0 || syncing.length >= MAX_SYNCS_IN_FLIGHT) return;
    scheduled = true;
    // After this turn's frames are handled, so that one sync covers all of them.
    setImmediate(start);
  };
  const gate: OutputGate = {
    hold(deliver) {
      held.push(deliver);
      schedule();
    },
    settled: () => new Promise((resolve) => gate.hold(resolve)),
  };
  return gate;
}

function deliver(batch: (() => void)[]): void {
  for (const send of batch) {
    try {
      send();
    } catch (error) {
      // One failed delivery must not hold back the others; the error still surfaces.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
