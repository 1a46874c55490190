/**
 * A new client message id: 16 random bytes in hex, so the server can match an echo and drop a
 * retry. `crypto.getRandomValues` works on plain-http pages too, where `randomUUID` does not.
 *
 * @example
 * send({ type: 'send', clientMessageId: createClientMessageId(), text });
 */
export function createClientMessageId(): string {
  let id = 'p';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
    id += byte.toString(16).padStart(2, '0');
  }
  return id;
}
