export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  destroy(): void;
}

/**
 * The element the widget lives in, with an open shadow root so host styles stay out and ours stay
 * in, while tests and assistive technology can still reach inside. Appended to `parent`, or to
 * `<body>` as soon as it exists (the script may run in `<head>`), and put back if a single-page
 * app replaces the body or removes it.
 *
 * @example
 * const { root } = createHost(document);
 */
export function createHost(doc: Document, parent?: HTMLElement): Host {
  const element = doc.createElement('refdesk-widget');
  const root = element.attachShadow({ mode: 'open' });
  const keep = (): void => {
    const target = parent ?? doc.body;
    if (!target) return;
    if (!element.isConnected) target.append(element);
    if (!parent) observer.observe(target, { childList: true });
  };
  const observer = new MutationObserver(keep);
  if (!parent) observer.observe(doc.documentElement, { childList: true });
  keep();
  return {
    element,
    root,
    destroy() {
      observer.disconnect();
      element.remove();
    },
  };
}
