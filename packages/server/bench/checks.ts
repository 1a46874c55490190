import type { StormResult } from './reconnect-storm.ts';
import type { RoutingResult } from './routing-scenario.ts';

/** A scenario's figure held to an absolute target (the ratios compare targets; these do not). */
export interface Check {
  metric: string;
  value: number;
  /** e.g. '= 1000', '<= 0'. */
  target: string;
  met: boolean;
}

/** What the scenarios beside the targets measured, for the report and `--json`. */
export interface Scenarios {
  storm?: StormResult;
  routing?: RoutingResult;
  /** The most idle patron sockets one Refdesk process held (after hello), and what limited it. */
  idle?: { held: number; asked: number; limitedBy?: string };
}

/** Issue #18: "50,000 idle sockets in one process". */
const IDLE_TARGET = 50_000;

/**
 * The absolute targets of issue #18 that the scenarios decide: the reconnect storm has every
 * patron back with nothing lost or doubled; one process holds 50,000 idle sockets.
 *
 * @example
 * const checks = scenarioChecks({ storm });
 */
export function scenarioChecks(scenarios: Scenarios): Check[] {
  const checks: Check[] = [];
  const { storm, idle, routing } = scenarios;
  if (routing)
    checks.push({
      metric: `routing through three tiers: chats answered by the librarian meant at their tier`,
      value: routing.acceptedAtTheirTier,
      target: `= ${routing.patrons}`,
      met: routing.acceptedAtTheirTier === routing.patrons && routing.complete,
    });
  if (idle)
    checks.push({
      metric: `idle patron sockets held by one process (${idle.asked} asked)`,
      value: idle.held,
      target: `>= ${IDLE_TARGET}`,
      met: idle.held >= IDLE_TARGET,
    });
  if (storm) {
    const all = (metric: string, value: number) =>
      checks.push({ metric, value, target: `= ${storm.patrons}`, met: value === storm.patrons });
    const none = (metric: string, value: number) =>
      checks.push({ metric, value, target: '= 0', met: value === 0 });
    all('reconnect storm: patrons resumed after the restart', storm.patronsResumed);
    all('reconnect storm: chats finished after the restart', storm.finished);
    none('reconnect storm: acknowledged messages lost', storm.lost);
    none('reconnect storm: messages doubled', storm.doubled);
    none('reconnect storm: seqs out of order', storm.outOfOrder);
    none(
      'reconnect storm: chats counted differently by patron, librarian, file',
      storm.countMismatches,
    );
  }
  return checks;
}
