// `pnpm start`: serves index.html on http://127.0.0.1:5180 (PORT to change it). The page loads the
// widget from the Refdesk server started with `pnpm start` at the repository root.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 5180);
const page = join(import.meta.dirname, 'index.html');

createServer((request, response) => {
  if (request.url !== '/' && request.url !== '/index.html') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  // Read on every request, so edits show on reload.
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(readFileSync(page));
}).listen(port, '127.0.0.1', () => {
  console.log(`Refdesk script-tag example: http://127.0.0.1:${port}/`);
  console.log(
    'It talks to the Refdesk server at http://127.0.0.1:8787: run `pnpm start` at the root.',
  );
});
