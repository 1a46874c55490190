import type { ChatClientEvents, ChatClientOptions } from '../client/types.ts';
import type { Locale } from '../i18n/pick-locale.ts';
import type { Identity } from '../state/create-widget-state.ts';

export type { Identity };

/** What a page can configure: script-tag data attributes, or `mount()` options. */
export interface WidgetOptions {
  /** The library whose librarians answer, e.g. `springfield`. */
  libraryId: string;
  /** The Refdesk server, e.g. `https://ask.example.org`. */
  server: string;
  position?: 'bottom-right' | 'bottom-left' | undefined;
  /** The accent colour, `#rgb` or `#rrggbb`. */
  colour?: string | undefined;
  /** The launcher's label, instead of "Chat with a librarian". */
  label?: string | undefined;
  /** A language tag; defaults to the page's `lang`. English, Spanish, French and Arabic exist. */
  locale?: string | undefined;
  zIndex?: number | string | undefined;
  /** A practice widget: chats are routed like real ones, and left out of statistics. */
  practice?: boolean | undefined;
  /** A short sound when a librarian writes while the panel is closed or the tab hidden. */
  sound?: boolean | undefined;
  /** Where to put the widget; defaults to `<body>`, kept there across single-page navigations. */
  parent?: HTMLElement | undefined;
  /** Passed to the chat client: storage, WebSocket and timers for tests and special hosts. */
  client?: Partial<ChatClientOptions> | undefined;
}

/** The events a page can listen to: the client's, and the panel opening and closing. */
export type WidgetEvents = Omit<ChatClientEvents, 'open' | 'close' | 'change'> & {
  open: undefined;
  close: undefined;
};

/** What the loader hands the lazily loaded panel. */
export interface AppContext {
  root: ShadowRoot;
  options: WidgetOptions;
  locale: Locale;
  identity: Identity;
  emit<K extends keyof WidgetEvents>(type: K, payload: WidgetEvents[K]): void;
  /** The patron closed the panel from inside it. */
  requestClose(): void;
  /** Themes launcher and panel with the library's colour (the page's own `colour` wins). */
  setColour(colour: string): void;
}

/** What the loader can ask of the panel once loaded. */
export interface AppController {
  /** Opens or closes the panel; `focus` moves focus into it (not when restoring after a reload). */
  setOpen(open: boolean, focus: boolean): void;
  identify(identity: Identity): void;
  destroy(): void;
}

/** The lazily loaded module. */
export interface AppModule {
  startApp(context: AppContext): Promise<AppController>;
}
