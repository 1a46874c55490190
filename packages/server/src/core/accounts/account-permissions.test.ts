import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { Library, Responder } from '../model.ts';
import { checkAccountChange, checkGrant, grantableRoles } from './account-permissions.ts';

const library = (id: string, cooperativeId = 'coop'): Library =>
  ({ id: id as LibraryId, cooperativeId, name: id }) as Library;
const person = (id: string, libraryId: string, roles: Role[]): Responder => ({
  id: id as ResponderId,
  libraryId: libraryId as LibraryId,
  email: `${id}@example.org`,
  displayName: id,
  roles,
  maxChats: 3,
});
const springfield = library('springfield');
const shelbyville = library('shelbyville');
const elsewhere = library('elsewhere', 'other-coop');
const admin = person('cora', 'springfield', ['library_admin']);
const coordinator = person('dev', 'springfield', ['coordinator']);
const librarian = person('ana', 'springfield', ['librarian']);

describe('who may change whose account', () => {
  it('lets nobody grant a role above their own', () => {
    expect(grantableRoles(librarian)).toEqual([]);
    expect(grantableRoles(admin)).toEqual(['librarian', 'library_admin']);
    expect(checkGrant(admin, ['coordinator'])).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkGrant(coordinator, ['quality_reviewer', 'coordinator'])).toEqual({ ok: true });
  });

  it('lets a library admin change people of their library only', () => {
    expect(
      checkAccountChange(admin, springfield, librarian, springfield, ['library_admin']).ok,
    ).toBe(true);
    const ben = person('ben', 'shelbyville', ['librarian']);
    expect(checkAccountChange(admin, springfield, ben, shelbyville).ok).toBe(false);
  });

  it('lets a coordinator change anyone in the cooperative, and no one outside it', () => {
    const ben = person('ben', 'shelbyville', ['librarian']);
    expect(checkAccountChange(coordinator, springfield, ben, shelbyville, ['coordinator']).ok).toBe(
      true,
    );
    const far = person('far', 'elsewhere', ['librarian']);
    expect(checkAccountChange(coordinator, springfield, far, elsewhere).ok).toBe(false);
  });

  it('keeps a library admin away from a coordinator of their own library', () => {
    expect(checkAccountChange(admin, springfield, coordinator, springfield)).toMatchObject({
      ok: false,
      message: 'This person holds a role above yours.',
    });
  });

  it('makes people ask another administrator to change their own account', () => {
    expect(checkAccountChange(coordinator, springfield, coordinator, springfield).ok).toBe(false);
  });
});
