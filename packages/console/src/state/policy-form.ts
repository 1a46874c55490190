import {
  POLICY_SECTION_KEYS,
  type PolicyPage,
  type PolicyPageUpdate,
  PolicyPageUpdateSchema,
  type PolicySections,
  type StaffOnlyAudience,
} from '@refdesk/protocol/responder';
import * as v from 'valibot';

/** The policy editor's fields: every section, the staff-only text, owners one per line. */
export interface PolicyForm {
  baseVersion: number;
  sections: PolicySections;
  staffOnly: string;
  /** Who reads the staff-only text: this library's staff, or the whole cooperative's. */
  staffOnlyAudience: StaffOnlyAudience;
  owners: string;
}

/**
 * The form for a page, or an empty one (version 0) for a library without a page yet.
 *
 * @example
 * const form = policyForm(page.state === 'ready' ? page.value : null);
 */
export function policyForm(page: PolicyPage | null): PolicyForm {
  const empty = Object.fromEntries(POLICY_SECTION_KEYS.map((key) => [key, ''])) as PolicySections;
  return {
    baseVersion: page?.version ?? 0,
    sections: { ...empty, ...page?.sections },
    staffOnly: page?.staffOnly ?? '',
    staffOnlyAudience: page?.staffOnlyAudience ?? 'home_library',
    owners: page?.owners?.join('\n') ?? '',
  };
}

/** The update to send, or what is wrong with the form. */
export function policyUpdate(
  form: PolicyForm,
): { ok: true; update: PolicyPageUpdate } | { ok: false; message: string } {
  const owners = form.owners
    .split(/[\s,;]+/)
    .map((owner) => owner.trim())
    .filter(Boolean);
  const parsed = v.safeParse(PolicyPageUpdateSchema, {
    baseVersion: form.baseVersion,
    sections: form.sections,
    staffOnly: form.staffOnly,
    staffOnlyAudience: form.staffOnlyAudience,
    owners,
  });
  if (parsed.success) return { ok: true, update: parsed.output };
  const issue = parsed.issues[0];
  const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  if (where.startsWith('owners')) return { ok: false, message: 'Owners must be email addresses.' };
  return { ok: false, message: `${where ? `${where}: ` : ''}${issue.message}` };
}
