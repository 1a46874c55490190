import { describe, expect, it } from 'vitest';
import { cachedById } from './cached-by-id.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('cachedById', () => {
  it('fetches once for every reader, and again in the background when old', async () => {
    let now = 0;
    let calls = 0;
    const cache = cachedById(
      async (id) => `${id} v${++calls}`,
      1000,
      () => now,
    );
    expect(cache.get('a').value.state).toBe('loading');
    cache.get('a');
    await settle();
    expect(cache.get('a').value).toEqual({ state: 'ready', value: 'a v1' });
    now = 2000;
    const entry = cache.get('a');
    expect(entry.value).toEqual({ state: 'ready', value: 'a v1' });
    await settle();
    expect(entry.value).toEqual({ state: 'ready', value: 'a v2' });
    expect(calls).toBe(2);
  });

  it('keeps the old value when a background refresh fails', async () => {
    let fail = false;
    const cache = cachedById(async () => {
      if (fail) throw new Error('offline');
      return 'page';
    });
    cache.get('a');
    await settle();
    fail = true;
    await cache.refresh('a');
    expect(cache.get('a').value).toEqual({ state: 'ready', value: 'page' });
  });
});
