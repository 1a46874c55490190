import { describe, expect, it } from 'vitest';
import { headerText } from './header-text.ts';

describe('headerText', () => {
  it('turns line breaks and control characters into single spaces, so no header can be added', () => {
    expect(headerText('Renewals\r\nBcc: all@example.org\u0000\t!')).toBe(
      'Renewals Bcc: all@example.org !',
    );
  });

  it('keeps other text as it is, trimmed and cut to the limit', () => {
    expect(headerText('  Bücher & <b>DVDs</b>  ')).toBe('Bücher & <b>DVDs</b>');
    expect(headerText('x'.repeat(300))).toHaveLength(200);
  });
});
