// Runs IBM's accessibility-checker-engine (ace.js) inside a page and returns its violations, in
// a form a failed assertion can show: a second opinion beside axe-core, written by other people.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const aceSource = readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
);

/**
 * IBM's own guideline: WCAG 2.2 A and AA plus IBM's requirements (EN 301 549, US 508), the
 * strictest set the engine ships.
 */
const GUIDELINE = 'IBM_Accessibility';

/**
 * Findings of one rule on one kind of element that are wrong, each with why; the rule still runs
 * everywhere else. Add one only when the rule is wrong about the markup, not merely inconvenient.
 */
const FALSE_POSITIVES: { ruleId: string; why: string; matches(snippet: string): boolean }[] = [
  {
    ruleId: 'input_autocomplete_valid',
    why:
      'The sign-in email field is the account name, so it says autocomplete="username" for ' +
      'password managers to pair the saved password with it. IBM allows only "email" on an email ' +
      'field; axe-core accepts "username" there (its autocomplete-appropriate check).',
    matches: (snippet) => snippet.includes('type="email"') && snippet.includes('"username"'),
  },
  {
    ruleId: 'element_tabbable_role_valid',
    why:
      'A chat log is a tab stop so a keyboard user can scroll it (axe requires it: ' +
      'scrollable-region-focusable). IBM exempts an element that scrolls, and flags the log ' +
      'only while the chat is still too short to scroll.',
    matches: (snippet) => snippet.includes('role="log"'),
  },
];

export interface IbmViolation {
  ruleId: string;
  message: string;
  /** The element's XPath (through shadow roots) and its opening tag. */
  path: string;
  snippet: string;
}

/** The engine's definite failures (`['VIOLATION', 'FAIL']`, its report level `violation`) against the page as it is now. */
export async function ibmViolations(page: Page): Promise<IbmViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the console's CSP allows no
  // inline script, and a test must not need it to.
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(aceSource);
  const results = await page.evaluate(async (guideline) => {
    const ace = (window as unknown as { ace: { Checker: new () => AceChecker } }).ace;
    const report = await new ace.Checker().check(document, [guideline]);
    return report.results
      .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
      .map((result) => ({
        ruleId: result.ruleId,
        message: result.message,
        path: result.path.dom,
        snippet: result.snippet,
      }));
  }, GUIDELINE);
  return results.filter(
    (result) =>
      !FALSE_POSITIVES.some((f) => f.ruleId === result.ruleId && f.matches(result.snippet)),
  );
}

interface AceChecker {
  check(
    root: Document,
    guidelines: string[],
  ): Promise<{
    results: {
      ruleId: string;
      /** [kind of rule, outcome], e.g. ['VIOLATION', 'FAIL'] or ['RECOMMENDATION', 'POTENTIAL']. */
      value: [string, string];
      message: string;
      path: { dom: string };
      snippet: string;
    }[];
  }>;
}
