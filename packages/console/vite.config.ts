import { defineConfig } from 'vite';

// The server serves dist/ at /console/; in development, `vite` proxies the API and sockets to it.
const server = process.env.REFDESK_SERVER ?? 'http://127.0.0.1:8787';

export default defineConfig({
  base: '/console/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: {
    proxy: {
      '/api': server,
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
});
