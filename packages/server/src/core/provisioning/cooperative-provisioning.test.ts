import { describe, expect, it } from 'vitest';
import { COOP, cooperative, ids } from '../../storage/contract/fixtures.ts';
import type { Directory } from '../ports/index.ts';
import { editCooperative, newCooperative, slugFrom } from './cooperative-provisioning.ts';
import { isTimeZone } from './time-zone.ts';

const directory = {
  cooperative: (id) => (id === COOP ? cooperative() : undefined),
} as Pick<Directory, 'cooperative'> as Directory;

describe('cooperatives', () => {
  it('makes a new cooperative with default timers and the standard disclosure', () => {
    const made = newCooperative(directory, {
      id: ids.cooperative('valley'),
      name: ' Valley Libraries ',
      timezone: 'America/Denver',
    });
    expect(made).toMatchObject({
      ok: true,
      value: { name: 'Valley Libraries', localTimerSeconds: 30, disclosures: {} },
    });
    expect(made.ok && made.value.disclosureTemplate).toContain('{responderLibrary}');
  });

  it('refuses a taken id, an empty name and an unknown time zone', () => {
    const base = { id: ids.cooperative('valley'), name: 'Valley', timezone: 'UTC' };
    expect(newCooperative(directory, { ...base, id: COOP })).toMatchObject({ reason: 'conflict' });
    expect(newCooperative(directory, { ...base, name: '  ' })).toMatchObject({ field: 'name' });
    expect(newCooperative(directory, { ...base, timezone: 'Moon/Base' })).toMatchObject({
      field: 'timezone',
    });
  });

  it('edits only what is sent, and refuses an unknown time zone', () => {
    expect(editCooperative(cooperative(), { groupTimerSeconds: 5, disclosures: {} })).toEqual({
      ok: true,
      value: { ...cooperative(), groupTimerSeconds: 5, disclosures: {} },
    });
    expect(editCooperative(cooperative(), { timezone: 'Nowhere/Else' }).ok).toBe(false);
  });

  it('derives slugs from names, accents and punctuation removed', () => {
    expect(slugFrom('Bibliothèques de Montréal!')).toBe('bibliotheques-de-montreal');
    expect(slugFrom('  --A  B--  ')).toBe('a-b');
  });

  it('knows IANA time zones and refuses abbreviations', () => {
    expect(['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires'].map(isTimeZone)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['CET', 'PST', 'Europe/Paris; DROP', ''].map(isTimeZone)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
