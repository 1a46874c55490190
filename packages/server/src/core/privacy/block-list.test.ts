import type { ChatId, CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../hash-token.ts';
import type { Responder } from '../model.ts';
import type { BlockRecord } from '../ports/index.ts';
import { approveBlock, blockHolds, liftBlock, newBlock, patronKeys } from './block-list.ts';

const HOUR = 3_600_000;
const ana: Responder = {
  id: 'ana' as ResponderId,
  libraryId: 'lib-a' as LibraryId,
  email: 'ana@a.example',
  displayName: 'Ana',
  roles: ['librarian'],
  maxChats: 3,
};
const chat = {
  id: 'chat_1' as ChatId,
  cooperativeId: 'coop' as CooperativeId,
  libraryId: 'lib-a' as LibraryId,
};
const keys = patronKeys(hashToken, 'salt', 'browser-id-0123456789', '203.0.113.7');

function block(overrides: Partial<Parameters<typeof newBlock>[0]> = {}): BlockRecord {
  const made = newBlock({
    id: 'block_1',
    chat,
    keys,
    scope: 'library',
    address: 'none',
    reason: 'Abuse',
    hours: 24,
    by: ana,
    byCoordinator: false,
    now: 0,
    ...overrides,
  });
  if ('refused' in made) throw new Error(made.refused);
  return made;
}

describe('patronKeys', () => {
  it('hashes the browser id, the address and its subnet with the salt, each kind apart', () => {
    expect(keys.browserHash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.browserHash).not.toBe(
      patronKeys(hashToken, 'other', 'browser-id-0123456789', null).browserHash,
    );
    expect(keys.subnetHash).toBe(patronKeys(hashToken, 'salt', null, '203.0.113.200').subnetHash);
    expect(keys.addressHash).not.toBe(
      patronKeys(hashToken, 'salt', null, '203.0.113.200').addressHash,
    );
    expect(patronKeys(hashToken, 'salt', null, null)).toEqual({
      browserHash: null,
      addressHash: null,
      subnetHash: null,
    });
  });
});

describe('a block', () => {
  it('holds at its library until it expires, and a cooperative one everywhere once approved', () => {
    const library = block();
    expect(blockHolds(library, 'lib-a', 24 * HOUR - 1)).toBe(true);
    expect(blockHolds(library, 'lib-a', 24 * HOUR)).toBe(false);
    expect(blockHolds(library, 'lib-b', 0)).toBe(false);
    const cooperative = block({ scope: 'cooperative' });
    expect(cooperative.status).toBe('pending');
    expect(blockHolds(cooperative, 'lib-a', 0)).toBe(true);
    expect(blockHolds(cooperative, 'lib-b', 0)).toBe(false);
    const approved = approveBlock(cooperative, 'dev' as ResponderId, HOUR);
    if ('refused' in approved) throw new Error(approved.refused);
    expect(blockHolds(approved, 'lib-b', HOUR)).toBe(true);
    expect(approveBlock(approved, 'dev' as ResponderId, HOUR)).toHaveProperty('refused');
  });

  it('is approved at once when a coordinator sets it for the cooperative', () => {
    expect(block({ scope: 'cooperative', byCoordinator: true })).toMatchObject({
      status: 'active',
      decidedBy: 'ana',
    });
  });

  it('no longer holds once lifted, and cannot be lifted twice or after it expired', () => {
    const lifted = liftBlock(block(), 'cora' as ResponderId, HOUR);
    if ('refused' in lifted) throw new Error(lifted.refused);
    expect(blockHolds(lifted, 'lib-a', HOUR)).toBe(false);
    expect(liftBlock(lifted, 'cora' as ResponderId, HOUR)).toHaveProperty('refused');
    expect(liftBlock(block(), 'cora' as ResponderId, 25 * HOUR)).toHaveProperty('refused');
  });

  it('keys on the subnet or the address when asked, and refuses what it cannot key on', () => {
    expect(block({ address: 'subnet' }).addressHash).toBe(keys.subnetHash);
    expect(block({ address: 'full' }).addressHash).toBe(keys.addressHash);
    const noAddress = { ...keys, addressHash: null, subnetHash: null };
    expect(newBlock({ ...base(), keys: noAddress, address: 'subnet' })).toHaveProperty('refused');
    const nothing = { browserHash: null, addressHash: null, subnetHash: null };
    expect(newBlock({ ...base(), keys: nothing })).toHaveProperty('refused');
  });
});

function base(): Parameters<typeof newBlock>[0] {
  return {
    id: 'block_2',
    chat,
    keys,
    scope: 'library',
    address: 'none',
    reason: 'Abuse',
    hours: 24,
    by: ana,
    byCoordinator: false,
    now: 0,
  };
}
