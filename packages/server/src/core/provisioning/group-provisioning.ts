import type { CooperativeId, GroupCreate, GroupId } from '@refdesk/protocol';
import type { Library, LibraryGroup } from '../model.ts';
import type { Directory } from '../ports/index.ts';
import { type Provisioned, refuse } from './provisioning-result.ts';

/**
 * A new group of a cooperative; group ids are unique across cooperatives (libraries name them).
 *
 * @example
 * const made = newGroup(directory, cooperativeId, { id, name: 'West Valley' });
 */
export function newGroup(
  directory: Directory,
  cooperativeId: CooperativeId,
  input: GroupCreate,
): Provisioned<LibraryGroup> {
  if (directory.group(input.id)) {
    return refuse('conflict', 'id', `A group "${input.id}" exists already.`);
  }
  return { ok: true, value: { id: input.id, cooperativeId, name: input.name } };
}

/**
 * The group a library of `cooperativeId` may join, or why not: it must be one of that
 * cooperative's groups (null: no group).
 *
 * @example
 * const group = groupFor(directory, library.cooperativeId, patch.groupId);
 */
export function groupFor(
  directory: Directory,
  cooperativeId: CooperativeId,
  groupId: GroupId | null,
): Provisioned<Library['groupId']> {
  if (groupId === null) return { ok: true, value: null };
  const group = directory.group(groupId);
  if (!group || group.cooperativeId !== cooperativeId) {
    return refuse('missing', 'groupId', `No group "${groupId}" in this cooperative.`);
  }
  return { ok: true, value: group.id };
}
