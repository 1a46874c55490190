import { describe, expect, it } from 'vitest';
import type { InvitationRecord } from '../../core/ports/index.ts';
import type { SqlDatabase } from '../sql.ts';
import {
  COOP,
  ids,
  LIB,
  OTHER_COOP,
  OTHER_LIB,
  openWithDirectory,
  RESPONDER,
  responder,
} from './fixtures.ts';

function invitation(overrides: Partial<InvitationRecord> = {}): InvitationRecord {
  return {
    id: 'inv_1',
    tokenHash: 'token-hash-1',
    libraryId: LIB,
    email: 'new@lib-a.example',
    roles: ['librarian'],
    invitedBy: RESPONDER,
    invitedByName: 'Alice',
    createdAt: 1_000,
    expiresAt: 5_000,
    acceptedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

const session = (idHash: string, createdAt: number) => ({
  idHash,
  responderId: RESPONDER,
  csrfToken: 'c',
  createdAt,
  expiresAt: createdAt + 1_000,
});

/**
 * Accounts beyond sign-in: roles, passwords, disabling, sessions per person, invitations,
 * password resets and the audit log.
 *
 * @example
 * accountContract(() => openNodeSqlite(':memory:'));
 */
export function accountContract(open: () => SqlDatabase): void {
  describe('account store', () => {
    it('reads an account by id and by library, enabled when inserted', () => {
      const { accounts } = openWithDirectory(open);
      const account = accounts.account(RESPONDER);
      expect(account).toEqual({ responder: responder(), passwordHash: 'hash-alice' });
      expect(accounts.accountsOf(LIB).map((a) => a.responder.id)).toEqual([RESPONDER]);
      expect(accounts.accountsOf(OTHER_LIB)).toEqual([]);
      expect(accounts.account(ids.responder('r_nobody'))).toBeUndefined();
    });

    it('changes roles, the password hash and the disabled time, and refuses unknown accounts', () => {
      const { accounts, directory } = openWithDirectory(open);
      accounts.setRoles(RESPONDER, ['library_admin', 'librarian']);
      accounts.setPasswordHash(RESPONDER, 'hash-2');
      accounts.setDisabledAt(RESPONDER, 42);
      expect(directory.responder(RESPONDER)?.roles).toEqual(['library_admin', 'librarian']);
      expect(accounts.accountByEmail('ALICE@lib-a.example'.toLowerCase())).toMatchObject({
        passwordHash: 'hash-2',
        disabledAt: 42,
      });
      accounts.setDisabledAt(RESPONDER, null);
      expect(accounts.account(RESPONDER)?.disabledAt).toBeUndefined();
      expect(() => accounts.setRoles(ids.responder('r_nobody'), ['librarian'])).toThrow();
    });

    it('lists a person’s sessions newest first with where they signed in, and deletes all but one', () => {
      const { accounts } = openWithDirectory(open);
      accounts.insertSession({ ...session('s1', 100), userAgent: 'Firefox', address: '192.0.2.9' });
      accounts.insertSession(session('s2', 200));
      accounts.insertSession(session('s3', 300));
      const listed = accounts.sessionsOf(RESPONDER);
      expect(listed.map((s) => s.idHash)).toEqual(['s3', 's2', 's1']);
      expect(listed[2]).toEqual({
        ...session('s1', 100),
        userAgent: 'Firefox',
        address: '192.0.2.9',
      });
      expect(accounts.deleteSessionsOf(RESPONDER, 's2')).toBe(2);
      expect(accounts.sessionsOf(RESPONDER).map((s) => s.idHash)).toEqual(['s2']);
      expect(accounts.deleteSessionsOf(RESPONDER)).toBe(1);
      expect(accounts.sessionsOf(RESPONDER)).toEqual([]);
    });
  });

  describe('invitation store', () => {
    it('reads an invitation back by id and by token hash, its email lowercased', () => {
      const { invitations } = openWithDirectory(open);
      invitations.insertInvitation(invitation({ email: 'New@Lib-A.example' }));
      expect(invitations.invitation('inv_1')).toEqual(invitation());
      expect(invitations.invitationByTokenHash('token-hash-1')).toEqual(invitation());
      expect(invitations.invitationByTokenHash('other')).toBeUndefined();
    });

    it('closes an invitation once, and never after it expired', () => {
      const { invitations } = openWithDirectory(open);
      invitations.insertInvitation(invitation());
      invitations.insertInvitation(invitation({ id: 'inv_2', tokenHash: 't2' }));
      expect(invitations.closeInvitation('inv_1', 'accepted', 2_000)).toBe(true);
      expect(invitations.closeInvitation('inv_1', 'accepted', 2_001)).toBe(false);
      expect(invitations.closeInvitation('inv_1', 'revoked', 2_002)).toBe(false);
      expect(invitations.invitation('inv_1')?.acceptedAt).toBe(2_000);
      expect(invitations.closeInvitation('inv_2', 'accepted', 5_000)).toBe(false);
    });

    it('lists a library’s pending invitations, newest first, without accepted or revoked ones', () => {
      const { invitations } = openWithDirectory(open);
      invitations.insertInvitation(invitation());
      invitations.insertInvitation(invitation({ id: 'inv_2', tokenHash: 't2', createdAt: 1_500 }));
      invitations.insertInvitation(invitation({ id: 'inv_3', tokenHash: 't3' }));
      invitations.closeInvitation('inv_3', 'revoked', 2_000);
      expect(invitations.pendingInvitationsOf(LIB).map((i) => i.id)).toEqual(['inv_2', 'inv_1']);
      expect(invitations.pendingInvitationsOf(OTHER_LIB)).toEqual([]);
    });
  });

  describe('password reset store', () => {
    const reset = {
      tokenHash: 'r1',
      responderId: RESPONDER,
      createdAt: 0,
      expiresAt: 100,
      usedAt: null,
    };

    it('uses a reset once and only before it expires', () => {
      const { passwordResets } = openWithDirectory(open);
      passwordResets.insertReset(reset);
      passwordResets.insertReset({ ...reset, tokenHash: 'r2' });
      expect(passwordResets.resetByTokenHash('r1')).toEqual(reset);
      expect(passwordResets.useReset('r1', 50)).toBe(true);
      expect(passwordResets.useReset('r1', 51)).toBe(false);
      expect(passwordResets.resetByTokenHash('r1')?.usedAt).toBe(50);
      expect(passwordResets.useReset('r2', 100)).toBe(false);
    });

    it('forgets every reset of a person', () => {
      const { passwordResets } = openWithDirectory(open);
      passwordResets.insertReset(reset);
      passwordResets.deleteResetsOf(RESPONDER);
      expect(passwordResets.resetByTokenHash('r1')).toBeUndefined();
    });
  });

  describe('audit store', () => {
    const entry = {
      id: 'a1',
      at: 10,
      cooperativeId: COOP,
      libraryId: LIB,
      actorId: RESPONDER,
      actorName: 'Alice',
      action: 'roles_changed' as const,
      subjectId: ids.responder('r_bob'),
      subjectEmail: 'bob@lib-a.example',
      detail: 'librarian → library_admin',
    };

    it('reads entries of a cooperative or one library, newest first, paged by time', () => {
      const { audit, accounts } = openWithDirectory(open);
      accounts.insertAccount({
        responder: responder({ id: ids.responder('r_bob'), email: 'bob@lib-a.example' }),
        passwordHash: 'h',
      });
      audit.appendAudit(entry);
      audit.appendAudit({
        ...entry,
        id: 'a2',
        at: 20,
        actorId: null,
        actorName: 'command line',
        action: 'disabled',
      });
      audit.appendAudit({ ...entry, id: 'a3', at: 30, libraryId: ids.library('lib-a2') });
      audit.appendAudit({
        ...entry,
        id: 'a4',
        at: 40,
        cooperativeId: OTHER_COOP,
        libraryId: OTHER_LIB,
      });
      expect(audit.auditEntries({ cooperativeId: COOP, limit: 10 }).map((a) => a.id)).toEqual([
        'a3',
        'a2',
        'a1',
      ]);
      expect(
        audit.auditEntries({ cooperativeId: COOP, libraryId: LIB, limit: 10 }).map((a) => a.id),
      ).toEqual(['a2', 'a1']);
      expect(audit.auditEntries({ cooperativeId: COOP, before: 30, limit: 1 })).toEqual([
        {
          ...entry,
          id: 'a2',
          at: 20,
          actorId: null,
          actorName: 'command line',
          action: 'disabled',
        },
      ]);
    });
  });
}
