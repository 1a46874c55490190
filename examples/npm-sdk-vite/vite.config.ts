import { defineConfig } from 'vite';

// `pnpm start`: http://127.0.0.1:5181, talking to the Refdesk server of `pnpm start` at the root.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5181 },
});
