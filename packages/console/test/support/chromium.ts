// Finds and starts Debian's Chromium for the console's browser tests, or says why it cannot.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** `$CHROMIUM_PATH`, else `chromium` on the PATH, else undefined. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn(
    'console browser tests skipped: no Chromium (set CHROMIUM_PATH or put `chromium` on PATH)',
  );
}

/** Headless Chromium that never reaches for the network beyond the test server. */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
