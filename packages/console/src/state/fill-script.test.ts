import { describe, expect, it } from 'vitest';
import { scripts } from '../testing/fixtures.ts';
import { fillScript, findSlashQuery, matchScripts } from './fill-script.ts';

describe('fillScript', () => {
  it('fills in the patron library, my name and my library, and leaves other braces alone', () => {
    const context = { patronLibrary: 'Springfield', myName: 'Ben', myLibrary: 'Shelbyville' };
    expect(fillScript('{patronLibrary} / {myName} / {myLibrary} / {other}', context)).toBe(
      'Springfield / Ben / Shelbyville / {other}',
    );
  });
});

describe('findSlashQuery', () => {
  it('finds a "/" at the start or after a space, up to the caret', () => {
    expect(findSlashQuery('/ren', 4)).toEqual({ start: 0, query: 'ren' });
    expect(findSlashQuery('Sure. /ren', 10)).toEqual({ start: 6, query: 'ren' });
    expect(findSlashQuery('/', 1)).toEqual({ start: 0, query: '' });
  });

  it('ignores slashes inside words and shortcuts already finished with a space', () => {
    expect(findSlashQuery('and/or', 6)).toBeNull();
    expect(findSlashQuery('/ren ', 5)).toBeNull();
    expect(findSlashQuery('https://x', 9)).toBeNull();
  });
});

describe('matchScripts', () => {
  it('puts title matches before text matches and keeps the server order within each', () => {
    expect(matchScripts(scripts, 'renew').map((s) => s.id)).toEqual(['s1', 's3']);
    expect(matchScripts(scripts, 'hello').map((s) => s.id)).toEqual(['s2']);
    expect(matchScripts(scripts, '').map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });
});
