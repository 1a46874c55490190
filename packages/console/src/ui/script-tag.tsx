import { useState } from 'preact/hooks';

/** The one line a library's webmaster pastes into its pages, with a Copy button. */
export function ScriptTag({
  libraryId,
  origin = location.origin,
}: {
  libraryId: string;
  origin?: string;
}) {
  const [copied, setCopied] = useState(false);
  const tag = `<script async src="${origin}/widget.js" data-library="${libraryId}"></script>`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(tag);
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    } catch {
      const field = document.getElementById('script-tag') as HTMLTextAreaElement | null;
      field?.select();
    }
  };
  return (
    <section class="panel stack" aria-labelledby="script-tag-heading">
      <h2 id="script-tag-heading" class="panel-title">
        Script tag
      </h2>
      <p class="muted small">
        Paste this before the closing &lt;/body&gt; of every page that should show the chat button.
      </p>
      <textarea
        id="script-tag"
        aria-labelledby="script-tag-heading"
        class="code"
        readOnly
        rows={2}
        value={tag}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="row">
        <button type="button" class="btn btn-small" onClick={() => void copy()}>
          Copy script tag
        </button>
        <span role="status" class="small muted">
          {copied ? 'Copied.' : ''}
        </span>
      </div>
    </section>
  );
}
