/** WCAG relative luminance of a `#rgb` or `#rrggbb` colour. */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? hex.replace(/\w/g, '$&$&').slice(1) : hex.slice(1);
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** `hex` mixed with `towards` (`#000` or `#fff`) by `amount` from 0 to 1, as `#rrggbb`. */
export function mix(hex: string, towards: 0 | 255, amount: number): string {
  const digits = hex.length === 4 ? hex.replace(/\w/g, '$&$&').slice(1) : hex.slice(1);
  const channels = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16));
  return `#${channels.map((c) => hex2(c + (towards - c) * amount)).join('')}`;
}
