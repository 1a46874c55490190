import * as v from 'valibot';

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
