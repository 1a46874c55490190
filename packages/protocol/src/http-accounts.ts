import * as v from 'valibot';
import { TimestampSchema } from './common.ts';
import { DisplayNameSchema, EmailSchema } from './fields.ts';
import { LibraryIdSchema } from './ids.ts';
import { MintedResponderIdSchema } from './minted.ts';
import { LibraryRefSchema } from './responder-server.ts';
import { RoleSchema } from './responder-vocabulary.ts';

// ---- Accounts: people, invitations, passwords, sessions, the audit log ------------------

/** The fewest characters a password may have. */
export const MIN_PASSWORD_LENGTH = 12;

/** A new password: at least 12 characters (any characters: spaces and emoji count). */
export const NewPasswordSchema = v.pipe(
  v.string(),
  v.check(
    (password) => [...password].length >= MIN_PASSWORD_LENGTH,
    `must be at least ${MIN_PASSWORD_LENGTH} characters`,
  ),
  v.maxLength(1024, 'must be at most 1,024 characters'),
);

/** At least one role, each at most once. */
export const RolesSchema = v.pipe(
  v.array(RoleSchema),
  v.minLength(1, 'must name at least one role'),
  v.check((roles) => new Set(roles).size === roles.length, 'must not repeat a role'),
);

/** One person with an account, as `GET /api/people` lists them. */
export const PersonSchema = v.object({
  id: MintedResponderIdSchema,
  email: v.string(),
  displayName: v.string(),
  library: LibraryRefSchema,
  roles: v.array(RoleSchema),
  disabled: v.boolean(),
});
export type Person = v.InferOutput<typeof PersonSchema>;

/** An invitation not yet accepted. */
export const InvitationSchema = v.object({
  id: v.string(),
  email: v.string(),
  library: LibraryRefSchema,
  roles: v.array(RoleSchema),
  invitedBy: v.string(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
});
export type Invitation = v.InferOutput<typeof InvitationSchema>;

/** `GET /api/people`: a library admin sees their library, a coordinator the cooperative. */
export const PeopleResponseSchema = v.object({
  people: v.array(PersonSchema),
  invitations: v.array(InvitationSchema),
});
export type PeopleResponse = v.InferOutput<typeof PeopleResponseSchema>;

/** `POST /api/people/invitations`. `libraryId` defaults to the inviter's library. */
export const InvitationRequestSchema = v.object({
  email: EmailSchema,
  roles: RolesSchema,
  libraryId: v.optional(LibraryIdSchema),
});
export type InvitationRequest = v.InferOutput<typeof InvitationRequestSchema>;

/** Answer to an invitation: the single-use link, and whether it was emailed. */
export const InvitationResponseSchema = v.object({
  invitation: InvitationSchema,
  link: v.string(),
  emailed: v.boolean(),
});
export type InvitationResponse = v.InferOutput<typeof InvitationResponseSchema>;

/** `GET /api/invitations/:token` (public): what accepting it gives. */
export const InvitationPreviewSchema = v.object({
  email: v.string(),
  library: LibraryRefSchema,
  roles: v.array(RoleSchema),
  expiresAt: TimestampSchema,
});
export type InvitationPreview = v.InferOutput<typeof InvitationPreviewSchema>;

/** `POST /api/invitations/:token/accept` (public). */
export const AcceptInvitationSchema = v.object({
  displayName: DisplayNameSchema,
  password: NewPasswordSchema,
});
export type AcceptInvitation = v.InferOutput<typeof AcceptInvitationSchema>;

/** `PATCH /api/people/:id`: new roles, or disable / enable the account. */
export const PersonUpdateSchema = v.pipe(
  v.object({ roles: v.optional(RolesSchema), disabled: v.optional(v.boolean()) }),
  v.check(
    (update) => update.roles !== undefined || update.disabled !== undefined,
    'must change roles or disabled',
  ),
);
export type PersonUpdate = v.InferOutput<typeof PersonUpdateSchema>;

/** `POST /api/password-resets` (public "forgot password"): always answers 202. */
export const PasswordResetRequestSchema = v.object({ email: EmailSchema });

/** `POST /api/password-resets/:token` (public): the new password. */
export const PasswordResetSchema = v.object({ password: NewPasswordSchema });

/** `PUT /api/me/password`. */
export const PasswordChangeSchema = v.object({
  currentPassword: v.pipe(v.string(), v.minLength(1, 'is required'), v.maxLength(1024)),
  newPassword: NewPasswordSchema,
});
export type PasswordChange = v.InferOutput<typeof PasswordChangeSchema>;

/** One of my signed-in sessions (`GET /api/me/sessions`). */
export const SessionInfoSchema = v.object({
  id: v.string(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  current: v.boolean(),
  userAgent: v.nullable(v.string()),
  address: v.nullable(v.string()),
});
export type SessionInfo = v.InferOutput<typeof SessionInfoSchema>;
export const SessionListResponseSchema = v.object({ sessions: v.array(SessionInfoSchema) });

/** What an audit log entry records. */
export const AuditActionSchema = v.picklist([
  'account_added',
  'invited',
  'invitation_revoked',
  'invitation_accepted',
  'roles_changed',
  'disabled',
  'enabled',
  'password_changed',
  'password_reset_sent',
  'password_reset',
  'signed_out_everywhere',
  'retention_changed',
  'retention_floor_changed',
  'patron_exported',
  'patron_erased',
  'patron_blocked',
  'block_approved',
  'block_lifted',
  'chat_erased_by_patron',
]);
export type AuditAction = v.InferOutput<typeof AuditActionSchema>;

/** One account change: who did what to whom, when. `actor` is null for the command line. */
export const AuditEntrySchema = v.object({
  id: v.string(),
  at: TimestampSchema,
  action: AuditActionSchema,
  actor: v.nullable(v.object({ id: MintedResponderIdSchema, displayName: v.string() })),
  actorName: v.string(),
  subjectEmail: v.string(),
  library: LibraryRefSchema,
  detail: v.string(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;
/** `GET /api/audit?before=&limit=`: newest first. */
export const AuditLogResponseSchema = v.object({ entries: v.array(AuditEntrySchema) });
