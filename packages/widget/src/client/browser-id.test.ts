import { describe, expect, it } from 'vitest';
import { BROWSER_ID_KEY, createBrowserId } from './browser-id.ts';
import type { KeyValueStorage } from './storage.ts';

const memory = (): KeyValueStorage & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};

describe('createBrowserId', () => {
  it('mints 128 random bits and writes them only once the patron engages', () => {
    const storage = memory();
    const browser = createBrowserId(storage, (bytes) => bytes.fill(171));
    expect(browser.value).toBe('ab'.repeat(16));
    expect(storage.items.size).toBe(0);
    browser.keep();
    expect(storage.items.get(BROWSER_ID_KEY)).toBe('ab'.repeat(16));
    expect(createBrowserId(storage, (bytes) => bytes.fill(1)).value).toBe('ab'.repeat(16));
  });

  it('forgets the id when the conversation is cleared, and uses a new one', () => {
    const storage = memory();
    let fill = 1;
    const browser = createBrowserId(storage, (bytes) => bytes.fill(fill++));
    browser.keep();
    browser.forget();
    expect(storage.items.size).toBe(0);
    expect(browser.value).toBe('02'.repeat(16));
  });

  it('replaces a kept value that is not a browser id', () => {
    const storage = memory();
    storage.setItem(BROWSER_ID_KEY, 'x');
    expect(createBrowserId(storage, (bytes) => bytes.fill(0)).value).toBe('00'.repeat(16));
  });
});
