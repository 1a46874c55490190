export interface TitleBadge {
  /** Shows `(count) ` before the page title, or restores the title with 0. */
  set(count: number): void;
}

/**
 * The unread count in the page title, for a patron who is on another tab. The page may change its
 * title meanwhile (single-page apps do): the badge follows whatever the title is now.
 *
 * @example
 * const badge = createTitleBadge(document);
 * badge.set(2); // "(2) Springfield Public Library"
 */
export function createTitleBadge(doc: Document): TitleBadge {
  let prefix = '';
  return {
    set(count) {
      const base =
        prefix && doc.title.startsWith(prefix) ? doc.title.slice(prefix.length) : doc.title;
      prefix = count > 0 ? `(${count}) ` : '';
      doc.title = prefix + base;
    },
  };
}
