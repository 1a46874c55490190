import { describe, expect, it } from 'vitest';
import { COOP, ids, LIB, OTHER_LIB } from '../../storage/contract/fixtures.ts';
import type { ScriptRecord } from '../ports/index.ts';
import { orderScripts } from './order-scripts.ts';

const script = (title: string, overrides: Partial<ScriptRecord>): ScriptRecord => ({
  id: title,
  cooperativeId: COOP,
  scope: 'cooperative',
  libraryId: null,
  groupId: null,
  responderId: null,
  title,
  text: title,
  ...overrides,
});
const west = ids.group('west');
const east = ids.group('east');
const SCRIPTS = [
  script('cooperative', {}),
  script('east group', { scope: 'group', groupId: east }),
  script('west group', { scope: 'group', groupId: west }),
  script('my library', { scope: 'library', libraryId: LIB }),
  script('covered library', { scope: 'library', libraryId: OTHER_LIB }),
  script('elsewhere', { scope: 'library', libraryId: ids.library('elsewhere') }),
  script('mine', { scope: 'personal', responderId: ids.responder('r_me') }),
];

describe('orderScripts', () => {
  it('puts group scripts between the libraries’ and the cooperative’s, and only of the groups given', () => {
    const titles = orderScripts(SCRIPTS, { libraryId: LIB }, OTHER_LIB, [west, null]).map(
      (entry) => entry.title,
    );
    expect(titles).toEqual(['covered library', 'mine', 'my library', 'west group', 'cooperative']);
  });

  it('shows the groups of both the covered library and the responder’s own', () => {
    const titles = orderScripts(SCRIPTS, { libraryId: LIB }, OTHER_LIB, [west, east]).map(
      (entry) => entry.title,
    );
    expect(titles.slice(3, 5)).toEqual(['east group', 'west group']);
  });

  it('leaves every group script out when no group is given', () => {
    const scopes = orderScripts(SCRIPTS, { libraryId: LIB }, LIB).map((entry) => entry.scope);
    expect(scopes).not.toContain('group');
  });
});
