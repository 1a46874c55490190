import type { KeyValueStorage } from './storage.ts';

/** Where the widget keeps its browser id, next to the conversations (`refdesk:<library>`). */
export const BROWSER_ID_KEY = 'refdesk:browser';
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

/** The widget's browser id: the kept one, else a new one kept only once the patron asks. */
export interface BrowserId {
  /** Sent in every `hello`. */
  readonly value: string;
  /** The patron engaged (asked a question): keep the id in this site's storage. */
  keep(): void;
  /** The patron cleared their conversation: forget the id, and use a new one from now on. */
  forget(): void;
}

/**
 * The widget's browser id (128 random bits, hex). The server keeps only a salted hash of it: a
 * block, or a patron's request for their chats, keys on it. Like the conversation, it is written
 * to storage only once the patron asks something, and cleared with it.
 *
 * @example
 * const browser = createBrowserId(storage);
 * hello.browserId = browser.value;
 */
export function createBrowserId(
  storage: KeyValueStorage,
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes),
): BrowserId {
  const mint = () =>
    Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const kept = storage.getItem(BROWSER_ID_KEY);
  let value = kept && VALID.test(kept) ? kept : mint();
  return {
    get value() {
      return value;
    },
    keep() {
      if (storage.getItem(BROWSER_ID_KEY) !== value) storage.setItem(BROWSER_ID_KEY, value);
    },
    forget() {
      storage.removeItem(BROWSER_ID_KEY);
      value = mint();
    },
  };
}
