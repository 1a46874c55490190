import type { LibraryId } from '@refdesk/protocol';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { cspHash, demoPageHeaders } from '../security-headers.ts';

// The page's only inline code, allowed by its hash in the page's Content-Security-Policy.
const STYLE = `
body { font: 17px/1.5 Georgia, serif; margin: 0; color: #1f2937; }
header { background: #0f172a; color: #f8fafc; padding: 2rem 1.5rem; }
header h1 { margin: 0 0 .25rem; }
main { max-width: 40rem; padding: 1.5rem; }
a { color: #1d4ed8; }
`;
const styleHash = cspHash(STYLE);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** `GET /demo/:library`: a plain library page carrying the widget's script tag, as a webmaster would paste it. */
export function demoRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/:library', async (c) => {
    const library = deps.stores.directory.library(c.req.param('library') as LibraryId);
    if (!library) return c.text(`No library "${c.req.param('library')}" here.`, 404);
    const name = escapeHtml(library.name);
    const id = escapeHtml(library.id);
    for (const [name, value] of Object.entries(demoPageHeaders(await styleHash))) {
      c.header(name, value);
    }
    return c.html(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${name}</h1><p>Books, databases, homework help and more.</p></header>
<main>
<h2>Ask a librarian</h2>
<p>Questions about your account, renewals, research or our databases? Use the chat button in the corner.</p>
<ul><li><a href="/demo/${id}">Catalogue</a></li><li><a href="/demo/${id}">Hours and locations</a></li></ul>
</main>
<script async src="/widget.js" data-library="${id}"></script>
</body>
</html>`);
  });
  return app;
}
