/** The part of the Web Storage API the client uses; inject one in tests or to opt out of storage. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The key under which a library's conversation is kept. The loader reads it to know whether a
 * conversation is in progress, without loading the client.
 *
 * @example
 * localStorage.getItem(conversationKey('springfield'));
 */
export const conversationKey = (libraryId: string): string => `refdesk:${libraryId}`;

/**
 * The page's `localStorage`, with every failure (storage blocked, private modes, sandboxed frames,
 * a full quota) swallowed: the conversation then lives in the page's memory only.
 *
 * @example
 * const storage = defaultStorage();
 */
export function defaultStorage(): KeyValueStorage {
  const attempt = <T>(work: (local: Storage) => T): T | null => {
    try {
      return work(globalThis.localStorage);
    } catch {
      return null;
    }
  };
  return {
    getItem: (key) => attempt((local) => local.getItem(key)),
    setItem: (key, value) => void attempt((local) => local.setItem(key, value)),
    removeItem: (key) => void attempt((local) => local.removeItem(key)),
  };
}
