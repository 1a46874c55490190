// npm-SDK mode on the real server: a page bundled with `@refdesk/widget` on another origin than
// the Refdesk server asks Springfield's own survey questions (set by Cora) after the chat, both in
// the widget from `mount()` and with the headless client, and the server keeps the answers.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startNodeServer } from '../../server/src/runtime/node/server.ts';
import { openSocket, signIn, type TestSocket } from '../../server/test/support/socket-client.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import type { SdkPageGlobals } from './sdk-page.ts';

const QUESTIONS = [
  { id: 'found', kind: 'yes_no', text: 'Did you find what you needed?' },
  { id: 'gripe', kind: 'complaint', text: 'Tell us if something went wrong' },
];

/** Builds the SDK page (sdk-page.ts and the widget, in chunks, as an app's build would) into `dir`. */
async function buildSdkPage(dir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(import.meta.dirname, '..'),
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: join(import.meta.dirname, 'sdk-page.ts'), formats: ['es'], fileName: 'sdk' },
    },
  });
}

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Springfield</title><script type="module" src="/sdk.js"></script></head><body><main><h1>Springfield Public Library</h1></main></body></html>';

/** The library's site on `localhost` (an allowed site of the demo), the Refdesk server elsewhere. */
async function serveSite(dir: string) {
  const site: Server = createServer((request, response) => {
    const name = basename(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (name.endsWith('.js')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(join(dir, name)));
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    }
  });
  await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
  const { port } = site.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        site.close(() => resolve());
        site.closeAllConnections();
      }),
  };
}

describe.skipIf(!CHROMIUM)(
  'the survey in npm-SDK mode, on the real server',
  { timeout: 60_000 },
  () => {
    let server: RunningServer;
    let site: Awaited<ReturnType<typeof serveSite>>;
    let browser: Browser;
    let ben: TestSocket;
    let cora: { cookie: string; csrfToken: string };
    const dir = mkdtempSync(join(tmpdir(), 'refdesk-sdk-page-'));

    beforeAll(async () => {
      server = await startNodeServer({
        port: 0,
        host: '127.0.0.1',
        dataPath: ':memory:',
        seed: true,
        logger: { info: () => undefined, error: () => undefined },
      });
      await buildSdkPage(dir);
      site = await serveSite(dir);
      browser = await launchChromium();
      cora = await signIn(server.url, 'cora@springfield.example');
      const saved = await fetch(`${server.url}/api/libraries/springfield/survey`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          cookie: cora.cookie,
          'x-csrf-token': cora.csrfToken,
        },
        body: JSON.stringify({ questions: QUESTIONS }),
      });
      expect(saved.status).toBe(200);
      const { cookie } = await signIn(server.url, 'ben@shelbyville.example');
      ben = await openSocket(`${server.url}/ws/responder`, { cookie });
      ben.send({ type: 'hello', protocolVersion: 1 });
      ben.send({ type: 'set_status', status: 'cooperative' });
    }, 60_000);
    afterAll(async () => {
      ben?.close();
      await browser?.close();
      await site?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Ben accepts the next chat, answers it and ends it; its id. */
    async function benAnswersAndEnds(): Promise<string> {
      const offer = await ben.next<{ type: string; offer: { chatId: string } }>('offer');
      const { chatId } = offer.offer;
      ben.send({ type: 'accept', chatId });
      ben.send({
        type: 'send',
        chatId,
        clientMessageId: `b-${chatId}`,
        text: 'On the second floor.',
      });
      ben.send({ type: 'end', chatId, outcome: 'answered' });
      return chatId;
    }

    /** The answers the console's transcript view shows for a chat, as Cora reads them. */
    async function storedAnswers(chatId: string) {
      const response = await fetch(`${server.url}/api/chats/${chatId}/quality`, {
        headers: { cookie: cora.cookie },
      });
      const body = (await response.json()) as {
        survey: { rating: number; answers: Array<{ question: string; answer: string }> } | null;
      };
      return body.survey;
    }

    async function open(mode: string): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${site.url}/?mode=${mode}&server=${encodeURIComponent(server.url)}`);
      return page;
    }

    it('the widget from mount() asks the library’s questions and sends their answers', async () => {
      const page = await open('widget');
      const widget = page.locator('refdesk-widget');
      await widget.locator('button.launcher').click();
      await widget.getByLabel('Message').fill('Where are the atlases?');
      await widget.getByRole('button', { name: 'Send', exact: true }).click();
      const chatId = await benAnswersAndEnds();
      const found = widget.getByRole('group', { name: 'Did you find what you needed?' });
      await found.locator('label', { hasText: 'Yes' }).click();
      await widget.locator('label[for="rd-star-5"]').click();
      await widget.getByLabel('Tell us if something went wrong').fill('Nothing, thank you.');
      await widget.getByRole('button', { name: 'Send feedback' }).click();
      await widget.getByText('Thank you for your feedback.').waitFor();
      await expect
        .poll(() => storedAnswers(chatId))
        .toEqual({
          at: expect.any(Number),
          rating: 5,
          comment: null,
          answers: [
            { question: 'Did you find what you needed?', kind: 'yes_no', answer: 'Yes' },
            {
              question: 'Tell us if something went wrong',
              kind: 'complaint',
              answer: 'Nothing, thank you.',
            },
          ],
        });
      await page.context().close();
    });

    it('the headless client gets the same questions and sends the answers by id', async () => {
      const page = await open('headless');
      await page.waitForFunction(() => 'refdesk' in globalThis);
      const questions = await page.evaluate(async () => {
        const { server, createChatClient, fetchSurveyQuestions } = (
          globalThis as unknown as SdkPageGlobals
        ).refdesk;
        const client = createChatClient({ libraryId: 'springfield', server });
        (globalThis as unknown as SdkPageGlobals).client = client;
        client.ask({ question: 'Can I renew by phone?' });
        return fetchSurveyQuestions(server, 'springfield');
      });
      expect(questions).toEqual(QUESTIONS);
      const chatId = await benAnswersAndEnds();
      await page.waitForFunction(
        () => (globalThis as unknown as SdkPageGlobals).client.getSnapshot().chatState === 'ended',
      );
      await page.evaluate(() =>
        (globalThis as unknown as SdkPageGlobals).client.survey(2, 'Too short.', {
          found: 'no',
          gripe: 'Ended too soon.',
        }),
      );
      await page.waitForFunction(
        () => (globalThis as unknown as SdkPageGlobals).client.getSnapshot().received.survey,
      );
      const stored = await storedAnswers(chatId);
      expect(stored?.rating).toBe(2);
      expect(stored?.answers.map((one) => one.answer)).toEqual(['No', 'Ended too soon.']);
      await page.context().close();
    });
  },
);
