// Frames are not changed after they are sent, so a frame object has one text for good.
const texts = new WeakMap<object, string>();

/**
 * The JSON text of a frame, computed once per frame object: a frame the room sends to many sockets
 * (an offer to every librarian who may take the chat) is encoded once.
 *
 * @example
 * socket.send(encodeFrame(frame));
 */
export function encodeFrame(frame: object): string {
  let text = texts.get(frame);
  if (text === undefined) {
    text = JSON.stringify(frame);
    texts.set(frame, text);
  }
  return text;
}
