import { describe, expect, it } from 'vitest';
import { cooperativeFor } from './env.ts';

const hosts = JSON.stringify({
  'ask.springfield.example': 'simpsons',
  'Help.Ogdenville.example': 'north-county',
});

describe('which cooperative a request belongs to', () => {
  it('maps a hostname through REFDESK_HOSTS, whatever its case', () => {
    const env = { REFDESK_HOSTS: hosts, REFDESK_COOPERATIVE: 'demo-public' };
    expect(cooperativeFor('ask.springfield.example', env)).toEqual({
      ok: true,
      cooperativeId: 'simpsons',
    });
    expect(cooperativeFor('help.ogdenville.EXAMPLE', env)).toEqual({
      ok: true,
      cooperativeId: 'north-county',
    });
  });

  it('sends other hostnames to REFDESK_COOPERATIVE, and to demo-public without it', () => {
    expect(cooperativeFor('127.0.0.1', { REFDESK_HOSTS: hosts, REFDESK_COOPERATIVE: 'x' })).toEqual(
      { ok: true, cooperativeId: 'x' },
    );
    expect(cooperativeFor('127.0.0.1', {})).toEqual({ ok: true, cooperativeId: 'demo-public' });
  });

  it('names the variable that is malformed instead of guessing', () => {
    const notJson = cooperativeFor('a.example', { REFDESK_HOSTS: '{nope' });
    expect(notJson).toMatchObject({ ok: false, error: expect.stringMatching(/^REFDESK_HOSTS/) });
    const badId = cooperativeFor('a.example', { REFDESK_HOSTS: '{"a.example":"Not A Slug"}' });
    expect(badId).toMatchObject({ ok: false, error: expect.stringMatching(/^REFDESK_HOSTS/) });
    const badDefault = cooperativeFor('a.example', { REFDESK_COOPERATIVE: 'UPPER' });
    expect(badDefault).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^REFDESK_COOPERATIVE/),
    });
  });
});
