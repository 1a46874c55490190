import type { ChatClient } from './chat-client.ts';

/** How long after a click on a link of the site its page may take to replace this one. */
const NAVIGATION_WINDOW_MS = 30_000;

/** The part of `window` the watch listens to (a test passes its own). */
export interface DepartureWindow {
  location: { href: string };
  addEventListener(type: string, listener: (event: Event) => void, capture?: boolean): void;
  removeEventListener(type: string, listener: (event: Event) => void, capture?: boolean): void;
  navigation?: EventTarget;
}

/**
 * Tells the server (`client.departing()`) when the patron leaves the page for good while a chat
 * waits or runs: the page is hidden for good (`pagehide`: the tab closed, another site typed in)
 * without having just started a navigation to the same site (a link, a form, a reload, back and
 * forward), so moving between a library's pages never makes the chat look abandoned. Returns a
 * function that stops watching.
 *
 * @example
 * const stop = watchDeparture(client);
 */
export function watchDeparture(
  client: Pick<ChatClient, 'departing' | 'getSnapshot'>,
  win: DepartureWindow = window,
  now: () => number = Date.now,
): () => void {
  let sameSiteAt = Number.NEGATIVE_INFINITY;
  const note = (url: string | undefined | null, prevented = false) => {
    let origin = '';
    try {
      origin = new URL(url ?? '', win.location.href).origin;
    } catch {}
    if (!prevented && origin === new URL(win.location.href).origin) sameSiteAt = now();
  };
  // Bubbling, so a single-page app's router has had its say: a prevented click loads no page.
  const onClick = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (link && (!link.target || link.target === '_self')) note(link.href, event.defaultPrevented);
  };
  const onSubmit = (event: Event) =>
    note((event.target as HTMLFormElement).action, event.defaultPrevented);
  // The Navigation API (Chromium) also sees reloads, scripts and history traversals.
  const onNavigate = (event: Event) => {
    const { destination } = event as Event & {
      destination?: { url: string; sameDocument?: boolean };
    };
    if (destination && !destination.sameDocument) note(destination.url);
  };
  const onPageHide = () => {
    const { chatState } = client.getSnapshot();
    const navigating = now() - sameSiteAt < NAVIGATION_WINDOW_MS;
    if (!navigating && (chatState === 'queued' || chatState === 'active')) client.departing();
  };
  win.addEventListener('click', onClick);
  win.addEventListener('submit', onSubmit);
  win.addEventListener('pagehide', onPageHide);
  win.navigation?.addEventListener('navigate', onNavigate);
  return () => {
    win.removeEventListener('click', onClick);
    win.removeEventListener('submit', onSubmit);
    win.removeEventListener('pagehide', onPageHide);
    win.navigation?.removeEventListener('navigate', onNavigate);
  };
}
