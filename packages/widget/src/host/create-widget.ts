import { createEmitter, type Emitter } from '../client/emitter.ts';
import { conversationKey } from '../client/storage.ts';
import { pickLocale } from '../i18n/pick-locale.ts';
import launcherCss from '../ui/launcher.css?inline';
import { createLauncher } from '../ui/launcher.ts';
import { adoptStyles } from './adopt-styles.ts';
import { createHost } from './create-host.ts';
import { createTitleBadge } from './create-title-badge.ts';
import { launcherText } from './launcher-text.ts';
import { themeCss } from './theme.ts';
import type { AppController, AppModule, Identity, WidgetEvents, WidgetOptions } from './types.ts';

/** The widget on a page, as `mount()` returns it and `Refdesk(...)` commands drive it. */
export interface Widget {
  open(): void;
  close(): void;
  toggle(): void;
  /** Fills in the pre-chat name and email, e.g. for a signed-in patron. */
  identify(identity: Identity): void;
  on: Emitter<WidgetEvents>['on'];
  off: Emitter<WidgetEvents>['off'];
  destroy(): void;
}

/** Storage that may be blocked: every access is allowed to fail. */
function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

/** A conversation in progress on this site, from an earlier page: restore it without a click. */
function inProgress(libraryId: string): boolean {
  try {
    const saved = JSON.parse(read(() => localStorage, conversationKey(libraryId)) ?? '{}');
    return /queued|active/.test(saved.chatState) || saved.outbox?.length > 0;
  } catch {
    return false;
  }
}

/**
 * Puts the launcher on the page and loads the panel on first interaction (or at once when a
 * conversation is in progress). Nothing is stored and nothing connects before that.
 *
 * @example
 * const widget = createWidget({ libraryId: 'springfield', server }, () => import('./start-app.tsx'));
 * widget.on('message', (message) => console.log(message.text));
 */
export function createWidget(options: WidgetOptions, loadApp: () => Promise<AppModule>): Widget {
  const doc = document;
  const events = createEmitter<WidgetEvents>();
  const host = createHost(doc, options.parent);
  const locale = pickLocale(options.locale || doc.documentElement.lang);
  const openKey = `${conversationKey(options.libraryId)}:open`;
  const title = createTitleBadge(doc);
  let open = false;
  let unread = 0;
  let identity: Identity = {};
  let app: AppController | null = null;
  let loading: Promise<AppController | null> | null = null;
  adoptStyles(host.root, [themeCss(options), launcherCss]);
  const launcher = createLauncher(host.root, {
    text: launcherText(locale, options.label),
    position: options.position === 'bottom-left' ? 'left' : 'right',
    onClick: () => setOpen(!open, true),
  });
  events.on('unread', ({ count }) => {
    unread = count;
    launcher.setUnread(count);
    title.set(open ? 0 : count);
  });

  function load(): Promise<AppController | null> {
    launcher.setBusy(true);
    loading ??= loadApp()
      .then(({ startApp }) =>
        startApp({
          root: host.root,
          options,
          locale,
          identity,
          emit: events.emit,
          requestClose: () => setOpen(false, true),
          // A later sheet wins: the library's colour replaces the default, never the page's.
          setColour: (colour) => {
            if (!options.colour) adoptStyles(host.root, [themeCss({ ...options, colour })]);
          },
        }),
      )
      .then(
        (started) => (app = started),
        (error: unknown) => {
          // Nothing is left half-built: the launcher stays, and the next click tries again.
          loading = null;
          open = false;
          launcher.setExpanded(false);
          console.error('Refdesk: the chat could not load.', error);
          return null;
        },
      )
      .finally(() => launcher.setBusy(false));
    return loading;
  }

  function setOpen(value: boolean, focus: boolean): void {
    if (value === open) return;
    open = value;
    const focusInside = !!host.root.activeElement && host.root.activeElement !== launcher.element;
    launcher.setExpanded(value);
    title.set(value ? 0 : unread);
    try {
      if (value) sessionStorage.setItem(openKey, '1');
      else sessionStorage.removeItem(openKey);
    } catch {
      // Storage blocked: the panel simply starts closed on the next page.
    }
    if (app) app.setOpen(value, focus && value);
    else if (value) void load().then((started) => started?.setOpen(open, focus && open));
    if (!value && focus && focusInside) launcher.element.focus();
    events.emit(value ? 'open' : 'close', undefined);
  }

  if (read(() => sessionStorage, openKey)) setOpen(true, false);
  else if (inProgress(options.libraryId)) void load();

  return {
    open: () => setOpen(true, true),
    close: () => setOpen(false, true),
    toggle: () => setOpen(!open, true),
    identify(next) {
      identity = { ...identity, ...next };
      app?.identify(identity);
    },
    on: events.on,
    off: events.off,
    destroy() {
      app?.destroy();
      host.destroy();
      title.set(0);
    },
  };
}
