import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: false,
        test: {
          name: 'protocol',
          root: 'packages/protocol',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
        },
      },
      {
        extends: false,
        test: {
          name: 'server',
          root: 'packages/server',
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
        test: { name: 'widget-browser', root: 'packages/widget', include: ['test/**/*.test.ts'] },
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
        test: { name: 'console-browser', root: 'packages/console', include: ['test/**/*.test.ts'] },
      },
    ],
  },
});
