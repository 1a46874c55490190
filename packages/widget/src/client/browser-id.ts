import { createClientMessageId } from './socket/create-client-message-id.ts';

/** Where the widget keeps its browser id, next to the conversations (`refdesk:<library>`). */
export const BROWSER_ID_KEY = 'refdesk:browser';

/**
 * A new browser id for the widget: 128 random bits, hex. The server keeps only a salted hash of
 * it; a block, or a patron's request for their chats, keys on it. (It is made like a message id.) The client writes it to the
 * site's storage only once the patron asks something, and removes it with the conversation.
 *
 * @example
 * let browser = storage.getItem(BROWSER_ID_KEY) || newBrowserId();
 */
export const newBrowserId = (): string => createClientMessageId('b');
