import { useState } from 'preact/hooks';
import { allowedSites } from '../state/allowed-sites.ts';
import { FieldError } from './field-error.tsx';

export interface AllowedSitesFieldProps {
  origins: readonly string[];
  /** An error from saving (the page's check or the server's), shown beside the field. */
  error: string | undefined;
  /** The lines as typed, while typing; the origins, once the field is left and every line is a site. */
  onChange(lines: string[]): void;
}

/**
 * "Allowed sites": one site per line, typed as a URL, a page's address or a bare host. Leaving the
 * field turns every line into its origin (`www.library.org` -> `https://www.library.org`), or
 * says beside the field, announced to screen readers, which line is not a site.
 *
 * @example
 * <AllowedSitesField origins={settings.allowedOrigins} error={originsError} onChange={...} />
 */
export function AllowedSitesField({ origins, error, onChange }: AllowedSitesFieldProps) {
  const [text, setText] = useState(origins.join('\n'));
  const [own, setOwn] = useState<string | undefined>(undefined);
  const shown = own ?? error;
  return (
    <div class="field">
      <label for="widget-origins">Allowed sites</label>
      <p class="field-hint" id="widget-origins-hint">
        The websites whose pages may show this chat, one per line. Type or paste an address such as
        www.yourlibrary.org or a page's URL: only its site is kept (https://www.yourlibrary.org).
        With and without “www.” are two sites. On any other site patrons see that chat is not set
        up, and the browser console names the site to add here.
      </p>
      <textarea
        id="widget-origins"
        rows={3}
        value={text}
        aria-describedby="widget-origins-hint widget-origins-error"
        aria-invalid={shown ? 'true' : undefined}
        onInput={(event) => {
          setText(event.currentTarget.value);
          onChange(event.currentTarget.value.split('\n'));
        }}
        onBlur={() => {
          const result = allowedSites(text.split('\n'));
          if (!result.ok) return setOwn(result.error);
          setOwn(undefined);
          setText(result.origins.join('\n'));
          onChange(result.origins);
        }}
      />
      <FieldError id="widget-origins-error" message={shown} />
    </div>
  );
}
