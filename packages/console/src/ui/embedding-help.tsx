/**
 * A short guide to putting the widget on the library's site: the essentials of the project's
 * docs/embedding.md ("Allowed sites", "Content Security Policy", "Troubleshooting"), where a
 * webmaster first looks.
 *
 * @example
 * <EmbeddingHelp />
 */
export function EmbeddingHelp() {
  return (
    <details class="panel help">
      <summary>Putting the chat on your site: help</summary>
      <ol>
        <li>Copy the script tag above into every page that should show the chat.</li>
        <li>
          Add your site to <strong>Allowed sites</strong> below, e.g. https://www.yourlibrary.org
          (you can paste any page's address). Each site is separate: with and without “www.”, and
          any staging site, need their own line.
        </li>
        <li>
          If your pages send a Content Security Policy, add this server's address to{' '}
          <code>script-src</code> and its <code>wss://</code> address to <code>connect-src</code>.
        </li>
      </ol>
      <p>
        If patrons see “Chat is not set up on this website yet”, the site is not allowed: the
        browser's developer console shows a message starting with “Refdesk:” that names the site to
        add. The full guide is <code>docs/embedding.md</code> in Refdesk (“Allowed sites” and
        “Troubleshooting”).
      </p>
    </details>
  );
}
