// Host pages for the browser tests, and helpers to reach into the widget's shadow root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const BUILT = existsSync(join(import.meta.dirname, '..', 'dist', 'widget.js'));
if (!BUILT)
  console.warn('widget browser tests need the build: run `pnpm --filter @refdesk/widget build`');

/**
 * A library's page with the script tag; `head` adds to the `<head>`, `body` replaces the content.
 *
 * @example
 * startFakePeer({ pages: { '/': libraryPage({ script: '/widget.js' }) } });
 */
export function libraryPage({
  script = '/widget.js',
  attributes = '',
  head = '',
  body = '<main><h1>Springfield Public Library</h1><p>Opening hours: 9 to 5.</p></main>',
  lang = 'en',
} = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Springfield Public Library</title>
${head}<script async src="${script}" data-library="springfield" ${attributes}></script></head><body>${body}</body></html>`;
}

/** Locators inside the widget's open shadow root (Playwright pierces open shadow roots). */
export function widget(page: Page) {
  const root = page.locator('refdesk-widget');
  return {
    root,
    launcher: root.locator('button.launcher'),
    message: root.getByLabel('Message'),
    send: root.getByRole('button', { name: 'Send', exact: true }),
    bubbles: root.locator('.bubble'),
    bubble: (text: string): Locator => root.locator('.bubble', { hasText: text }),
  };
}

/** Opens the panel and asks a question. */
export async function ask(page: Page, question: string): Promise<void> {
  const w = widget(page);
  if ((await w.launcher.getAttribute('aria-expanded')) !== 'true') await w.launcher.click();
  await w.message.fill(question);
  await w.send.click();
  await w.bubble(question).waitFor();
}
