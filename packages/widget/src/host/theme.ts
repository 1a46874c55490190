/** The default accent: white text on it has a contrast of 8:1. */
export const DEFAULT_COLOUR = '#1f4e99';

export interface WidgetTheme {
  colour?: string | undefined;
  zIndex?: number | string | undefined;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG relative luminance of a `#rgb` or `#rrggbb` colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? hex.replace(/\w/g, '$&$&').slice(1) : hex.slice(1);
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The custom properties of the widget, as a stylesheet for the shadow root (no inline styles, so a
 * strict CSP holds). Text on the accent is white or near-black, whichever contrasts more; links
 * and focus rings on white use the accent only when it reaches 4.5:1 there.
 *
 * @example
 * sheet.replaceSync(themeCss({ colour: '#ffcc00', zIndex: 1000 }));
 */
export function themeCss({ colour, zIndex }: WidgetTheme): string {
  const accent = colour && HEX.test(colour) ? colour : DEFAULT_COLOUR;
  const l = luminance(accent);
  const onWhite = 1.05 / (l + 0.05);
  const onAccent = onWhite >= (l + 0.05) / 0.0184 ? '#fff' : '#111';
  const z = Number.parseInt(String(zIndex ?? ''), 10);
  return `:host{--rd-accent:${accent};--rd-on-accent:${onAccent};--rd-ink:${onWhite >= 4.5 ? accent : DEFAULT_COLOUR};--rd-z:${Number.isFinite(z) ? z : 2147483000}}`;
}
