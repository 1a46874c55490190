// Takes screenshots of the built widget in Chromium against the fake peer, for a look at it:
// `node scripts/screenshots.ts [outDir]` after `pnpm build`.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../test/chromium.ts';
import { startFakePeer } from '../test/fake-peer.ts';

const out = process.argv[2] ?? join(tmpdir(), 'refdesk-widget-screenshots');
console.log(`screenshots in ${out}`);
mkdirSync(out, { recursive: true });
const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Springfield Public Library</title>
<script async src="/widget.js" data-library="springfield"></script></head>
<body style="font-family: Georgia, serif; margin: 0; background: #f4f1ea">
<header style="background:#3b2f2a;color:#fff;padding:24px 48px"><h1 style="margin:0">Springfield Public Library</h1></header>
<main style="padding:32px 48px;max-width:640px"><h2>Opening hours</h2><p>Monday to Friday, 9 am to 8 pm. Saturday, 10 am to 5 pm.</p>
<h2>Ask a librarian</h2><p>Our librarians answer questions about the catalogue, databases, renewals and more.</p></main></body></html>`;

const peer = await startFakePeer({
  pages: { '/': page('en'), '/es': page('es'), '/ar': page('ar') },
});
const shots: [
  string,
  string,
  { width: number; height: number },
  (p: import('playwright-core').Page) => Promise<void>,
][] = [];
const launcher = (p: import('playwright-core').Page) =>
  p.locator('refdesk-widget').locator('button.launcher');
shots.push(['1-launcher', '/', { width: 1100, height: 720 }, async () => {}]);
shots.push([
  '2-prechat',
  '/',
  { width: 1100, height: 720 },
  async (p) => {
    await launcher(p).click();
    await p
      .locator('refdesk-widget')
      .getByText('Springfield Public Library', { exact: true })
      .waitFor();
  },
]);
shots.push([
  '3-queued',
  '/',
  { width: 1100, height: 720 },
  async (p) => {
    await launcher(p).click();
    const w = p.locator('refdesk-widget');
    await w.getByLabel('Your name').fill('Lisa');
    await w
      .getByLabel('Message')
      .fill('Do you have "The Left Hand of Darkness" by Ursula K. Le Guin?');
    await w.getByRole('button', { name: 'Send' }).click();
    await w.getByText(/number 2 in line/).waitFor();
  },
]);
shots.push([
  '4-chat',
  '/',
  { width: 1100, height: 720 },
  async (p) => {
    const w = p.locator('refdesk-widget');
    await launcher(p).click();
    await w.getByLabel('Message').waitFor();
    peer.assign();
    peer.say(
      'Hi Lisa! Yes, we have two copies. One is on the shelf at the Main Library, call number SF LEG. See https://catalog.example.org/record/123.',
    );
    await w.locator('.bubble', { hasText: 'two copies' }).waitFor();
    await w.getByLabel('Message').fill('Great, can I reserve it?');
    await w.getByRole('button', { name: 'Send' }).click();
    peer.typing(true);
    await w.locator('.typing').waitFor();
  },
]);
shots.push([
  '5-ended',
  '/',
  { width: 1100, height: 720 },
  async (p) => {
    const w = p.locator('refdesk-widget');
    await launcher(p).click();
    peer.typing(false);
    peer.say('Done, it is on hold for you for 7 days. Anything else?');
    peer.end();
    await w.getByText('How helpful was this chat?').waitFor();
    await w.locator('label[for="rd-star-4"]').click();
  },
]);
shots.push([
  '6-mobile',
  '/',
  { width: 390, height: 760 },
  async (p) => {
    await launcher(p).click();
    await p.locator('refdesk-widget').getByText('How helpful was this chat?').waitFor();
  },
]);
shots.push([
  '7-menu',
  '/',
  { width: 1100, height: 720 },
  async (p) => {
    await launcher(p).click();
    await p.locator('refdesk-widget').getByRole('button', { name: 'More options' }).click();
    await p
      .locator('refdesk-widget')
      .getByRole('button', { name: 'Clear this conversation' })
      .waitFor();
  },
]);

const browser = await launchChromium();
const context = await browser.newContext();
for (const [name, path, viewport, act] of shots) {
  const p = await context.newPage();
  await p.setViewportSize(viewport);
  await p.goto(peer.url + path);
  await launcher(p).waitFor();
  await act(p);
  await p.waitForTimeout(350);
  await p.screenshot({ path: join(out, `${name}.png`) });
  await p.close();
  console.log(`screenshot ${name}`);
}
await browser.close();

// A second peer, with nobody available: the leave-a-question form, in Arabic (right to left).
const offline = await startFakePeer({
  available: false,
  pages: { '/ar': page('ar'), '/': page('en') },
});
const second = await launchChromium();
const secondContext = await second.newContext();
for (const [name, path] of [
  ['8-offline', '/'],
  ['9-offline-rtl', '/ar'],
] as const) {
  const p = await secondContext.newPage();
  await p.setViewportSize({ width: 1100, height: 760 });
  await p.goto(offline.url + path);
  await launcher(p).click();
  await p.locator('refdesk-widget').locator('form').first().waitFor();
  await p.waitForTimeout(350);
  await p.screenshot({ path: join(out, `${name}.png`) });
  await p.close();
  console.log(`screenshot ${name}`);
}
await second.close();
await offline.close();
await peer.close();
