// End to end: a library admin books a librarian's weekly shift, the coverage grid shows it, the
// librarian downloads their shifts as iCalendar, and a closure takes the library off the grid.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const ZONE = 'America/Chicago';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Today in the cooperative's zone: its date and weekday. */
function today() {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(Date.now());
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const heading = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return { date, weekday, heading, compact: date.replaceAll('-', '') };
}

/** The grid cell of today's column in the 10:00 row. */
async function todayAtTen(page: Page) {
  const grid = page.getByRole('table', { name: /^Coverage from/ });
  const headings = await grid.locator('thead th').allTextContents();
  const column = headings.indexOf(today().heading);
  expect(column).toBeGreaterThan(0);
  return grid
    .getByRole('row', { name: /^10:00/ })
    .locator('td')
    .nth(column - 1);
}

describe.skipIf(!CHROMIUM)('schedules, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let cora: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    cora = await signIn(browser, server.url, 'cora@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('books Ana’s weekly shift, which the grid shows in its slot', async () => {
    await openPage(cora, 'Schedules');
    await cora.getByRole('heading', { name: 'Coverage grid' }).waitFor();
    expect(await (await todayAtTen(cora)).textContent()).not.toContain('Springfield');
    const form = cora.getByRole('form', { name: 'Book a shift' });
    await form
      .getByLabel('Librarian')
      .selectOption({ label: 'Ana Alvarez (Springfield Public Library)' });
    await form.getByLabel('Repeats').selectOption('weekly');
    await form.getByLabel('Day').selectOption({ label: WEEKDAYS[today().weekday] ?? '' });
    await form.getByLabel('Starts (library time)').fill('10:00');
    await form.getByLabel('Ends').fill('12:00');
    await form.getByRole('button', { name: 'Book shift' }).click();
    await cora.getByText('Shift booked for Ana Alvarez.').waitFor();
    await expect
      .poll(async () => (await todayAtTen(cora)).textContent())
      .toContain('Springfield Public Library');
    expect(await (await todayAtTen(cora)).getAttribute('title')).toBe('Ana Alvarez');
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  it('lets Ana see her shift and download it as an iCalendar file', async () => {
    const ana = await signIn(browser, server.url, 'ana@springfield.example');
    await openPage(ana, 'Schedules');
    const mine = ana.getByRole('region', { name: 'My shifts' });
    await mine.getByText(`Every ${WEEKDAYS[today().weekday]}, 10:00–12:00`).waitFor();
    const [download] = await Promise.all([
      ana.waitForEvent('download'),
      mine.getByRole('link', { name: 'Download my shifts (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('refdesk-shifts.ics');
    const ics = await readFile((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`DTSTART;TZID=${ZONE}:${today().compact}T100000`);
    expect(ics).toContain('RRULE:FREQ=WEEKLY');
    expect(ics).toContain('SUMMARY:Refdesk shift: Springfield Public Library');
    await ana.context().close();
  });

  it('takes Springfield off the grid for the day it is closed', async () => {
    const form = cora.getByRole('form', { name: 'Add a closure' });
    await form.getByLabel('First day').fill(today().date);
    await form.getByLabel('Reason').fill('Staff training');
    await form.getByRole('button', { name: 'Add closure' }).click();
    await cora.getByText('Closure added.').waitFor();
    await cora.getByText(/Springfield Public Library: .* \(Staff training\)/).waitFor();
    await expect
      .poll(async () => (await todayAtTen(cora)).textContent())
      .not.toContain('Springfield');
    expect(await (await todayAtTen(cora)).getAttribute('class')).toBe('grid-gap');
  });
});
