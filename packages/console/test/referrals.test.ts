// End to end, with email over a real SMTP server: Ben (Shelbyville, covering the cooperative)
// asks a Springfield patron whether their email may go with a referral, the patron agrees in the
// chat, and the outside library receives the referral with it; Cora sees the consent and the
// delivery on Springfield's follow-up. Ben refers a second question to Shelbyville, whose admin
// is told (badge and digest email) and accepts it; Springfield sees the referral accepted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryId, ResponderId } from '@refdesk/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNodeMailer,
  type NodeMailer,
  readMailSettings,
} from '../../server/src/runtime/node/mailer.ts';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import type { Stores } from '../../server/src/storage/open-storage.ts';
import { type SmtpSink, startSmtpSink } from '../../server/test/support/smtp-sink.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { DEMO_PASSWORD, dayFromNow, signIn } from './support/console-page.ts';
import { openPatron, type Patron } from './support/patron.ts';

const OUTSIDE = 'ask@state-archive.example';
const FIRST = 'Where are the 1850 state census schedules kept?';
const SECOND = 'Do you have the Shelbyville founders’ letters?';
const quiet = { info: () => undefined, error: () => undefined };
const plain = {
  hash: async (password: string) => `plain:${password}`,
  verify: async (password: string, stored: string) => stored === `plain:${password}`,
};

describe.skipIf(!CHROMIUM)('referrals with consent, in Chromium', { timeout: 60_000 }, () => {
  let sink: SmtpSink;
  let mailer: NodeMailer;
  let server: RunningServer;
  let stores: Stores | undefined;
  let browser: Browser;
  let ben: Page;
  const patrons: Patron[] = [];

  beforeAll(async () => {
    if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.html'))) {
      const { build } = await import('vite');
      await build({ root: join(import.meta.dirname, '..'), logLevel: 'warn' });
    }
    sink = await startSmtpSink();
    mailer = createNodeMailer(
      readMailSettings({ SMTP_URL: sink.url, MAIL_FROM: 'Refdesk <refdesk@localhost>' }),
      quiet,
    );
    server = await startNodeServer({
      port: 0,
      host: '127.0.0.1',
      dataPath: ':memory:',
      seed: true,
      logger: quiet,
      passwords: plain,
      mailer,
      check: (opened) => {
        stores = opened;
      },
    });
    // Shelbyville's admin, beside Ben.
    stores?.accounts.insertAccount({
      responder: {
        id: 'demo-sam' as ResponderId,
        libraryId: 'shelbyville' as LibraryId,
        email: 'sam@shelbyville.example',
        displayName: 'Sam Shah',
        roles: ['library_admin', 'librarian'],
        maxChats: 3,
      },
      passwordHash: `plain:${DEMO_PASSWORD}`,
    });
    browser = await launchChromium();
    ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
  }, 60_000);
  afterAll(async () => {
    for (const patron of patrons) patron.close();
    await browser?.close();
    await server?.close();
    mailer?.close();
    await sink?.close();
  });

  /** A Springfield patron asks; Ben accepts the offer. */
  async function benTakes(question: string, email: string): Promise<Patron> {
    const patron = await openPatron(server.url, 'springfield');
    patrons.push(patron);
    patron.send({ type: 'ask', clientMessageId: `ask-${patrons.length}`, question, email });
    const offer = ben.getByRole('listitem').filter({ hasText: question });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await patron.next('assigned');
    return patron;
  }

  async function endWithReferral(fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
    await ben.getByRole('button', { name: 'End chat' }).click();
    const dialog = ben.getByRole('dialog', { name: 'End chat' });
    await dialog.getByLabel('Referred').check();
    await fill(dialog);
    await dialog.getByLabel('Deadline').fill(dayFromNow(7));
    await dialog.getByRole('button', { name: 'End chat' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('asks the patron in the chat, who agrees, and emails the outside library with their email', async () => {
    const patron = await benTakes(FIRST, 'pat@example.org');
    await ben.getByRole('button', { name: 'Ask to share email' }).click();
    const asked = await patron.next(
      'message',
      (f) => f.authorRole === 'system' && String(f.text).includes('Reply YES or NO'),
    );
    expect(asked.text).toMatch(
      /^Ben Brooks would like to pass your question .* Reply YES or NO\.$/,
    );
    patron.send({ type: 'send', clientMessageId: 'yes-1', text: 'Yes' });
    const log = ben.getByRole('log', { name: 'Conversation' });
    await log.getByText('Thank you: your email will be passed on with your question.').waitFor();

    await endWithReferral(async (dialog) => {
      await dialog.getByLabel('An outside email address').check();
      await dialog.getByLabel('Email address', { exact: true }).fill(OUTSIDE);
    });
    const mail = await sink.next((m) => m.envelopeTo.includes(OUTSIDE));
    expect(mail.headers.subject).toBe(`Referral from Springfield Public Library: ${FIRST}`);
    expect(mail.headers.from).toMatch(/^"?Demo Public Cooperative"? <refdesk@localhost>$/);
    expect(mail.headers['reply-to']).toContain('cora@springfield.example');
    expect(mail.text).toContain('answer them directly at pat@example.org');
  });

  it('shows Springfield the patron’s consent and the referral email as sent', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.goto(`${server.url}/console/follow-ups`);
    await cora.getByRole('listitem').filter({ hasText: FIRST }).getByRole('link').click();
    const detail = cora.getByRole('region', { name: 'Follow-up' });
    await detail.getByText('Agreed to have their email passed on', { exact: false }).waitFor();
    await detail
      .getByText(`Sent to ${OUTSIDE}`, { exact: false })
      .filter({ hasText: 'with the patron’s email, by their consent' })
      .waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.context().close();
  });

  it('refers a second question to Shelbyville, whose admin is told and accepts it', async () => {
    await benTakes(SECOND, 'lee@example.org');
    await endWithReferral(async (dialog) => {
      await dialog.getByLabel('A member library').check();
      await dialog
        .getByLabel('Library', { exact: true })
        .selectOption({ label: 'Shelbyville Public Library' });
    });
    const digest = await sink.next(
      (m) =>
        m.envelopeTo.includes('sam@shelbyville.example') &&
        (m.headers.subject ?? '').startsWith('Shelbyville Public Library:'),
    );
    expect(digest.text).toContain(`Referral: ${SECOND}`);

    const sam = await signIn(browser, server.url, 'sam@shelbyville.example');
    await sam.getByRole('link', { name: 'Follow-ups 1 new' }).waitFor({ timeout: 20_000 });
    await sam.getByRole('link', { name: /^Follow-ups/ }).click();
    await sam.getByRole('listitem').filter({ hasText: SECOND }).getByRole('link').click();
    const detail = sam.getByRole('region', { name: 'Follow-up' });
    await detail
      .getByRole('heading', { name: 'Referral from Springfield Public Library' })
      .waitFor();
    expect(await accessibilityViolations(sam)).toEqual([]);
    await detail.getByRole('button', { name: 'Accept referral' }).click();
    await detail.getByText(/Accepted by Shelbyville Public Library \(Sam Shah\)/).waitFor();
    await expect(detail.getByRole('button', { name: 'Accept referral' }).count()).resolves.toBe(0);
  });

  it('shows Springfield its referral as accepted', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.goto(`${server.url}/console/follow-ups`);
    await cora.getByText('Referred to other libraries').click();
    const item = cora.getByRole('listitem').filter({ hasText: SECOND });
    await item.getByText('Accepted').waitFor();
    await item.getByText('Shelbyville Public Library', { exact: false }).waitFor();
    expect(await accessibilityViolations(cora)).toEqual([]);
  });
});
