import * as v from 'valibot';

// The words responders, the server and its storage share. Each is defined here once: the server's
// records, its row readers and the console import these picklists and types.

/** Away: no offers. Local: my library's patrons. Cooperative: mine and the cooperative's. */
export const ResponderStatusSchema = v.picklist(['away', 'local', 'cooperative']);
export type ResponderStatus = v.InferOutput<typeof ResponderStatusSchema>;

/** How a responder ends a chat. */
export const OutcomeSchema = v.picklist([
  'answered',
  'follow_up_by_me',
  'follow_up_by_home_library',
  'referred',
  'lost',
  'practice',
]);
export type Outcome = v.InferOutput<typeof OutcomeSchema>;

export const RoleSchema = v.picklist([
  'librarian',
  'library_admin',
  'coordinator',
  'quality_reviewer',
]);
export type Role = v.InferOutput<typeof RoleSchema>;

/** A stored chat's state. (A patron also sees `none`: see PatronChatState.) */
export const ChatStateSchema = v.picklist(['queued', 'active', 'ended']);
export type ChatState = v.InferOutput<typeof ChatStateSchema>;

export const LibraryKindSchema = v.picklist(['public', 'academic', 'special']);
export type LibraryKind = v.InferOutput<typeof LibraryKindSchema>;

/** Who may use a script: its author, one library's responders, or the whole cooperative. */
export const ScriptScopeSchema = v.picklist(['personal', 'library', 'group', 'cooperative']);
export type ScriptScope = v.InferOutput<typeof ScriptScopeSchema>;

export const FollowUpStatusSchema = v.picklist(['open', 'claimed', 'closed']);
export type FollowUpStatus = v.InferOutput<typeof FollowUpStatusSchema>;

/** How a follow-up began: a chat that ended with one, a patron's offline question, or a referral. */
export const FollowUpSourceSchema = v.picklist(['chat', 'offline_question', 'referral']);
export type FollowUpSource = v.InferOutput<typeof FollowUpSourceSchema>;

/**
 * Who reads a policy page's staff-only section: the library's own staff (and the coordinators,
 * who edit every page), or every responder of the cooperative.
 */
export const STAFF_ONLY_AUDIENCES = ['home_library', 'cooperative'] as const;
export const StaffOnlyAudienceSchema = v.picklist(STAFF_ONLY_AUDIENCES);
export type StaffOnlyAudience = v.InferOutput<typeof StaffOnlyAudienceSchema>;
