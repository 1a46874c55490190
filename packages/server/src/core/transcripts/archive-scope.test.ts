import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { Responder } from '../model.ts';
import { archiveScope } from './archive-scope.ts';

const person = (roles: Role[]): Responder => ({
  id: 'r1' as ResponderId,
  libraryId: 'springfield' as LibraryId,
  email: 'r1@springfield.example',
  displayName: 'R One',
  roles,
  maxChats: 3,
});

describe('archiveScope', () => {
  it('gives coordinators and quality reviewers the whole cooperative', () => {
    expect(archiveScope(person(['coordinator']))).toEqual({ kind: 'cooperative' });
    expect(archiveScope(person(['quality_reviewer']))).toEqual({ kind: 'cooperative' });
  });

  it('keeps librarians and library admins to their library’s patrons and their own chats', () => {
    for (const roles of [['librarian'], ['library_admin', 'librarian']] as Role[][]) {
      expect(archiveScope(person(roles))).toEqual({
        kind: 'own',
        libraryId: 'springfield',
        responderId: 'r1',
      });
    }
  });
});
