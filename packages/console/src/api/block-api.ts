import {
  type BlockListResponse,
  BlockListResponseSchema,
  type BlockRequest,
  type BlockView,
  BlockViewSchema,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface BlockApi {
  blockPatron(chatId: string, request: BlockRequest): Promise<BlockView>;
  blocks(): Promise<BlockListResponse>;
  approveBlock(blockId: string): Promise<BlockView>;
  liftBlock(blockId: string): Promise<BlockView>;
}

/**
 * The block list: block a chat's patron, list the blocks in force, approve and lift them.
 *
 * @example
 * await blockApi(http).blockPatron(chatId, { reason: 'Abuse', scope: 'cooperative' });
 */
export function blockApi(http: HttpClient): BlockApi {
  const one = (id: string, verb: string) =>
    http.send('POST', `/api/blocks/${encodeURIComponent(id)}/${verb}`, {}, BlockViewSchema);
  return {
    blockPatron: (chatId, request) =>
      http.send('POST', `/api/chats/${encodeURIComponent(chatId)}/block`, request, BlockViewSchema),
    blocks: () => http.get('/api/blocks', BlockListResponseSchema),
    approveBlock: (id) => one(id, 'approve'),
    liftBlock: (id) => one(id, 'lift'),
  };
}
