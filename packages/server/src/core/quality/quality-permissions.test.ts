import type { LibraryId, ResponderId, Role } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { ChatRecord, Responder } from '../model.ts';
import { canSeeReview, isQualityReviewer } from './quality-permissions.ts';

const person = (id: string, libraryId: string, roles: Role[]): Responder => ({
  id: id as ResponderId,
  libraryId: libraryId as LibraryId,
  email: `${id}@example.org`,
  displayName: id,
  roles,
  maxChats: 3,
});
const ben = person('ben', 'shelbyville', ['librarian']);
const chat = { responderId: ben.id, libraryId: 'springfield' } as ChatRecord;

describe('who sees a review', () => {
  it('lets the quality team, the responder and their library’s admins see it', () => {
    expect(canSeeReview(person('q', 'springfield', ['quality_reviewer']), chat, ben)).toBe(true);
    expect(canSeeReview(person('d', 'springfield', ['coordinator']), chat, ben)).toBe(true);
    expect(canSeeReview(ben, chat, ben)).toBe(true);
    expect(canSeeReview(person('sa', 'shelbyville', ['library_admin']), chat, ben)).toBe(true);
  });

  it('hides it from the responder’s colleagues and from the patron’s home library', () => {
    expect(canSeeReview(person('sl', 'shelbyville', ['librarian']), chat, ben)).toBe(false);
    expect(canSeeReview(person('cora', 'springfield', ['library_admin']), chat, ben)).toBe(false);
    expect(canSeeReview(person('ana', 'springfield', ['librarian']), chat, ben)).toBe(false);
  });

  it('counts only coordinators and quality reviewers as the quality team', () => {
    expect(isQualityReviewer(person('x', 'springfield', ['library_admin']))).toBe(false);
    expect(isQualityReviewer(person('x', 'springfield', ['quality_reviewer']))).toBe(true);
  });
});
