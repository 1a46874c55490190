// End to end: a library admin invites a librarian, who opens the emailed link, chooses her name
// and password and signs in; the admin disables her and her open console goes to sign-in. The
// new pages pass axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const NIA = 'nia@springfield.example';
const NIA_PASSWORD = 'three quiet reading rooms';
const SIGN_IN_HEADING = 'Sign in to the responder console';

describe.skipIf(!CHROMIUM)('people and accounts, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let cora: Page;
  let nia: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
    cora = await signIn(browser, server.url, 'cora@springfield.example');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('invites a librarian by email, and she opens an account from the link', async () => {
    await openPage(cora, 'People');
    await cora.getByRole('heading', { name: /Accounts/ }).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.getByLabel('Email').fill(NIA);
    await cora.getByRole('button', { name: 'Send invitation' }).click();
    await cora.getByText(`Invitation emailed to ${NIA}.`).waitFor();
    await cora.getByText(NIA, { exact: true }).waitFor();
    const email = server.emails.find((sent) => sent.to === NIA);
    const link = /https?:\/\/\S+\/console\/invitation#\S+/.exec(email?.text ?? '')?.[0];
    expect(link).toMatch(new RegExp(`^${server.url}/console/invitation#`));

    nia = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await nia.goto(link ?? '');
    await nia.getByText(/You are invited to Springfield Public Library as librarian/).waitFor();
    expect(new URL(nia.url()).hash).toBe('');
    expect(await accessibilityViolations(nia)).toEqual([]);
    await nia.getByLabel('Your name, as patrons and colleagues see it').fill('Nia Novak');
    await nia.getByLabel('New password', { exact: true }).fill(NIA_PASSWORD);
    await nia.getByLabel('New password again').fill(NIA_PASSWORD);
    await nia.getByRole('button', { name: 'Create my account' }).click();
    await nia.getByRole('heading', { name: SIGN_IN_HEADING }).waitFor();
    await nia.getByLabel('Email').fill(NIA);
    await nia.getByLabel('Password').fill(NIA_PASSWORD);
    await nia.getByRole('button', { name: 'Sign in' }).click();
    await nia.getByRole('radiogroup', { name: 'Status' }).waitFor();
  });

  it('disables her: her open console goes to sign-in and she cannot sign in again', async () => {
    await cora.getByRole('link', { name: 'Desk' }).click();
    await openPage(cora, 'People');
    await cora.getByRole('button', { name: 'Disable Nia Novak' }).click();
    await cora.getByText('Nia Novak is disabled and signed out everywhere.').waitFor();
    await cora.getByText(`Cora Chen disabled ${NIA}`).waitFor();

    const signInHeading = nia.getByRole('heading', { name: SIGN_IN_HEADING });
    // Her socket is closed by the server; before that lands, her next request is refused too.
    if (!(await signInHeading.isVisible())) {
      await nia.locator('summary', { hasText: 'Nia Novak' }).click();
      await nia.getByRole('link', { name: 'Your account' }).click();
    }
    await signInHeading.waitFor();
    await nia.getByText('Your session ended. Please sign in again.').waitFor();
    await nia.getByLabel('Email').fill(NIA);
    await nia.getByLabel('Password').fill(NIA_PASSWORD);
    await nia.getByRole('button', { name: 'Sign in' }).click();
    await nia
      .getByRole('alert')
      .getByText(/This account is disabled/)
      .waitFor();
  });

  it('offers "Forgot password?" and a reset page that pass axe', async () => {
    await nia.getByRole('link', { name: 'Forgot password?' }).click();
    await nia.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(await accessibilityViolations(nia)).toEqual([]);
    await nia.getByLabel('Email').fill('ana@springfield.example');
    await nia.getByRole('button', { name: 'Email me a link' }).click();
    await nia
      .getByRole('status')
      .getByText(/If ana@springfield.example has a Refdesk account/)
      .waitFor();
    await expect
      .poll(() => server.emails.some((sent) => sent.to === 'ana@springfield.example'))
      .toBe(true);
    const text = server.emails.find((sent) => sent.to === 'ana@springfield.example')?.text ?? '';
    await nia.goto(/https?:\/\/\S+\/console\/reset-password#\S+/.exec(text)?.[0] ?? '');
    await nia.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await accessibilityViolations(nia)).toEqual([]);
  });

  it('shows everyone their account page, with their sessions', async () => {
    await cora.locator('summary', { hasText: 'Cora Chen' }).click();
    await cora.getByRole('link', { name: 'Your account' }).click();
    await cora.getByText('This browser').waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
  });
});
