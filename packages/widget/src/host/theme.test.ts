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
