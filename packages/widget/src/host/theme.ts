import { contrast, luminance, mix } from './contrast.ts';

/** The default accent: white text on it has a contrast of 8:1. */
export const DEFAULT_COLOUR = '#1f4e99';

export interface WidgetTheme {
  colour?: string | undefined;
  zIndex?: number | string | undefined;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Page backgrounds the launcher must stand out from: white and a dark mode's near-black. */
export const PAGE_BACKGROUNDS = ['#ffffff', '#121212'] as const;

/** Text on the accent: white when it reaches 4.5:1, else near-black, else black (one always does). */
function textOn(accent: string): string {
  return ['#fff', '#111', '#000'].find((ink) => contrast(ink, accent) >= 4.5) ?? '#000';
}

/**
 * The launcher's edge: the accent itself, or the accent darkened or lightened just enough, so that it
 * contrasts 3:1 with both a white and a dark page (a luminance between about 0.12 and 0.3).
 */
function edgeOf(accent: string): string {
  const fits = (c: string) => PAGE_BACKGROUNDS.every((page) => contrast(c, page) >= 3.1);
  if (fits(accent)) return accent;
  const towards = luminance(accent) > 0.2 ? 0 : 255;
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(accent, towards, step / 20);
    if (fits(candidate)) return candidate;
  }
  return '#767676';
}

/**
 * The custom properties of the widget, as a stylesheet for the shadow root (no inline styles, so a
 * strict CSP holds). Text on the accent is white when it reaches 4.5:1 (WCAG formula), else near-black;
 * the launcher gets an edge that contrasts 3:1 with light and dark pages; links
 * and focus rings on white use the accent only when it reaches 4.5:1 there.
 *
 * @example
 * sheet.replaceSync(themeCss({ colour: '#ffcc00', zIndex: 1000 }));
 */
export function themeCss({ colour, zIndex }: WidgetTheme): string {
  const accent = colour && HEX.test(colour) ? colour : DEFAULT_COLOUR;
  const onWhite = contrast(accent, '#fff');
  const z = Number.parseInt(String(zIndex ?? ''), 10);
  return `:host{--rd-accent:${accent};--rd-on-accent:${textOn(accent)};--rd-edge:${edgeOf(accent)};--rd-ink:${onWhite >= 4.5 ? accent : DEFAULT_COLOUR};--rd-z:${Number.isFinite(z) ? z : 2147483000}}`;
}
