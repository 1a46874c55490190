import type { CooperativeSettings, LibraryDetail, LibraryGroupView } from '@refdesk/protocol';
import type { Cooperative, Library, LibraryGroup } from '../core/model.ts';
import type { Provisioned } from '../core/provisioning/provisioning-result.ts';
import { HttpError } from './http-error.ts';

/**
 * The value of a provisioning result, or the HTTP error for its refusal: bad input 400, a taken
 * id 409, a group that is not the cooperative's 400 (the request named it).
 *
 * @example
 * const library = provisioned(newLibrary(ctx, cooperative, input));
 */
export function provisioned<T>(result: Provisioned<T>): T {
  if (result.ok) return result.value;
  const code = result.reason === 'conflict' ? 'conflict' : 'validation';
  throw new HttpError(code, `${result.field}: ${result.message}`);
}

export const libraryDetail = (library: Library): LibraryDetail => ({
  id: library.id,
  name: library.name,
  kind: library.kind,
  groupId: library.groupId,
  timezone: library.timezone,
  staffsCooperative: library.staffsCooperative,
  disabled: library.disabled,
  allowedOrigins: library.settings.allowedOrigins,
  coverage: library.settings.coverage,
  localTimerSeconds: library.settings.localTimerSeconds,
  groupTimerSeconds: library.settings.groupTimerSeconds,
  colour: library.settings.colour,
});

export const groupView = (group: LibraryGroup): LibraryGroupView => ({
  id: group.id,
  name: group.name,
});

export const cooperativeSettings = (cooperative: Cooperative): CooperativeSettings => ({
  id: cooperative.id,
  name: cooperative.name,
  timezone: cooperative.timezone,
  localTimerSeconds: cooperative.localTimerSeconds,
  groupTimerSeconds: cooperative.groupTimerSeconds,
  policyFreshnessDays: cooperative.policyFreshnessDays,
  disclosureTemplate: cooperative.disclosureTemplate,
  disclosures: cooperative.disclosures,
});
