import {
  type BlockListResponse,
  BlockListResponseSchema,
  type BlockRequest,
  type BlockView,
  BlockViewSchema,
  type IpMode,
  type IpModeSetting,
  IpModeSettingSchema,
  type LibraryId,
} from '@refdesk/protocol/responder';
import type { HttpClient } from './http-client.ts';

export interface BlockApi {
  blockPatron(chatId: string, request: BlockRequest): Promise<BlockView>;
  blocks(): Promise<BlockListResponse>;
  approveBlock(blockId: string): Promise<BlockView>;
  liftBlock(blockId: string): Promise<BlockView>;
  ipMode(libraryId: LibraryId): Promise<IpModeSetting>;
  saveIpMode(libraryId: LibraryId, ipMode: IpMode): Promise<IpModeSetting>;
}

/**
 * The block list: block a chat's patron, list the blocks in force, approve and lift them; and
 * each library's IP mode.
 *
 * @example
 * await blockApi(http).blockPatron(chatId, { reason: 'Abuse', scope: 'cooperative' });
 */
export function blockApi(http: HttpClient): BlockApi {
  const ipPath = (id: LibraryId) => `/api/libraries/${encodeURIComponent(id)}/ip-mode`;
  const one = (id: string, verb: string) =>
    http.send('POST', `/api/blocks/${encodeURIComponent(id)}/${verb}`, {}, BlockViewSchema);
  return {
    blockPatron: (chatId, request) =>
      http.send('POST', `/api/chats/${encodeURIComponent(chatId)}/block`, request, BlockViewSchema),
    blocks: () => http.get('/api/blocks', BlockListResponseSchema),
    approveBlock: (id) => one(id, 'approve'),
    liftBlock: (id) => one(id, 'lift'),
    ipMode: (libraryId) => http.get(ipPath(libraryId), IpModeSettingSchema),
    saveIpMode: (libraryId, ipMode) =>
      http.send('PUT', ipPath(libraryId), { ipMode }, IpModeSettingSchema),
  };
}
