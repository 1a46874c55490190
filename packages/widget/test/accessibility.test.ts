// Two accessibility engines written by other people, axe-core and IBM's checker, against the
// widget in every state a patron meets: open, in the chat, ended with its survey, after the
// survey, and the leave-a-question form.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accessibilityViolations } from './accessibility.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { type FakePeer, startFakePeer } from './fake-peer.ts';
import { ask, BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });
const skip = !CHROMIUM || !BUILT;
let browser: Browser;
let peer: FakePeer | undefined;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

async function open(available: boolean): Promise<Page> {
  peer = await startFakePeer({ available, pages: { '/': libraryPage() } });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${peer.url}/`);
  return page;
}

describe.skipIf(skip)('the widget under axe-core and IBM’s checker', () => {
  it('has no violations open, in the chat, ended with the survey, and after it', async () => {
    const page = await open(true);
    const w = widget(page);
    await w.launcher.click();
    await w.message.waitFor();
    expect(await accessibilityViolations(page), 'open').toEqual([]);
    await ask(page, 'Can I renew online?');
    peer?.assign();
    peer?.say('Yes: see https://example.org/renew');
    await w.bubble('Yes').waitFor();
    expect(await accessibilityViolations(page), 'in the chat').toEqual([]);
    peer?.end();
    await w.root.locator('label[for="rd-star-4"]').waitFor();
    expect(await accessibilityViolations(page), 'ended, survey').toEqual([]);
    await w.root.locator('label[for="rd-star-4"]').click();
    await w.root.getByRole('button', { name: 'Send feedback' }).click();
    await w.root.getByText('Thank you for your feedback.').waitFor();
    expect(await accessibilityViolations(page), 'after the survey').toEqual([]);
  });

  it('has no violations on the leave-a-question form, nor once it is sent', async () => {
    const page = await open(false);
    const w = widget(page);
    await w.launcher.click();
    await w.root.getByLabel('Your question').waitFor();
    expect(await accessibilityViolations(page), 'offline form').toEqual([]);
    await w.root.getByLabel('Your question').fill('Can you find me articles on bees?');
    await w.root.getByLabel('Your email').fill('lisa@example.org');
    await w.root.getByRole('button', { name: 'Send question' }).click();
    await w.root.getByText('Thank you. Springfield Public Library has your question.').waitFor();
    expect(await accessibilityViolations(page), 'offline form sent').toEqual([]);
  });
});
