// Signing in through the console's own sign-in page, as a librarian would.
import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'refdesk-demo';

/** A fresh browser context (its own cookies), signed in as `email`, on the desk. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${email}):`, error.message));
  await page.goto(`${baseUrl}/console/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('radiogroup', { name: 'Status' }).waitFor();
  return page;
}

/** A date `days` from today as YYYY-MM-DD. */
export function dayFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * Follows the top bar's link to a console page, opening the "Manage" menu first when the page
 * lives there, as a person would.
 */
export async function openPage(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Console' }).getByRole('link', {
    name,
    exact: true,
  });
  if (!(await link.isVisible())) {
    await page.locator('summary', { hasText: 'Manage' }).click();
  }
  await link.click();
}
