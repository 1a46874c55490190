// The one accessibility check of the browser tests: two independent engines, axe-core (Deque) and
// IBM's accessibility-checker-engine, against the page as it is now.
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { ibmViolations } from './ibm-checker.ts';

/**
 * Every violation either engine finds, one line each, naming the engine, the rule and the element;
 * an empty list when the page passes both.
 *
 * @example
 * expect(await accessibilityViolations(page)).toEqual([]);
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const axe = await axeViolations(page);
  const ibm = await ibmViolations(page);
  return [
    ...axe.map((v) => `axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`),
    ...ibm.map((v) => `ibm ${v.ruleId}: ${v.message} at ${v.path} ${v.snippet}`),
  ];
}
