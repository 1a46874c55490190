// Finds and starts Debian's Chromium for the browser tests, or says why it cannot.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** `$CHROMIUM_PATH`, else `chromium` on the PATH, else undefined. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn(
    'widget browser tests skipped: no Chromium (set CHROMIUM_PATH or put `chromium` on PATH)',
  );
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium with the flags the tests need; playwright gives it a fresh temporary profile, removed
 * on `close()`. Each `newContext()` is a fresh set of cookies and storage: one patron's browser.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await (await browser.newContext()).newPage();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM as string, headless: true, args: FLAGS });
}
