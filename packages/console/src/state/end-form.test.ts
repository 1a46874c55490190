import { describe, expect, it } from 'vitest';
import { chatId } from '../testing/fixtures.ts';
import { type EndForm, endFrame } from './end-form.ts';

const form = (patch: Partial<EndForm>): EndForm => ({
  outcome: 'answered',
  contactEmail: '',
  deadline: '',
  note: '',
  referralKind: 'library',
  referralLibrary: '',
  referralEmail: '',
  ...patch,
});

describe('endFrame', () => {
  it('ends an answered chat with nothing more', () => {
    expect(endFrame(chatId('a'), form({}))).toEqual({
      ok: true,
      frame: { chatId: 'a', outcome: 'answered' },
    });
  });

  it('requires a contact email and a real deadline for a follow-up', () => {
    const result = endFrame(
      chatId('a'),
      form({ outcome: 'follow_up_by_home_library', contactEmail: 'nope', deadline: '2026-02-30' }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        contactEmail: 'Enter the email address to reply to.',
        deadline: 'Choose the date by which to reply.',
      },
    });
  });

  it('builds the follow-up with the note when given', () => {
    const result = endFrame(
      chatId('a'),
      form({
        outcome: 'follow_up_by_me',
        contactEmail: ' m@example.com ',
        deadline: '2026-12-24',
        note: ' call first ',
      }),
    );
    expect(result).toEqual({
      ok: true,
      frame: {
        chatId: 'a',
        outcome: 'follow_up_by_me',
        followUp: { contactEmail: 'm@example.com', deadline: '2026-12-24', note: 'call first' },
      },
    });
  });

  it('requires a referral target for a referral', () => {
    const base = {
      outcome: 'referred' as const,
      contactEmail: 'm@example.com',
      deadline: '2026-12-24',
    };
    expect(endFrame(chatId('a'), form(base))).toMatchObject({
      ok: false,
      errors: { referralLibrary: expect.any(String) },
    });
    expect(
      endFrame(
        chatId('a'),
        form({ ...base, referralKind: 'email', referralEmail: 'expert@uni.example' }),
      ),
    ).toMatchObject({
      ok: true,
      frame: { referral: { kind: 'email', email: 'expert@uni.example' } },
    });
  });
});
