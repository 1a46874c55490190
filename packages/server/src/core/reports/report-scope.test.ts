import { describe, expect, it } from 'vitest';
import type { Library, Responder } from '../model.ts';
import { reportScope } from './report-scope.ts';

const library = (id: string, cooperativeId = 'coop') =>
  ({ id, cooperativeId, name: id }) as Library;
const responder = (libraryId: string, roles: Responder['roles']) =>
  ({ libraryId, roles }) as Responder;
const spr = library('spr');
const shb = library('shb');

describe('reportScope', () => {
  it('lets a coordinator read the cooperative or any one of its libraries', () => {
    const dev = responder('spr', ['coordinator']);
    expect(reportScope(dev, spr, null)).toEqual({ ok: true, scope: null });
    expect(reportScope(dev, spr, shb)).toEqual({ ok: true, scope: 'shb' });
    expect(reportScope(dev, spr, library('far', 'other')).ok).toBe(false);
  });

  it('keeps a library admin to their own library', () => {
    const cora = responder('spr', ['librarian', 'library_admin']);
    expect(reportScope(cora, spr, null)).toEqual({ ok: true, scope: 'spr' });
    expect(reportScope(cora, spr, spr)).toEqual({ ok: true, scope: 'spr' });
    expect(reportScope(cora, spr, shb).ok).toBe(false);
  });

  it('refuses librarians and quality reviewers', () => {
    expect(reportScope(responder('spr', ['librarian']), spr, null).ok).toBe(false);
    expect(reportScope(responder('spr', ['quality_reviewer']), spr, null).ok).toBe(false);
  });
});
