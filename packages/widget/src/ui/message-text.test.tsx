import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MessageText } from './message-text.tsx';

const links = (text: string) => {
  const { container } = render(<MessageText text={text} />);
  return { container, anchors: [...container.querySelectorAll('a')] };
};

describe('MessageText', () => {
  it('renders markup in a message as the characters it is made of', () => {
    const { container } = links('<b onmouseover="alert(1)">bold</b> &amp; <iframe src="x">');
    expect(container.textContent).toBe('<b onmouseover="alert(1)">bold</b> &amp; <iframe src="x">');
    expect(container.querySelector('b, iframe')).toBeNull();
  });

  it('turns web addresses into links, leaving the punctuation after them out', () => {
    const { anchors } = links('Try https://example.org/a?b=1, or www.example.org/hours.');
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a?b=1',
      'https://www.example.org/hours',
    ]);
    expect(anchors.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).toBe(
      true,
    );
  });

  it('never links other schemes', () => {
    const { anchors } = links('javascript:alert(1) data:text/html,<script> mailto:x@example.org');
    expect(anchors).toEqual([]);
  });
});
