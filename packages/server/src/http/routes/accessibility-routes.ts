import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

// Plain, unstyled HTML: readable at any zoom, in forced colours and by any screen reader, and it
// needs no exception in the pages' Content-Security-Policy.
const STATEMENT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility statement - Refdesk chat</title>
</head>
<body>
<main>
<h1>Accessibility statement</h1>
<p>This service is the Refdesk chat: the "Ask a librarian" chat on library websites and the console
librarians answer it from. We want everyone to be able to ask a question and get an answer.</p>

<h2>Standard</h2>
<p>We aim to meet the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines
(WCAG) 2.2</a> at level AA, for the chat on library pages and for the librarians' console.</p>

<h2>How we test</h2>
<ul>
<li>Two automated checkers, written by different people, on every change: axe-core (Deque) and IBM's
Equal Access accessibility checker, both run in Chromium on the chat when it opens, during a chat,
after it ends with its survey, on the leave-a-question form, and on the console's pages (sign-in,
the desk and a chat, the Now board, transcripts, quality, reports, schedules and the settings
pages). Where the two disagree with each other or with the HTML standard, the exception is written
down in the tests with the reason.</li>
<li>Tests in a real browser for what the checkers cannot see: where keyboard focus goes when a screen
changes and when a dialog closes, what the status region announces (your place in line, a lost
connection, a message sent or not sent, the end of the chat), forced colours in the chat and the
console, the console's text at a larger default font size on a 320 px wide screen, and text contrast
for any colour a library chooses.</li>
<li>The chat follows the language of the library's page (English, Spanish, French, Arabic, right to
left for Arabic) and says so to screen readers; so do the lines the service itself adds to a chat
(such as "joined the chat"), its error messages and the emailed transcript.</li>
</ul>

<h2>Known limits</h2>
<ul>
<li>The chat's sizes are fixed in pixels, so a larger default font size in the browser does not
enlarge it; page zoom does. The console's text follows the default font size, but some of its
spacing and column widths are in pixels.</li>
<li>Automated checkers find only part of the problems people meet; neither replaces testing with
people who use screen readers, magnifiers or switch access, which has not been done yet.</li>
<li>Messages, and the parts of the privacy note and of the disclosure written by a library or its
cooperative, stay in the language they were written in when no translation was given.</li>
<li>The librarians' console is in English only.</li>
<li>The chat's sound for a new message has no visual equivalent other than the message itself and
the unread count on the chat button.</li>
</ul>

<h2>Contact</h2>
<p>If something in the chat does not work for you, tell the library: use the chat's "leave a
question" form, or the library's usual phone number or email on its website. Your message reaches a
librarian, who passes it on to the people who run this service. We answer accessibility problems
like any other question, and fix them in the chat for every library at once.</p>
</main>
</body>
</html>
`;

/**
 * `GET /accessibility`: the accessibility statement (the standard targeted, how it is tested, known
 * limits, contact), public and linked from the widget's options menu.
 *
 * @example
 * app.route('/accessibility', accessibilityRoutes());
 */
export function accessibilityRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(STATEMENT));
  return app;
}
