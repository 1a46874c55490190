import type { LoadState } from './load-state.ts';
import type { LoadTarget } from './load-target.ts';
import { runOpenLoop } from './open-loop.ts';
import { percentiles } from './percentiles.ts';
import type { ScenarioControl, ScenarioPlan, ScenarioResult } from './scenario.ts';

/**
 * A burst of sign-ins (scrypt: CPU, memory and libuv's thread pool, which SQLite's fdatasync
 * shares) during paced traffic: the same open loop without the burst, then with it; the window
 * with it lasts until the last sign-in is answered. Undefined for targets without sign-in.
 *
 * @example
 * const burst = await runBurstScenario(target, plan, load, control);
 */
export async function runBurstScenario(
  target: LoadTarget,
  plan: ScenarioPlan,
  load: LoadState,
  control: ScenarioControl,
): Promise<ScenarioResult['burst']> {
  const burst = target.signInBurst;
  if (plan.burst === 0 || !burst) return undefined;
  const base = { rate: plan.burstRate, warmupMs: plan.warmupMs, measureMs: plan.pointMs };
  control.progress(`burst: without`);
  const without = await runOpenLoop(load, plan.patrons, { ...base, label: 'without burst' });
  control.progress(`burst: ${plan.burst} sign-ins`);
  let signIns: { ms: number; ok: boolean }[] = [];
  const during = async () => {
    signIns = await burst(plan.burst);
  };
  const withBurst = await runOpenLoop(load, plan.patrons, { ...base, label: 'with burst', during });
  return {
    signIns: signIns.length,
    refused: signIns.filter((s) => !s.ok).length,
    signInMs: percentiles(signIns.map((s) => s.ms)),
    without,
    with: withBurst,
  };
}
