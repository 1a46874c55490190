// End to end, the schedules' "done when": the coordinator sets the hours two libraries owe,
// Springfield's admin books Ana's weekly shift, Ana gives one up, Cora claims it and the grid
// shows no gap; Ben misses his shift, a make-up is owed (console badge, email to the backups)
// and the hours report counts it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const ZONE = 'America/Chicago';
const MINUTE = 60_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The real clock, moved forward on demand: the server sees minutes pass at once. */
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

/** An instant's local date, weekday, time and grid heading in the cooperative's zone. */
function local(at: number) {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  const heading = noon.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return { date, time, weekday: noon.getUTCDay(), heading };
}

async function openSchedules(page: Page, url: string) {
  await page.goto(`${url}/console/schedules`);
  await page.getByRole('heading', { name: 'Coverage grid' }).waitFor();
}

describe.skipIf(!CHROMIUM)('claims and missed shifts, in Chromium', { timeout: 90_000 }, () => {
  const clock = createShiftedClock();
  let server: ConsoleServer;
  let browser: Browser;
  let dev: Page;
  let cora: Page;
  const tomorrow = local(Date.now() + 24 * 60 * MINUTE);

  beforeAll(async () => {
    server = await startConsoleServer({ clock });
    browser = await launchChromium();
    dev = await signIn(browser, server.url, 'dev@coop.example');
    cora = await signIn(browser, server.url, 'cora@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the coordinator set the hours Springfield and Shelbyville owe', async () => {
    await openSchedules(dev, server.url);
    for (const [library, hours] of [
      ['Springfield Public Library', '10'],
      ['Shelbyville Public Library', '6'],
    ] as const) {
      await dev.getByLabel(`Hours owed by ${library}`).fill(hours);
      await dev
        .getByRole('row', { name: new RegExp(library) })
        .getByRole('button', { name: 'Save' })
        .click();
      await dev.getByText(`Hours saved for ${library}.`).waitFor();
    }
    const hours = dev.getByRole('region', { name: 'Hours owed' });
    await expect
      .poll(() => hours.getByRole('row', { name: /Shelbyville/ }).innerText())
      .toMatch(/^Shelbyville Public Library\s+6 h/);
  });

  it('shows the grid without a gap once Cora claims the shift Ana gave up', async () => {
    await openSchedules(cora, server.url);
    const form = cora.getByRole('form', { name: 'Book a shift' });
    await form
      .getByLabel('Librarian')
      .selectOption({ label: 'Ana Alvarez (Springfield Public Library)' });
    await form.getByLabel('Day').selectOption({ label: WEEKDAYS[tomorrow.weekday] ?? '' });
    await form.getByLabel('Starts (library time)').fill('10:00');
    await form.getByLabel('Ends').fill('12:00');
    await form.getByRole('button', { name: 'Book shift' }).click();
    await cora.getByText('Shift booked for Ana Alvarez.').waitFor();

    const ana = await signIn(browser, server.url, 'ana@springfield.example');
    await openSchedules(ana, server.url);
    const coming = ana.getByRole('region', { name: 'My coming shifts' });
    await coming.getByRole('button', { name: 'Give up' }).first().click();
    await ana.getByText(/Shift offered to the pool/).waitFor();
    await coming.getByText(/offered to the pool/).waitFor();
    expect(await accessibilityViolations(ana)).toEqual([]);
    await ana.context().close();

    await openSchedules(cora, server.url);
    const offer = cora
      .getByRole('region', { name: 'Open shifts' })
      .getByRole('listitem')
      .filter({ hasText: 'Ana Alvarez offers' });
    await offer.getByRole('button', { name: 'Claim' }).click();
    await cora.getByText('Shift claimed: it is yours now.').waitFor();
    await cora
      .getByRole('region', { name: 'My coming shifts' })
      .getByText(/\(from Ana Alvarez\)/)
      .waitFor();
    const history = cora.getByRole('table', { name: 'Give-ups and swaps' });
    await history
      .getByRole('row', { name: /Give-up Ana Alvarez Cora Chen claimed Cora Chen/ })
      .waitFor();

    const grid = cora.getByRole('table', { name: /^Coverage from/ });
    if (tomorrow.weekday === 0) await cora.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => grid.locator('thead th').allTextContents()).toContain(tomorrow.heading);
    const column = (await grid.locator('thead th').allTextContents()).indexOf(tomorrow.heading);
    const cell = grid
      .getByRole('row', { name: /^10:00/ })
      .locator('td')
      .nth(column - 1);
    await expect.poll(() => cell.getAttribute('title')).toBe('Cora Chen');
    expect(await cell.getAttribute('class')).toBe('grid-staffed');
    expect(await accessibilityViolations(cora)).toEqual([]);
  });

  it('owes a make-up for the shift Ben missed, tells the backups, and reports it', async () => {
    await openSchedules(dev, server.url);
    const settings = dev.getByRole('form', { name: 'Swaps and backups' });
    await settings
      .getByLabel('Library', { exact: true })
      .selectOption({ label: 'Shelbyville Public Library' });
    await settings.getByLabel('Cora Chen (Springfield Public Library)').check();
    await settings.getByRole('button', { name: 'Save swaps and backups' }).click();
    await dev.getByText('Swap approval and backups saved.').waitFor();

    // Ben's one-off shift from the next half hour, for an hour.
    const startsAt = Math.ceil((clock.now() + MINUTE) / (30 * MINUTE)) * 30 * MINUTE;
    const start = local(startsAt);
    const form = dev.getByRole('form', { name: 'Book a shift' });
    await form
      .getByLabel('Librarian')
      .selectOption({ label: 'Ben Brooks (Shelbyville Public Library)' });
    await form.getByLabel('Repeats').selectOption('once');
    await form.getByLabel('Date').fill(start.date);
    await form.getByLabel('Starts (library time)').fill(start.time);
    await form.getByLabel('Ends').fill(local(startsAt + 60 * MINUTE).time);
    await form.getByRole('button', { name: 'Book shift' }).click();
    await dev.getByText('Shift booked for Ben Brooks.').waitFor();

    clock.forward(startsAt + 11 * MINUTE - clock.now());
    // Anything the room hears re-arms its timer on the moved clock: the coordinator signs in again.
    const later = await signIn(browser, server.url, 'dev@coop.example');
    // Recorded at start + 10 minutes, and the backups emailed (Cora, for Shelbyville).
    const toCora = () => server.emails.find((e) => e.to === 'cora@springfield.example');
    await expect.poll(toCora, { timeout: 20_000 }).toBeDefined();
    expect(toCora()?.subject).toBe('Missed shift: Ben Brooks, Shelbyville Public Library');
    await openSchedules(later, server.url);
    const missed = later.getByRole('region', { name: 'Missed shifts' });
    await missed.getByText(/Ben Brooks \(Shelbyville Public Library\), .*: make-up owed/).waitFor();
    await later.getByRole('link', { name: 'Schedules 1 new' }).waitFor();

    await later.getByRole('link', { name: 'Reports' }).click();
    const report = later.getByRole('region', { name: 'hours staffed' }).getByRole('table');
    const ben = report.getByRole('row').filter({ hasText: 'Ben Brooks' });
    await ben.waitFor();
    const headings = await report.locator('thead th').allTextContents();
    const makeUps = headings.indexOf('make ups owed');
    expect(makeUps).toBeGreaterThan(0);
    // The row's first cell is its heading (the library): the data cells start at the second.
    await expect(
      ben
        .locator('td')
        .nth(makeUps - 1)
        .textContent(),
    ).resolves.toBe('1');
    const ana = report.getByRole('row').filter({ hasText: 'Ana Alvarez' });
    await expect(
      ana
        .locator('td')
        .nth(makeUps - 1)
        .textContent(),
    ).resolves.toBe('0');

    // Booking a make-up against it clears what Ben owes.
    await openSchedules(later, server.url);
    const form2 = later.getByRole('form', { name: 'Book a shift' });
    await form2
      .getByLabel('Librarian')
      .selectOption({ label: 'Ben Brooks (Shelbyville Public Library)' });
    await form2.getByLabel('Repeats').selectOption('once');
    await form2.getByLabel('Date').fill(tomorrow.date);
    await form2.getByLabel('Starts (library time)').fill('14:00');
    await form2.getByLabel('Ends').fill('15:00');
    await form2.getByLabel('Make-up for').selectOption({ index: 1 });
    await form2.getByRole('button', { name: 'Book shift' }).click();
    await later.getByText('Shift booked for Ben Brooks.').waitFor();
    await missed.getByText(/Ben Brooks .*: made up/).waitFor();
    await later.context().close();
  });
});
