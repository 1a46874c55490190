import type { WidgetOptions } from '../host/types.ts';

/**
 * Tells the webmaster, in the page's console, that this site may not use the library's widget
 * and where an admin allows it: the panel only tells the patron that chat is off.
 *
 * @example
 * warnNotAllowed({ libraryId: 'springfield', server: 'https://chat.example.org' });
 */
export function warnNotAllowed(options: Pick<WidgetOptions, 'libraryId' | 'server'>): void {
  console.warn(
    `Refdesk: library "${options.libraryId}" does not allow this site (${location.origin}). ` +
      `An admin allows it in the console: Widget settings > Allowed sites (${options.server.replace(/\/+$/, '')}/console/admin/widget).`,
  );
}
