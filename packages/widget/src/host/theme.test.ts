import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR, themeCss } from './theme.ts';

const property = (css: string, name: string) => new RegExp(`--${name}:([^;}]+)`).exec(css)?.[1];

describe('themeCss', () => {
  it('puts white text on dark accents and near-black text on light ones', () => {
    expect(property(themeCss({ colour: '#1f4e99' }), 'rd-on-accent')).toBe('#fff');
    expect(property(themeCss({ colour: '#ffcc00' }), 'rd-on-accent')).toBe('#111');
    expect(property(themeCss({ colour: '#fc0' }), 'rd-on-accent')).toBe('#111');
  });

  it('keeps links and focus rings readable on white when the accent is too light', () => {
    expect(property(themeCss({ colour: '#ffcc00' }), 'rd-ink')).toBe(DEFAULT_COLOUR);
    expect(property(themeCss({ colour: '#8a1538' }), 'rd-ink')).toBe('#8a1538');
  });

  it('ignores a colour or z-index that is not one, so nothing can be injected into the CSS', () => {
    const css = themeCss({ colour: 'red;} * {display:none', zIndex: '1; color: red' });
    expect(property(css, 'rd-accent')).toBe(DEFAULT_COLOUR);
    expect(property(css, 'rd-z')).toBe('1');
    expect(css).not.toContain('display');
  });
});

/** The WCAG 2 contrast ratio, written out here so the test does not trust the code under test. */
function ratio(a: string, b: string): number {
  const lum = (hex: string) => {
    const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `hsl(h, s%, l%)` as `#rrggbb`. */
function hsl(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

const wheel = [
  '#3f51b5',
  '#9c27b0',
  '#d32f2f',
  '#ffcc00',
  '#fc0',
  '#fff',
  '#000',
  '#777',
  '#767676',
  '#808080',
  ...Array.from({ length: 24 }, (_, i) =>
    [0.3, 0.5, 0.65, 0.85].map((l) => hsl(i * 15, 0.75, l)),
  ).flat(),
];

describe('themeCss contrast over the hue wheel', () => {
  it('tests well over twenty colours spread around the wheel', () => {
    expect(new Set(wheel).size).toBeGreaterThanOrEqual(20);
  });

  it.each(wheel)('puts text at 4.5:1 or more on %s', (colour) => {
    const css = themeCss({ colour });
    expect(ratio(property(css, 'rd-on-accent') ?? '', colour)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(wheel)(
    'gives the %s launcher an edge of 3:1 or more on white and dark pages',
    (colour) => {
      const edge = property(themeCss({ colour }), 'rd-edge') ?? '';
      expect(ratio(edge, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(ratio(edge, '#121212')).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(wheel)('keeps links at 4.5:1 or more on the white panel with %s', (colour) => {
    expect(ratio(property(themeCss({ colour }), 'rd-ink') ?? '', '#ffffff')).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('puts white text on the medium accents where near-black read at 2.75 to 3.79:1', () => {
    for (const colour of ['#3f51b5', '#9c27b0', '#d32f2f']) {
      expect(property(themeCss({ colour }), 'rd-on-accent')).toBe('#fff');
    }
  });
});
