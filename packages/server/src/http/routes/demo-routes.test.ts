import type { LibraryId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { createAppHarness } from '../../../test/support/app-harness.ts';

describe('GET /demo/:library', () => {
  it('escapes a library name that carries markup, so the page shows it instead of running it', async () => {
    const h = await createAppHarness();
    const library = h.stores.directory.library('springfield' as LibraryId);
    if (!library) throw new Error('no library');
    const name = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    h.stores.directory.updateLibrary({ ...library, name });
    const html = await (await h.app.request('/demo/springfield')).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#60;img');
  });

  it('answers 404 outside demo mode (production), even for a library that exists', async () => {
    const h = await createAppHarness({ demo: false });
    expect((await h.app.request('/demo/springfield')).status).toBe(404);
    expect((await h.app.request('/demo/springfield/anything')).status).toBe(404);
    expect((await h.app.request('/healthz')).status).toBe(200);
  });
});
