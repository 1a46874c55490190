// End to end, a library's own survey: Cora, Springfield's admin, sets three questions in the
// console; a patron on Springfield's page chats with Ben at Shelbyville in the real widget, sees
// those questions when the chat ends and answers them; Cora finds the answers in the transcript and
// through the archive's rating filter, and Quinn finds the complaint forward in the review inbox.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility.ts';
import { CHROMIUM, launchChromium } from './support/chromium.ts';
import { openPage, signIn } from './support/console-page.ts';
import { type ConsoleServer, startConsoleServer } from './support/console-server.ts';

const QUESTION = 'Can I borrow a museum pass this weekend?';
const FOUND = 'Did you find what you needed?';
const EASE = 'How easy was it to ask?';
const WRONG = 'Tell us if something went wrong';
const SURVEY = [
  { text: FOUND, kind: 'Yes or no' },
  { text: EASE, kind: 'Rating, 1 to 5' },
  { text: WRONG, kind: 'Complaint (forwarded to quality)' },
];
const COMPLAINT = 'The librarian did not check whether passes were left.';

describe.skipIf(!CHROMIUM)('a library’s own survey, in Chromium', { timeout: 90_000 }, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let patron: Page;

  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Cora sets Springfield’s three questions in Widget settings', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await openPage(cora, 'Widget settings');
    const form = cora.getByRole('form', { name: 'Survey questions' });
    for (const [index, question] of SURVEY.entries()) {
      await form.getByRole('button', { name: 'Add a question' }).click();
      await form.getByLabel(`Question ${index + 1}`, { exact: true }).fill(question.text);
      await form.getByLabel(`Answer ${index + 1}`).selectOption({ label: question.kind });
    }
    expect(await accessibilityViolations(cora)).toEqual([]);
    await form.getByRole('button', { name: 'Save survey' }).click();
    await cora.getByText('Survey saved.').waitFor();
    await cora.reload();
    await form.getByLabel('Question 3', { exact: true }).waitFor();
    await expect(form.getByLabel('Question 3', { exact: true }).inputValue()).resolves.toBe(WRONG);
    await cora.context().close();
  });

  it('the patron chats with Ben, then sees and answers those questions in the widget', async () => {
    const ben = await signIn(browser, server.url, 'ben@shelbyville.example');
    await ben.getByRole('radio', { name: 'Cooperative' }).check();
    patron = await (await browser.newContext()).newPage();
    patron.setDefaultTimeout(15_000);
    await patron.goto(`${server.url}/demo/springfield`);
    const widget = patron.locator('refdesk-widget');
    await widget.locator('button.launcher').click();
    await widget.getByLabel('Message').fill(QUESTION);
    await widget.getByRole('button', { name: 'Send', exact: true }).click();
    const offer = ben.getByRole('listitem').filter({ hasText: QUESTION });
    await offer.getByRole('button', { name: 'Accept' }).click();
    await ben.getByLabel('Message').fill('Yes: two passes are left at the front desk.');
    await ben.getByRole('button', { name: 'Send' }).click();
    await widget.locator('.bubble', { hasText: 'two passes are left' }).waitFor();
    await ben.getByRole('button', { name: 'End chat' }).click();
    const dialog = ben.getByRole('dialog', { name: 'End chat' });
    await dialog.getByLabel('Answered').check();
    await dialog.getByRole('button', { name: 'End chat' }).click();
    await ben.context().close();

    // The radios are drawn as their labels (stars, buttons): the patron clicks the labels.
    const found = widget.getByRole('group', { name: FOUND });
    await found.locator('label', { hasText: 'No' }).click();
    await widget.locator('label[for="rd-star-3"]').click();
    await widget.locator('label[for="rd-sq-q2-2"]').click();
    await expect(widget.getByRole('radio', { name: '3 out of 5' }).isChecked()).resolves.toBe(true);
    await expect(found.getByRole('radio', { name: 'No' }).isChecked()).resolves.toBe(true);
    await widget.getByLabel(WRONG).fill(COMPLAINT);
    await widget.getByRole('button', { name: 'Send feedback' }).click();
    await widget.getByText('Thank you for your feedback.').waitFor();
  });

  it('Cora finds the answers through the rating filter and in the transcript', async () => {
    const cora = await signIn(browser, server.url, 'cora@springfield.example');
    await cora.getByRole('link', { name: 'Transcripts' }).click();
    await cora.getByLabel('Survey rating').selectOption({ label: '3 of 5' });
    await cora.getByRole('button', { name: 'Search' }).click();
    const row = cora.getByRole('row').filter({ hasText: QUESTION });
    await row.getByText('3 of 5').waitFor();
    await row.getByText('Forwarded').waitFor();
    await expect(cora.getByRole('row').count()).resolves.toBe(2);
    await cora.getByLabel('Survey rating').selectOption({ label: '4 of 5' });
    await cora.getByRole('button', { name: 'Search' }).click();
    await cora.getByText('No chats match.').waitFor();
    await cora.getByLabel('Survey rating').selectOption({ label: '3 of 5' });
    await cora.getByRole('button', { name: 'Search' }).click();
    await row.getByRole('link', { name: QUESTION }).click();
    const survey = cora.getByRole('region', { name: 'Patron survey' });
    await survey.getByText('Rated 3 of 5').waitFor();
    await survey.getByText(FOUND).waitFor();
    await survey.getByText(COMPLAINT).waitFor();
    await expect(survey.textContent()).resolves.toMatch(/How easy was it to ask\?\s*2/);
    expect(await accessibilityViolations(cora)).toEqual([]);
    await cora.context().close();
  });

  it('Quinn finds the patron’s complaint in the review inbox, with the rating', async () => {
    const quinn = await signIn(browser, server.url, 'qa@coop.example');
    await quinn.getByRole('link', { name: 'Quality' }).click();
    const inbox = quinn.getByRole('region', { name: 'Review inbox' });
    const row = inbox.getByRole('row').filter({ hasText: QUESTION });
    await row.getByText('Complaint').waitFor();
    await row.getByText('3 of 5').waitFor();
    await row.getByRole('link', { name: QUESTION }).click();
    await quinn.getByText(COMPLAINT).first().waitFor();
    await quinn.context().close();
  });
});
