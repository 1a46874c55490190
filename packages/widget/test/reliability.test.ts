// The conversation in real Chromium against the scripted peer: through a reload, across two tabs,
// through a server restart, and into a follow-up when nobody is available.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { type FakePeer, startFakePeer } from './fake-peer.ts';
import { ask, BUILT, libraryPage, widget } from './pages.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const skip = !CHROMIUM || !BUILT;
let browser: Browser;
let peer: FakePeer;

beforeAll(async () => {
  if (!skip) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await peer?.close();
});
async function visit(options: Parameters<typeof startFakePeer>[0] = {}) {
  peer = await startFakePeer({
    ...options,
    pages: { '/': libraryPage(), '/other': libraryPage() },
  });
  const context = await browser.newContext();
  // Fail on the step that hangs, well before the test's own timeout.
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  await page.goto(`${peer.url}/`);
  return { context, page };
}
const texts = (page: Parameters<typeof widget>[0]) => widget(page).bubbles.allTextContents();

describe.skipIf(skip)('the conversation in Chromium', () => {
  it('goes from question to queue to librarian to survey', async () => {
    const { page } = await visit();
    const w = widget(page);
    await ask(page, 'Do you have Dune?');
    await w.root.getByText('You are number 2 in line; typical wait about 40 seconds').waitFor();
    peer.assign();
    await w.root.getByText(/A librarian from Shelbyville Public Library is helping you/).waitFor();
    peer.say('We do, two copies.');
    await w.bubble('two copies').waitFor();
    await w.message.fill('Thanks!');
    await w.send.click();
    await expect.poll(() => peer.messages.map((m) => m.text)).toContain('Thanks!');
    peer.end();
    await w.root.locator('label[for="rd-star-4"]').click();
    await w.root.getByRole('button', { name: 'Send feedback' }).click();
    await w.root.getByText('Thank you for your feedback.').waitFor();
    expect(peer.received.find((f) => f.type === 'survey')).toEqual({ type: 'survey', rating: 4 });
  });

  it('keeps the conversation through a reload and a navigation, showing nothing twice', async () => {
    const { page } = await visit();
    await ask(page, 'Question one');
    peer.assign('Ana', 'Springfield Public Library', true);
    peer.say('Answer one');
    await widget(page).bubble('Answer one').waitFor();
    await page.reload();
    // The panel was open: it opens again by itself, with the conversation.
    await widget(page).bubble('Answer one').waitFor();
    expect(await widget(page).launcher.getAttribute('aria-expanded')).toBe('true');
    peer.say('Answer two');
    await page.goto(`${peer.url}/other`);
    await widget(page).bubble('Answer two').waitFor();
    expect(await texts(page)).toEqual(['Question one', 'Answer one', 'Answer two']);
  });

  it('shows one conversation in two tabs of the same site', async () => {
    const { context, page } = await visit();
    await ask(page, 'Shared question');
    const second = await context.newPage();
    await second.goto(`${peer.url}/other`);
    await widget(second).launcher.click();
    await widget(second).bubble('Shared question').waitFor();
    peer.assign();
    peer.say('Seen everywhere');
    await widget(page).bubble('Seen everywhere').waitFor();
    await widget(second).bubble('Seen everywhere').waitFor();
    expect(peer.messages.filter((m) => m.authorRole === 'patron')).toHaveLength(1);
  });

  it('loses and duplicates nothing when the server restarts mid-chat', async () => {
    const { page } = await visit();
    const w = widget(page);
    await ask(page, 'Before the restart');
    peer.assign();
    peer.restart();
    await w.root.getByText('Connection lost. Reconnecting…').waitFor();
    await w.message.fill('Written while down');
    await w.send.click();
    await w.root.getByText('Sending…').waitFor();
    peer.say('Said while the patron was away');
    peer.resume();
    await w.bubble('Said while the patron was away').waitFor();
    await expect.poll(() => w.root.getByText('Sending…').count()).toBe(0);
    expect(peer.messages.map((m) => m.text)).toEqual([
      'Before the restart',
      'Said while the patron was away',
      'Written while down',
    ]);
    expect(await texts(page)).toEqual(peer.messages.map((m) => String(m.text)));
  });

  it('turns a question into a follow-up when nobody is available', async () => {
    const { page } = await visit({ available: false });
    const w = widget(page);
    await w.launcher.click();
    await w.root.getByLabel('Your question').fill('Can you find me articles on bees?');
    await w.root.getByLabel('Your email').fill('lisa@example.org');
    await w.root.getByRole('button', { name: 'Send question' }).click();
    await w.root.getByText('Thank you. Springfield Public Library has your question.').waitFor();
    expect(peer.received.find((f) => f.type === 'offline_question')).toEqual({
      type: 'offline_question',
      question: 'Can you find me articles on bees?',
      email: 'lisa@example.org',
    });
  });
});
