import {
  type AuditEntry,
  AuditLogResponseSchema,
  type InvitationPreview,
  InvitationPreviewSchema,
  type InvitationRequest,
  type InvitationResponse,
  InvitationResponseSchema,
  type PeopleResponse,
  PeopleResponseSchema,
  type Person,
  PersonSchema,
  type PersonUpdate,
  type SessionInfo,
  SessionListResponseSchema,
} from '@refdesk/protocol/responder';
import * as v from 'valibot';
import type { HttpClient } from './http-client.ts';

const EmailOnlySchema = v.object({ email: v.string() });
const EmailedSchema = v.object({ emailed: v.boolean() });
const link = (token: string) => encodeURIComponent(token);

export interface AccountApi {
  people(): Promise<PeopleResponse>;
  invite(request: InvitationRequest): Promise<InvitationResponse>;
  revokeInvitation(id: string): Promise<void>;
  updatePerson(id: string, update: PersonUpdate): Promise<Person>;
  /** Emails the person a reset link; false when the email could not be sent. */
  sendPasswordReset(id: string): Promise<boolean>;
  audit(): Promise<AuditEntry[]>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  mySessions(): Promise<SessionInfo[]>;
  endSession(id: string): Promise<void>;
  signOutEverywhere(): Promise<void>;
  /** Public, from an emailed link. */
  invitation(token: string): Promise<InvitationPreview>;
  acceptInvitation(token: string, displayName: string, password: string): Promise<string>;
  forgotPassword(email: string): Promise<void>;
  resetPassword(token: string, password: string): Promise<string>;
}

/**
 * People, invitations, passwords, sessions and the audit log.
 *
 * @example
 * const { people, invitations } = await api.people();
 */
export function accountApi(http: HttpClient): AccountApi {
  return {
    people: () => http.get('/api/people', PeopleResponseSchema),
    invite: (request) =>
      http.send('POST', '/api/people/invitations', request, InvitationResponseSchema),
    revokeInvitation: (id) =>
      http.send('DELETE', `/api/people/invitations/${encodeURIComponent(id)}`),
    updatePerson: (id, update) =>
      http.send('PATCH', `/api/people/${encodeURIComponent(id)}`, update, PersonSchema),
    async sendPasswordReset(id) {
      const path = `/api/people/${encodeURIComponent(id)}/reset-password`;
      return (await http.send('POST', path, undefined, EmailedSchema)).emailed;
    },
    audit: async () => (await http.get('/api/audit', AuditLogResponseSchema)).entries,
    changePassword: (currentPassword, newPassword) =>
      http.send('PUT', '/api/me/password', { currentPassword, newPassword }),
    mySessions: async () =>
      (await http.get('/api/me/sessions', SessionListResponseSchema)).sessions,
    endSession: (id) => http.send('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`),
    async signOutEverywhere() {
      await http.send('DELETE', '/api/me/sessions');
      http.setCsrfToken(null);
    },
    invitation: (token) => http.get(`/api/invitations/${link(token)}`, InvitationPreviewSchema),
    async acceptInvitation(token, displayName, password) {
      const path = `/api/invitations/${link(token)}/accept`;
      return (await http.send('POST', path, { displayName, password }, EmailOnlySchema)).email;
    },
    forgotPassword: (email) => http.send('POST', '/api/password-resets', { email }),
    async resetPassword(token, password) {
      const path = `/api/password-resets/${link(token)}`;
      return (await http.send('POST', path, { password }, EmailOnlySchema)).email;
    },
  };
}
