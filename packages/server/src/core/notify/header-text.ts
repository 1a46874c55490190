/**
 * One line of header text: line breaks and control characters become spaces, so text that a
 * patron or another library typed can never add a header.
 *
 * @example
 * headerText('Renewals\r\nBcc: everyone@example.org'); // 'Renewals Bcc: everyone@example.org'
 */
export function headerText(text: string, maxLength = 200): string {
  const printable = Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f ? ' ' : char;
  }).join('');
  return printable.replace(/\s+/g, ' ').trim().slice(0, maxLength);
}
