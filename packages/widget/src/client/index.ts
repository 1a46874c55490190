/**
 * The headless patron client: everything but the UI, with no framework.
 *
 * @example
 * import { createChatClient } from '@refdesk/widget/client';
 * const client = createChatClient({ libraryId: 'springfield', server: 'https://ask.example.org' });
 * client.on('message', (message) => render(message));
 * client.ask({ question: 'Can I renew a book online?' });
 */
export type { ChatClient } from './chat-client.ts';
export { createChatClient } from './create-chat-client.ts';
export type { ClientEnvironment, SocketConstructor, SocketLike, Timers } from './socket/types.ts';
export type { KeyValueStorage } from './storage.ts';
export type {
  AssignedInfo,
  AuthorRole,
  BroadcastChannelLike,
  ChatClientEvents,
  ChatClientOptions,
  ChatError,
  ChatMessage,
  ChatSnapshot,
  ConnectionStatus,
  OfflineReason,
  QueueInfo,
} from './types.ts';
