import { describe, expect, it } from 'vitest';
import { createAppHarness } from '../../../test/support/app-harness.ts';

describe('GET /accessibility', () => {
  it('serves the accessibility statement to anyone: standard, testing, known limits and contact', async () => {
    const h = await createAppHarness({ demo: false });
    const response = await h.app.request('/accessibility');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('WCAG) 2.2</a> at level AA');
    expect(html).toContain('adds to a chat\n(such as "joined the chat"), its error messages');
    expect(html).toContain("<li>The librarians' console is in English only.</li>");
    expect(html).toContain("axe-core (Deque) and IBM's\nEqual Access accessibility checker");
    for (const heading of ['Standard', 'How we test', 'Known limits', 'Contact']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
  });
});
