import type { Listener } from '../client/emitter.ts';
import { createWidget, type Widget } from './create-widget.ts';
import type { AppModule, Identity, WidgetEvents } from './types.ts';

/** `window.Refdesk`: before the loader runs, a stub that queues its arguments in `q`. */
export interface RefdeskGlobal {
  (command: string, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  /** Set once a loader has taken over: a second copy of the script does nothing. */
  loaded?: boolean;
}

declare global {
  interface Window {
    Refdesk?: RefdeskGlobal;
  }
}

/**
 * Runs one page command: `open`, `close`, `toggle`, `identify` {name, email}, `on`/`off` event fn.
 * (`destroy` is handled by the global itself.)
 *
 * @example
 * runCommand(widget, ['on', 'message', (message) => console.log(message.text)]);
 */
export function runCommand(widget: Widget, [command, ...args]: unknown[]): void {
  const [event, listener] = args as [keyof WidgetEvents, Listener<unknown>];
  if (command === 'open' || command === 'close' || command === 'toggle') widget[command]();
  else if (command === 'identify') widget.identify(args[0] as Identity);
  else if (command === 'on') widget.on(event, listener);
  else if (command === 'off') widget.off(event, listener);
  else console.warn(`Refdesk: unknown command "${String(command)}"`);
}

/**
 * The script-tag entry: reads the `data-*` attributes of its own `<script>`, mounts the widget,
 * and replaces the pre-load stub, running the commands queued before the script arrived.
 *
 * @example
 * bootEmbed((scriptUrl) => () => import(new URL('widget/app.js', scriptUrl).href));
 */
export function bootEmbed(loadAppFrom: (scriptUrl: string) => () => Promise<AppModule>): void {
  const script = (document.currentScript ??
    document.querySelector('script[data-library]')) as HTMLScriptElement | null;
  const existing = window.Refdesk;
  const data = script?.dataset;
  if (!data?.library || existing?.loaded) return;
  const src = script?.src || location.href;
  const widget = createWidget(
    {
      libraryId: data.library,
      server: data.server || new URL('.', src).href.replace(/\/$/, ''),
      position: data.position?.includes('left') ? 'bottom-left' : 'bottom-right',
      colour: data.colour ?? data.color,
      label: data.label,
      locale: data.locale,
      zIndex: data.zIndex,
      practice: data.practice !== undefined && data.practice !== 'false',
      sound: data.sound !== undefined && data.sound !== 'false',
    },
    loadAppFrom(src),
  );
  const api: RefdeskGlobal = (...args: unknown[]) => {
    if (args[0] !== 'destroy') return runCommand(widget, args);
    // The page takes the widget away (e.g. a single-page app unmounting it): the script may run again.
    widget.destroy();
    delete window.Refdesk;
  };
  api.loaded = true;
  window.Refdesk = api;
  for (const args of existing?.q ?? []) runCommand(widget, Array.from(args));
}
