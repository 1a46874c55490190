import type { CooperativeId, CooperativePatch } from '@refdesk/protocol';
import { STANDARD_DISCLOSURES } from '../libraries/disclosure-template.ts';
import type { Cooperative } from '../model.ts';
import type { Directory } from '../ports/index.ts';
import { type Provisioned, refuse } from './provisioning-result.ts';
import { isTimeZone } from './time-zone.ts';

export interface CooperativeInput {
  id: CooperativeId;
  name: string;
  timezone: string;
  localTimerSeconds?: number;
  groupTimerSeconds?: number;
}

/**
 * A new cooperative with sensible defaults (30-second tier timers, policy pages stale after 180
 * days, the standard disclosure), refused when the id is taken or the time zone unknown.
 *
 * @example
 * const made = newCooperative(directory, { id, name: 'Valley Libraries', timezone: 'America/Denver' });
 * if (made.ok) directory.insertCooperative(made.value);
 */
export function newCooperative(
  directory: Directory,
  input: CooperativeInput,
): Provisioned<Cooperative> {
  const name = input.name.trim();
  if (name === '') return refuse('invalid', 'name', 'A cooperative needs a name.');
  if (directory.cooperative(input.id)) {
    return refuse('conflict', 'id', `A cooperative "${input.id}" exists already.`);
  }
  if (!isTimeZone(input.timezone)) return badTimeZone(input.timezone);
  return {
    ok: true,
    value: {
      id: input.id,
      name,
      policyFreshnessDays: 180,
      disclosureTemplate: STANDARD_DISCLOSURES.en,
      disclosures: {},
      timezone: input.timezone,
      localTimerSeconds: input.localTimerSeconds ?? 30,
      groupTimerSeconds: input.groupTimerSeconds ?? 30,
    },
  };
}

/**
 * A cooperative after a coordinator's edit; absent fields unchanged.
 *
 * @example
 * const edited = editCooperative(cooperative, { timezone: 'Europe/Paris' });
 */
export function editCooperative(
  cooperative: Cooperative,
  patch: CooperativePatch,
): Provisioned<Cooperative> {
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
    return badTimeZone(patch.timezone);
  }
  return {
    ok: true,
    value: {
      ...cooperative,
      name: patch.name ?? cooperative.name,
      timezone: patch.timezone ?? cooperative.timezone,
      localTimerSeconds: patch.localTimerSeconds ?? cooperative.localTimerSeconds,
      groupTimerSeconds: patch.groupTimerSeconds ?? cooperative.groupTimerSeconds,
      policyFreshnessDays: patch.policyFreshnessDays ?? cooperative.policyFreshnessDays,
      disclosureTemplate: patch.disclosureTemplate ?? cooperative.disclosureTemplate,
      disclosures: patch.disclosures ?? cooperative.disclosures,
    },
  };
}

/** The refusal for a time zone that is not an IANA name. */
export const badTimeZone = (timezone: string) =>
  refuse(
    'invalid',
    'timezone',
    `"${timezone}" is not an IANA time zone; use a name such as America/Chicago or Europe/Paris.`,
  );

/**
 * A slug for an id, from a name (`Valley Libraries` -> `valley-libraries`).
 *
 * @example
 * slugFrom('Bibliothèques de Montréal'); // 'bibliotheques-de-montreal'
 */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
