import type { LoadState } from './load-state.ts';
import type { LoadTarget } from './load-target.ts';
import { runOpenLoop } from './open-loop.ts';
import { percentiles } from './percentiles.ts';
import type { ScenarioControl, ScenarioPlan, ScenarioResult } from './scenario.ts';

/**
 * Widget page views during traffic: every page that embeds the widget downloads its loader
 * (`/widget.js`) from the server that carries the chats. The same open loop as the sign-in burst,
 * without and then with `pageViews` loader downloads a second for the sampled window. Undefined
 * for targets that serve no widget.
 *
 * @example
 * const views = await runPageViewScenario(target, plan, load, control);
 */
export async function runPageViewScenario(
  target: LoadTarget,
  plan: ScenarioPlan,
  load: LoadState,
  control: ScenarioControl,
): Promise<ScenarioResult['pageViews']> {
  const view = target.pageView;
  if (plan.pageViews === 0 || !view) return undefined;
  const base = { rate: plan.burstRate, warmupMs: plan.warmupMs, measureMs: plan.pointMs };
  control.progress('page views: without');
  const without = await runOpenLoop(load, plan.patrons, { ...base, label: 'without page views' });
  control.progress(`page views: ${plan.pageViews}/s`);
  const views: Promise<{ ms: number; ok: boolean; bytes: number }>[] = [];
  const during = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      let fired = 0;
      const timer = setInterval(() => {
        const due = Math.floor(((performance.now() - started) * plan.pageViews) / 1000);
        for (; fired < due; fired++) views.push(view());
        if (performance.now() - started >= plan.pointMs) {
          clearInterval(timer);
          resolve();
        }
      }, 1);
    });
  const withViews = await runOpenLoop(load, plan.patrons, {
    ...base,
    label: 'with page views',
    during,
  });
  const done = await Promise.all(views);
  return {
    rate: plan.pageViews,
    views: done.length,
    failed: done.filter((v) => !v.ok).length,
    bytes: done[0]?.bytes ?? 0,
    viewMs: percentiles(done.map((v) => v.ms)),
    without,
    with: withViews,
  };
}
