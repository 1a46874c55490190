import { refusalScenarios } from './refusal-scenarios.ts';
import { resumeScenarios } from './resume-scenarios.ts';
import { routingScenarios } from './routing-scenarios.ts';
import type { StartRuntime } from './runtime-under-test.ts';
import { sessionScenarios } from './session-scenarios.ts';

/**
 * Every scenario that each runtime must pass: routing, the accept race, resuming, refusals,
 * sessions. Evictions are Cloudflare's alone (evictionScenarios); on Node, a crash is the
 * analogue, tested by test/crash-and-restart.test.ts.
 *
 * @example
 * runSharedScenarios(startNodeRuntime);
 */
export function runSharedScenarios(start: StartRuntime, options: { timeout?: number } = {}): void {
  routingScenarios(start, options);
  resumeScenarios(start, options);
  refusalScenarios(start, options);
  sessionScenarios(start, options);
}
