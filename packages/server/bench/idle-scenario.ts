import type { LoadTarget, PatronClient } from './load-target.ts';
import type { ScenarioControl } from './scenario.ts';

export interface IdleResult {
  /** Patron sockets open (hello answered) when the server's memory was read. */
  connections: number;
  seconds: number;
  /** Why fewer than asked were opened (e.g. the open-files limit), if so. */
  limitedBy?: string;
}

/**
 * Opens `count` patron sockets that say hello and then stay idle, with the server's memory read
 * (after a full GC) before and after.
 *
 * @example
 * const result = await runIdleScenario(target, 10_000, control);
 */
export async function runIdleScenario(
  target: LoadTarget,
  count: number,
  control: ScenarioControl,
): Promise<IdleResult> {
  const clients: PatronClient[] = [];
  const ignore = { assigned: () => undefined, reply: () => undefined };
  await control.checkpoint('empty', true);
  const started = performance.now();
  const ticker = setInterval(() => control.progress(`idle ${clients.length}/${count}`), 250);
  let limitedBy: string | undefined;
  let next = 0;
  const lane = async () => {
    while (limitedBy === undefined && next < count) {
      const index = next++;
      try {
        clients.push(await target.connectPatron(index, ignore));
      } catch (error) {
        limitedBy ??= `socket ${index + 1} failed: ${String(error)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: 200 }, lane));
  clearInterval(ticker);
  const seconds = (performance.now() - started) / 1000;
  await control.checkpoint('idle', true);
  for (const client of clients) client.close();
  const result: IdleResult = { connections: clients.length, seconds };
  if (limitedBy !== undefined) result.limitedBy = limitedBy;
  return result;
}
