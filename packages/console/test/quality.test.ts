// End to end, the quality program: Ben at Shelbyville answers a Springfield patron, who rates the
// chat 2 of 5; Cora, Springfield's admin, finds it in the transcript archive and forwards it as a
// complaint; Quinn reviews it with the RUSA rubric and sends feedback; Ben sees the badge, reads
// the review and replies; Quinn closes the case. Ana, a Springfield librarian, never sees the review.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';
import { openPatron, type Patron } from './support/patron.ts';

const QUESTION = 'Where are the 1911 census microfilms?';

describe.skipIf(!CHROMIUM)('the quality program, in Chromium', { timeout: 60_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let ben: Page;
  let quinn: Page;
  let patron: Patron;
  let caseUrl = '';

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    patron?.close();
    await browser?.close();
    await server?.close();
  });

  it('Ben answers a Springfield patron, who rates the chat 2 of 5', async () => {
    ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    patron = await openPatron(server.url, 'springfield');
    patron.send({ type: 'ask', clientMessageId: 'q-ask-1', question: QUESTION, name: 'Lisa' });
    const offer = ben.getByRole('listitem').filter({ hasText: QUESTION });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await patron.next('assigned');
    await ben.getByLabel('Message').fill('They are in the genealogy room, drawer 4.');
    await ben.getByRole('button', { name: 'Send' }).click();
    await patron.next('message', (f) => f.authorRole === 'responder');
    await ben.getByRole('button', { name: 'End chat' }).click();
    const dialog = ben.getByRole('dialog', { name: 'End chat' });
    await dialog.getByLabel('Answered').check();
    await dialog.getByRole('button', { name: 'End chat' }).click();
    await patron.next('ended');
    patron.send({ type: 'survey', rating: 2, comment: 'It ended before I could ask more.' });
    await patron.next('received');
  });

  it('Cora finds it in the archive, sees the survey and forwards it as a complaint', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.getByRole('link', { name: 'Transcripts' }).click();
    await cora.getByRole('heading', { name: 'Transcripts' }).waitFor();
    await cora.getByLabel('Search transcripts').fill('microfilm');
    await cora.getByRole('button', { name: 'Search' }).click();
    const row = cora.getByRole('row').filter({ hasText: QUESTION });
    await row.getByText('2 of 5').waitFor();
    await expect(cora.getByRole('row').count()).resolves.toBe(2);
    expect(await accessibilityViolations(cora)).toEqual([]);
    await row.getByRole('link', { name: QUESTION }).click();
    await cora.getByText('Rated 2 of 5: “It ended before I could ask more.”').waitFor();
    await cora
      .getByRole('log', { name: 'Chat transcript' })
      .getByText(/drawer 4/)
      .waitFor();
    await cora.getByLabel('Complaint').check();
    await cora
      .getByLabel('Comment for the reviewers')
      .fill('The patron says Ben ended the chat abruptly.');
    await cora.getByRole('button', { name: 'Forward' }).click();
    await cora.getByText('Forwarded to the quality team.').waitFor();
    const history = cora.getByRole('region', { name: 'Quality history' });
    await history.getByText('Complaint').waitFor();
    // Springfield forwarded it, but the review is for Ben and his library's admins only.
    await expect(history.getByRole('link', { name: 'Open the review' }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.context().close();
  });

  it('Quinn reviews it with the rubric and sends feedback, which Ben is emailed', async () => {
    quinn = await signIn(browser, server.url, 'qa@coop.example');
    await quinn.getByRole('link', { name: 'Quality' }).click();
    const inbox = quinn.getByRole('region', { name: 'Review inbox' });
    await inbox
      .getByRole('row')
      .filter({ hasText: 'Complaint' })
      .getByRole('link', { name: QUESTION })
      .click();
    await quinn.getByRole('heading', { name: `Complaint: ${QUESTION}` }).waitFor();
    caseUrl = quinn.url();
    const review = quinn.getByRole('form', { name: 'Review' });
    for (const area of ['Inclusion', 'Approachability', 'Engagement', 'Searching', 'Evaluation']) {
      await review.getByRole('group', { name: area }).getByLabel('Meets').check();
    }
    await review.getByRole('group', { name: 'Closure' }).getByLabel('Does not').check();
    await review.getByLabel('Closure note').fill('Ask whether the answer helped before ending.');
    await review.getByLabel('Session ended abruptly').check();
    await review.getByLabel('Review comment').fill('Good answer; the ending was rushed.');
    expect(await accessibilityViolations(quinn)).toEqual([]);
    await review.getByRole('button', { name: 'Save review' }).click();
    await quinn.getByText('Review saved.').waitFor();
    await quinn
      .getByLabel('Feedback message', { exact: true })
      .fill('Please check the patron is done before ending.');
    await quinn.getByRole('button', { name: 'Send' }).click();
    await quinn.getByText('Feedback sent', { exact: true }).waitFor();
    const email = server.emails.find((sent) => sent.to === 'ben@shelbyville.example');
    expect(email?.subject).toBe(`Quality feedback on your chat: ${QUESTION}`);
    expect(email?.text).toContain('Please check the patron is done before ending.');
    expect(email?.text).toContain(caseUrl);
  });

  it('Ben sees the badge, reads the review and replies', async () => {
    await ben.getByRole('link', { name: 'Transcripts' }).click();
    const quality = ben.getByRole('link', { name: /^Quality/ });
    await quality.getByText('1').waitFor();
    await quality.click();
    const mine = ben.getByRole('region', { name: 'Feedback on my chats' });
    await mine.getByText('1 unread', { exact: true }).first().waitFor();
    await mine.getByRole('link', { name: QUESTION }).click();
    await ben.getByText('Does not — Ask whether the answer helped before ending.').waitFor();
    await ben.getByText('Session ended abruptly').waitFor();
    await ben.getByText('Please check the patron is done before ending.').waitFor();
    await expect(ben.getByRole('button', { name: 'Save review' }).count()).resolves.toBe(0);
    await ben
      .getByLabel('Feedback message', { exact: true })
      .fill('Understood, I will ask first next time.');
    await ben.getByRole('button', { name: 'Send' }).click();
    await ben.getByText('Understood, I will ask first next time.').waitFor();
    await quality.locator('.badge').waitFor({ state: 'detached' });
    expect(await accessibilityViolations(ben)).toEqual([]);
    expect(server.emails.at(-1)?.to).toBe('qa@coop.example');
  });

  it('Quinn reads the reply and closes the case; Ana cannot open it', async () => {
    await quinn.reload();
    await quinn.getByText('Understood, I will ask first next time.').waitFor();
    await quinn.getByRole('button', { name: 'Close the case' }).click();
    await quinn.getByText('Case closed.').waitFor();
    await quinn.getByRole('button', { name: 'Reopen the case' }).waitFor();

    const ana = await signIn(browser, server.url, 'ana@springfield.example');
    await ana.goto(caseUrl);
    await ana.getByText(/Only the quality team, the chat’s responder/).waitFor();
    await expect(ana.getByText('Please check the patron is done').count()).resolves.toBe(0);
    await ana.context().close();
  });
});
