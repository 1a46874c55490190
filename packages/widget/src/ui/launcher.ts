import type { LauncherText } from '../host/launcher-text.ts';

export interface Launcher {
  element: HTMLButtonElement;
  setExpanded(expanded: boolean): void;
  setUnread(count: number): void;
  /** While the panel loads. */
  setBusy(busy: boolean): void;
}

export interface LauncherOptions {
  text: LauncherText;
  position: 'left' | 'right';
  onClick(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

function icon(className: string, d: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const path = document.createElementNS(SVG, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', className);
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

function span(className: string, text = ''): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The launcher button in its landmark, without Preact: it is all every page view loads. Its accessible name is
 * its label plus the unread count; `aria-expanded` tells whether the panel is open.
 *
 * @example
 * const launcher = createLauncher(shadowRoot, { text, position: 'right', onClick: toggle });
 * launcher.setUnread(2);
 */
export function createLauncher(root: ShadowRoot, options: LauncherOptions): Launcher {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `launcher ${options.position}`;
  button.dir = options.text.dir;
  button.setAttribute('aria-expanded', 'false');
  const badge = span('badge');
  badge.setAttribute('aria-hidden', 'true');
  const unread = span('sr');
  button.append(
    icon('i-chat', 'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z'),
    icon('i-close', 'M6 9l6 6 6-6'),
    span('label', options.text.label),
    unread,
    badge,
  );
  button.addEventListener('click', options.onClick);
  // A landmark of its own: the page's landmarks cannot hold it, and a screen reader's list of
  // landmarks then leads to the chat.
  const region = document.createElement('aside');
  region.setAttribute('aria-label', options.text.label);
  region.append(button);
  root.append(region);
  return {
    element: button,
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    setUnread(count) {
      badge.textContent = count > 0 ? (count > 99 ? '99+' : String(count)) : '';
      unread.textContent =
        count > 0 ? `, ${options.text.unread.replace('{n}', String(count))}` : '';
    },
    setBusy: (busy) => button.setAttribute('aria-busy', String(busy)),
  };
}
