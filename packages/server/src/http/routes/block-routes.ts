import {
  type BlockListResponse,
  BlockRequestSchema,
  type BlockView,
  type ChatId,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { audit } from '../../core/accounts/account-actions.ts';
import type { Library, Responder } from '../../core/model.ts';
import { isCoordinatorOf } from '../../core/permissions.ts';
import type { BlockRecord, PatronKeys } from '../../core/ports/index.ts';
import {
  approveBlock,
  canBlockPatron,
  canManageBlock,
  liftBlock,
  newBlock,
} from '../../core/privacy/block-list.ts';
import { keysOfPatron } from '../../core/room/patron-blocks.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * The block list. `POST /api/chats/:id/block` blocks the patron of a chat (who answered it, its
 * library's staff, coordinators); `GET /api/blocks` lists the blocks in force or waiting (a
 * library's admins see their library's, coordinators all); `POST /api/blocks/:id/approve`
 * (coordinators) and `POST /api/blocks/:id/lift` (the block's library admins, coordinators).
 * Every change is audited, without the patron's keys.
 */
export function blockRoutes(deps: AppDeps) {
  const chats = new Hono<AppEnv>();
  const blocks = new Hono<AppEnv>();
  const { directory } = deps.stores;

  chats.post('/:id/block', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const chat = deps.stores.transcripts.chat((c.req.param('id') ?? '') as ChatId);
    if (!chat || chat.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such chat.');
    }
    if (!canBlockPatron(me, home, chat)) {
      throw new HttpError(
        'forbidden',
        'Only the chat’s responder and its library’s staff can block its patron.',
      );
    }
    const request = await readBody(c, BlockRequestSchema);
    const library = directory.library(chat.libraryId);
    if (!library) throw new HttpError('not_found', 'No such library.');
    const result = newBlock({
      id: deps.ids.id('block'),
      chat,
      keys: chatPatronKeys(deps, chat.cooperativeId, chat.id),
      scope: request.scope,
      address: request.address,
      reason: request.reason,
      hours: request.hours,
      by: me,
      byCoordinator: isCoordinatorOf(me, home, library),
      now: deps.clock.now(),
    });
    if ('refused' in result) throw new HttpError('validation', result.refused);
    deps.stores.blocks.insertBlock(result);
    audit(deps, me, 'patron_blocked', library, { id: null, email: '' }, describe(result));
    return c.json(blockView(deps, me, home, result), 201);
  });

  blocks.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    c.header('Cache-Control', 'private, no-store');
    const body: BlockListResponse = {
      blocks: deps.stores.blocks
        .currentBlocks(home.cooperativeId, deps.clock.now())
        .filter((block) => {
          const library = directory.library(block.libraryId);
          return library !== undefined && canManageBlock(me, home, library);
        })
        .map((block) => blockView(deps, me, home, block)),
    };
    return c.json(body);
  });

  const decide = (verb: 'approve' | 'lift') => (c: Context<AppEnv>) => {
    const { me, home } = requireResponder(deps, c);
    const block = deps.stores.blocks.block(c.req.param('id') ?? '');
    const library = block && directory.library(block.libraryId);
    if (!block || !library || block.cooperativeId !== home.cooperativeId) {
      throw new HttpError('not_found', 'No such block.');
    }
    const allowed =
      verb === 'approve' ? isCoordinatorOf(me, home, library) : canManageBlock(me, home, library);
    if (!allowed) {
      throw new HttpError(
        'forbidden',
        verb === 'approve'
          ? 'Only coordinators approve cooperative blocks.'
          : `Only ${library.name}’s admins and coordinators can lift this block.`,
      );
    }
    const now = deps.clock.now();
    const result =
      verb === 'approve' ? approveBlock(block, me.id, now) : liftBlock(block, me.id, now);
    if ('refused' in result) throw new HttpError('conflict', result.refused);
    deps.stores.blocks.updateBlock(result);
    const action = verb === 'approve' ? 'block_approved' : 'block_lifted';
    audit(deps, me, action, library, { id: null, email: '' }, describe(result));
    return c.json(blockView(deps, me, home, result));
  };
  blocks.post('/:id/approve', decide('approve'));
  blocks.post('/:id/lift', decide('lift'));

  return { chats, blocks };
}

/**
 * The salted keys of a chat's patron: the browser hash kept on the chat, and the address while
 * the patron is connected (or what the library's IP mode kept of it).
 */
function chatPatronKeys(
  deps: AppDeps,
  cooperativeId: Library['cooperativeId'],
  chatId: ChatId,
): PatronKeys {
  const room = deps.rooms.roomFor(cooperativeId);
  const stored = deps.stores.blocks.chatKeys(chatId);
  const live = room ? [...(room.context.chats.get(chatId)?.patrons ?? [])] : [];
  const liveAddress = live.find((session) => session.clientAddress)?.clientAddress ?? null;
  const address = liveAddress ?? stored?.patronAddress ?? null;
  const computed = room && keysOfPatron(room.context, null, address);
  const subnetOnly = liveAddress === null && address?.includes('/') === true;
  return {
    browserHash: stored?.browserHash ?? null,
    addressHash: subnetOnly ? null : (computed?.addressHash ?? null),
    subnetHash: computed?.subnetHash ?? null,
  };
}

/** The audit's words for a block: what kind, for how long; never the patron's keys. */
function describe(block: BlockRecord): string {
  const hours = Math.round((block.expiresAt - block.createdAt) / 3_600_000);
  const keys = block.address === 'none' ? 'browser' : `browser and ${block.address} address`;
  return `${block.scope} block ${block.id} (${block.status}), ${hours} h, by ${keys}: ${block.reason}`;
}

function blockView(deps: AppDeps, me: Responder, home: Library, block: BlockRecord): BlockView {
  const { directory } = deps.stores;
  const library = directory.library(block.libraryId);
  const name = (id: BlockRecord['createdBy'] | null) =>
    id ? (directory.responder(id)?.displayName ?? 'A former responder') : null;
  const coordinator = library !== undefined && isCoordinatorOf(me, home, library);
  const now = deps.clock.now();
  const holds = block.status !== 'lifted' && block.expiresAt > now;
  return {
    id: block.id,
    libraryId: block.libraryId,
    libraryName: library?.name ?? block.libraryId,
    scope: block.scope,
    status: block.status,
    reason: block.reason,
    chatId: block.chatId,
    address: block.address,
    createdByName: name(block.createdBy) ?? '',
    createdAt: block.createdAt,
    expiresAt: block.expiresAt,
    decidedByName: name(block.decidedBy),
    decidedAt: block.decidedAt,
    canApprove: coordinator && holds && block.scope === 'cooperative' && block.status === 'pending',
    canLift: holds && library !== undefined && canManageBlock(me, home, library),
  };
}
