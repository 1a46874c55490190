// End to end: a patron leaves a question at night; Springfield's librarian sees the follow-ups
// badge, the acknowledgement and digest go out, and the promise shows on the follow-up; when it
// passes, the coordinator finds it in the cooperative pool's overdue filter. The pool passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const DAY = 24 * 60 * 60 * 1000;
const QUESTION = 'Do you keep the 1911 Springfield city directory?';

/** The real clock, moved forward on demand: the server sees days pass in a second. */
function createShiftedClock() {
  let shift = 0;
  return {
    now: () => Date.now() + shift,
    setTimeout: (callback: () => void, delayMs: number) => setTimeout(callback, delayMs),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    forward(ms: number) {
      shift += ms;
    },
  };
}

describe.skipIf(!CHROMIUM)('follow-up duties, in Chromium', { timeout: 60_000 }, () => {
  const clock = createShiftedClock();
  let server: ConsoleServer;
  let browser: Browser;
  let ana: Page;

  beforeAll(async () => {
    server = await startConsoleServer({ clock });
    browser = await launchChromium();
    ana = await signIn(browser, server.url, 'ana@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows Springfield staff a badge for an offline question, and its promise in the queue', async () => {
    const asked = await fetch(`${server.url}/api/libraries/springfield/offline-questions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ question: QUESTION, email: 'kim@example.org' }),
    });
    expect(asked.status).toBe(201);
    const followUps = ana.getByRole('link', { name: /^Follow-ups/ });
    await ana.getByRole('link', { name: 'Follow-ups 1 new' }).waitFor({ timeout: 20_000 });
    const acknowledgement = server.emails.find((email) => email.to === 'kim@example.org');
    expect(acknowledgement?.subject).toBe(
      'We received your question to Springfield Public Library',
    );
    expect(acknowledgement?.text).toMatch(/will answer you by/);

    await followUps.click();
    await ana.getByRole('heading', { name: 'Follow-ups', level: 1 }).waitFor();
    const item = ana.getByRole('listitem').filter({ hasText: QUESTION });
    await item.getByText(/^Answer by /).waitFor();
    await ana.getByRole('link', { name: 'Follow-ups', exact: true }).waitFor();
    expect(await accessibilityViolations(ana)).toEqual([]);
  });

  it('lists the follow-up as overdue in the coordinator’s pool once its promise has passed', async () => {
    clock.forward(10 * DAY);
    const dev = await signIn(browser, server.url, 'dev@coop.example');
    await openPage(dev, 'Cooperative pool');
    await dev.getByRole('heading', { name: 'Cooperative pool' }).waitFor();
    await dev.getByLabel('Overdue only').check();
    const item = dev.getByRole('listitem').filter({ hasText: QUESTION });
    await item.getByText(/^Overdue since /).waitFor();
    await item.getByText('Springfield Public Library').waitFor();
    expect(await accessibilityViolations(dev)).toEqual([]);
    await dev.getByLabel('Library').selectOption({ label: 'Shelbyville Public Library' });
    await dev.getByText('No follow-up matches these filters.').waitFor();
  });
});
