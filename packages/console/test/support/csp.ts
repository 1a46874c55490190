// Collects the Content-Security-Policy violations a page reports, from its first script on.
import type { Page } from 'playwright-core';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

/**
 * Starts recording `securitypolicyviolation` events in every document the page loads (call it
 * before `goto`); `cspViolations` reads what was recorded so far.
 *
 * @example
 * await recordCspViolations(page);
 * await page.goto(url);
 * expect(await cspViolations(page)).toEqual([]);
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? [],
  );
}
