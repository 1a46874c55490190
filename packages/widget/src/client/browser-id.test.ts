import { describe, expect, it } from 'vitest';
import { newBrowserId } from './browser-id.ts';

describe('the widget’s browser id', () => {
  it('is 128 random bits in hex, new each time', () => {
    const id = newBrowserId();
    expect(id).toMatch(/^b[0-9a-f]{32}$/);
    expect(newBrowserId()).not.toBe(id);
  });
});
