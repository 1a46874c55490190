/**
 * Adds styles to a shadow root as constructable stylesheets, which a strict CSP allows (no
 * `<style>` element, no `unsafe-inline`). Browsers without them get a `<style>` element instead.
 *
 * @example
 * adoptStyles(shadowRoot, [themeCss(options), launcherCss]);
 */
export function adoptStyles(root: ShadowRoot, sheets: readonly string[]): void {
  for (const css of sheets) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
    }
  }
}
