import { describe, expect, it } from 'vitest';
import { createTitleBadge } from './create-title-badge.ts';

describe('createTitleBadge', () => {
  it('puts the count before the title and takes it away again', () => {
    document.title = 'Hours';
    const badge = createTitleBadge(document);
    badge.set(3);
    expect(document.title).toBe('(3) Hours');
    badge.set(4);
    expect(document.title).toBe('(4) Hours');
    badge.set(0);
    expect(document.title).toBe('Hours');
  });

  it('follows a title the page changed meanwhile', () => {
    document.title = 'Home';
    const badge = createTitleBadge(document);
    badge.set(1);
    document.title = 'Events';
    badge.set(2);
    expect(document.title).toBe('(2) Events');
  });
});
