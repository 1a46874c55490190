import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/console-harness.tsx';
import { policyPage } from '../testing/fixtures.ts';
import { PolicyView } from './policy-view.tsx';

afterEach(cleanup);

const show = (page = policyPage()) =>
  render(createHarness().wrap(<PolicyView page={page} idPrefix="t" />));

describe('PolicyView', () => {
  it('links to every filled section, alerts first, and to the staff-only section', () => {
    show();
    const nav = screen.getByRole('navigation', {
      name: "Sections of Springfield Public Library's policy page",
    });
    const links = [...nav.querySelectorAll('a')].map((a) => a.textContent);
    expect(links[0]).toBe('Alerts');
    expect(links).toContain('Interlibrary loan');
    expect(links).not.toContain('Course reserves');
    expect(links.at(-1)).toBe('Staff only');
    expect(screen.getByText('Guest card 21234000009999, PIN 2468.')).toBeTruthy();
  });

  it('shows when it was last updated and warns when it is stale', () => {
    show(policyPage({ stale: true }));
    expect(screen.getByText(/Version 3 · Last updated .* by Cora Chen/)).toBeTruthy();
    expect(screen.getByText(/longer ago than the cooperative's freshness limit/)).toBeTruthy();
  });

  it('has no stale warning or staff-only section when there is none to show', () => {
    const { staffOnly: _, ...publicPage } = policyPage();
    show(publicPage);
    expect(screen.queryByText(/freshness limit/)).toBeNull();
    expect(screen.queryByText('Staff only')).toBeNull();
  });

  it("renders another library's text as text, and only http links as links", () => {
    const page = policyPage();
    show({
      ...page,
      sections: {
        ...page.sections,
        renewals: '<b onmouseover=alert(1)>bold</b>',
        catalogueUrl: 'javascript:alert(1)',
      },
    });
    expect(screen.getByText('<b onmouseover=alert(1)>bold</b>')).toBeTruthy();
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
  });

  it('offers "Report a problem with this page"', () => {
    show();
    expect(screen.getByRole('button', { name: 'Report a problem with this page' })).toBeTruthy();
  });
});
