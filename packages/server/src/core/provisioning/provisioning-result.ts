/**
 * Why a provisioning change was refused: `invalid` input (a bad time zone, origin or kind),
 * a `conflict` with what exists (a duplicate id), or something it names that is `missing` (a
 * group of another cooperative). The CLI maps these to exit codes, HTTP to statuses.
 */
export type ProvisioningRefusal = {
  ok: false;
  reason: 'invalid' | 'conflict' | 'missing';
  /** The input field at fault (`timezone`, `allowedOrigins.1`...). */
  field: string;
  message: string;
};

/** A provisioned record, or why not. */
export type Provisioned<T> = { ok: true; value: T } | ProvisioningRefusal;

export const refuse = (
  reason: ProvisioningRefusal['reason'],
  field: string,
  message: string,
): ProvisioningRefusal => ({ ok: false, reason, field, message });
