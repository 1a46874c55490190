import type { JSX } from 'preact';

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]'’]+$/;

export interface MessageTextProps {
  text: string;
}

/**
 * Message text with its web addresses as links. Everything is rendered as text nodes, never as
 * HTML, and only http(s) addresses become links, so no message can inject markup or script.
 *
 * @example
 * <MessageText text="See https://example.org/hours." />
 */
export function MessageText({ text }: MessageTextProps) {
  const parts: (string | JSX.Element)[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const address = match[0].replace(TRAILING, '');
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(
      <a
        href={address.startsWith('www.') ? `https://${address}` : address}
        target="_blank"
        rel="noopener noreferrer"
      >
        {address}
      </a>,
    );
    last = start + address.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
