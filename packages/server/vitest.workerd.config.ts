// Vitest project `server-workerd` (listed in the repository's vitest.config.ts): tests that run
// inside workerd through @cloudflare/vitest-plugin, today the storage contract on Durable Object
// SQL (`*.workerd.test.ts`). workerd comes from the npm package; nothing leaves the machine.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineProject } from 'vitest/config';

process.env.WRANGLER_SEND_METRICS ??= 'false';
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

export default defineProject({
  plugins: [
    cloudflareTest({
      main: './test/workerd/sql-test-worker.ts',
      miniflare: {
        compatibilityDate: '2026-11-01',
        durableObjects: { SQL_TEST: { className: 'SqlTestObject', useSQLite: true } },
      },
    }),
  ],
  // Each test runs in a fresh Durable Object; the contract's property tests need more than 5 s on a
  // busy two-core machine.
  test: { name: 'server-workerd', include: ['src/**/*.workerd.test.ts'], testTimeout: 30_000 },
});
