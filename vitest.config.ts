import { defineConfig } from 'vitest/config';

// Property suites run hundreds of cases each; with every project running at once on a 2-core CI
// machine, the default 5 s would measure the machine's load, not the code. Speed has its own
// measures (`pnpm bench`, `pnpm size`).
const UNIT_TIMEOUT_MS = 30_000;
// What a browser test polls for (a colour, a live region's text) may take seconds to appear in a
// Chromium sharing those two cores; the default 1 s would fail a correct page.
const BROWSER_POLL_MS = 15_000;

export default defineConfig({
  test: {
    projects: [
      {
        extends: false,
        test: {
          name: 'protocol',
          root: 'packages/protocol',
          testTimeout: UNIT_TIMEOUT_MS,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
        },
      },
      {
        extends: false,
        test: {
          name: 'server',
          root: 'packages/server',
          testTimeout: UNIT_TIMEOUT_MS,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // Those run inside workerd: project `server-workerd`.
          exclude: ['**/node_modules/**', 'src/**/*.workerd.test.ts'],
        },
      },
      // Tests inside workerd with @cloudflare/vitest-plugin, which only packages/server depends on.
      'packages/server/vitest.workerd.config.ts',
      {
        extends: false,
        test: {
          name: 'widget',
          root: 'packages/widget',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: false,
        test: {
          name: 'widget-browser',
          root: 'packages/widget',
          include: ['test/**/*.test.ts'],
          expect: { poll: { timeout: BROWSER_POLL_MS } },
        },
      },
      {
        extends: false,
        test: {
          name: 'console',
          root: 'packages/console',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: false,
        test: {
          name: 'console-browser',
          root: 'packages/console',
          include: ['test/**/*.test.ts'],
          expect: { poll: { timeout: BROWSER_POLL_MS } },
        },
      },
    ],
  },
});
