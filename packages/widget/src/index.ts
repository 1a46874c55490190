import { createWidget, type Widget } from './host/create-widget.ts';
import type { WidgetOptions } from './host/types.ts';

export * from './client/index.ts';
export type { Widget } from './host/create-widget.ts';
export type { Identity, WidgetEvents, WidgetOptions } from './host/types.ts';

/**
 * Puts the chat launcher on the page; the panel and the client load on the first click. The
 * npm equivalent of the script tag, with the same events.
 *
 * @example
 * import { mount } from '@refdesk/widget';
 * const widget = mount({ libraryId: 'springfield', server: 'https://ask.example.org' });
 * widget.on('assigned', ({ responderName }) => console.log(`${responderName} joined`));
 */
export function mount(options: WidgetOptions): Widget {
  return createWidget(options, () => import('./start-app.tsx'));
}
