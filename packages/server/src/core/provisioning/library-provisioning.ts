import type { LibraryCreate, LibraryPatch } from '@refdesk/protocol';
import type { ParseOrigin } from '../libraries/origin-policy.ts';
import type { Cooperative, Library } from '../model.ts';
import type { Directory } from '../ports/index.ts';
import { allowedOrigins } from './allowed-origins.ts';
import { badTimeZone } from './cooperative-provisioning.ts';
import { groupFor } from './group-provisioning.ts';
import { type Provisioned, refuse } from './provisioning-result.ts';
import { isTimeZone } from './time-zone.ts';

export interface LibraryProvisioning {
  directory: Directory;
  parseOrigin: ParseOrigin;
}

/** The widget's accent until the library chooses one: white text on it contrasts 8:1. */
export const DEFAULT_LIBRARY_COLOUR = '#1f4e99';

/**
 * A new library of `cooperative`, validated: a free id, an IANA time zone, one of the
 * cooperative's groups, origins taken from URLs. Timers default to the cooperative's; the widget
 * asks for name and email optionally and has no privacy note until an admin writes one.
 *
 * @example
 * const made = newLibrary({ directory, parseOrigin }, cooperative, input);
 * if (made.ok) directory.insertLibrary(made.value);
 */
export function newLibrary(
  { directory, parseOrigin }: LibraryProvisioning,
  cooperative: Cooperative,
  input: LibraryCreate,
): Provisioned<Library> {
  if (directory.library(input.id)) {
    return refuse('conflict', 'id', `A library "${input.id}" exists already.`);
  }
  if (!isTimeZone(input.timezone)) return badTimeZone(input.timezone);
  const group = groupFor(directory, cooperative.id, input.groupId ?? null);
  if (!group.ok) return group;
  const origins = allowedOrigins(input.allowedOrigins ?? [], parseOrigin);
  if (!origins.ok) return origins;
  return {
    ok: true,
    value: {
      id: input.id,
      cooperativeId: cooperative.id,
      groupId: group.value,
      name: input.name,
      kind: input.kind,
      timezone: input.timezone,
      staffsCooperative: input.staffsCooperative ?? true,
      disabled: false,
      settings: {
        nameField: 'optional',
        emailField: 'optional',
        privacyNote: '',
        colour: DEFAULT_LIBRARY_COLOUR,
        localTimerSeconds: input.localTimerSeconds ?? cooperative.localTimerSeconds,
        groupTimerSeconds: input.groupTimerSeconds ?? cooperative.groupTimerSeconds,
        coverage: input.coverage ?? [],
        allowedOrigins: origins.value,
        shareEarlierChats: false,
      },
    },
  };
}

/** What only a coordinator may change: how the library takes part in the cooperative. */
export const COORDINATOR_ONLY_FIELDS = [
  'kind',
  'groupId',
  'staffsCooperative',
  'disabled',
] as const;

/**
 * A library after an edit; absent fields unchanged. Who may send which field is the caller's
 * check (see {@link COORDINATOR_ONLY_FIELDS}).
 *
 * @example
 * const edited = editLibrary({ directory, parseOrigin }, library, { timezone: 'Europe/Paris' });
 */
export function editLibrary(
  { directory, parseOrigin }: LibraryProvisioning,
  library: Library,
  patch: LibraryPatch,
): Provisioned<Library> {
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
    return badTimeZone(patch.timezone);
  }
  const group =
    patch.groupId === undefined
      ? ({ ok: true, value: library.groupId } as const)
      : groupFor(directory, library.cooperativeId, patch.groupId);
  if (!group.ok) return group;
  const origins =
    patch.allowedOrigins === undefined
      ? ({ ok: true, value: library.settings.allowedOrigins } as const)
      : allowedOrigins(patch.allowedOrigins, parseOrigin);
  if (!origins.ok) return origins;
  const { settings } = library;
  return {
    ok: true,
    value: {
      ...library,
      name: patch.name ?? library.name,
      kind: patch.kind ?? library.kind,
      groupId: group.value,
      timezone: patch.timezone ?? library.timezone,
      staffsCooperative: patch.staffsCooperative ?? library.staffsCooperative,
      disabled: patch.disabled ?? library.disabled,
      settings: {
        ...settings,
        allowedOrigins: origins.value,
        coverage: patch.coverage ?? settings.coverage,
        localTimerSeconds: patch.localTimerSeconds ?? settings.localTimerSeconds,
        groupTimerSeconds: patch.groupTimerSeconds ?? settings.groupTimerSeconds,
      },
    },
  };
}
