import { type Cases, describeCases } from './describe-cases.ts';
import { decodeResponderClientFrame } from './responder-client.ts';

const end = { type: 'end', chatId: 'c_8f3k2' };
const followUp = { contactEmail: 'ann@example.org', deadline: '2026-12-04' };
const byHome = { ...end, outcome: 'follow_up_by_home_library', followUp };
const referred = {
  ...end,
  outcome: 'referred',
  referral: { kind: 'email', email: 'archives@springfield.example' },
  followUp,
};

const cases: Cases = {
  end: {
    accepted: [
      ['an answered chat', { ...end, outcome: 'answered' }],
      ['a lost chat', { ...end, outcome: 'lost' }],
      ['a practice chat', { ...end, outcome: 'practice' }],
      ['a follow-up by the responder', { ...byHome, outcome: 'follow_up_by_me' }],
      [
        'a follow-up by the home library, with a note',
        { ...byHome, followUp: { ...followUp, note: 'ILL' } },
      ],
      ['a referral to an outside address', referred],
      [
        'a referral to a member library',
        { ...referred, referral: { kind: 'library', libraryId: 'shelbyville' } },
      ],
      [
        'a follow-up with a padded email, and trims it',
        { ...byHome, followUp: { ...followUp, contactEmail: ' ann@example.org ' } },
        byHome,
      ],
      [
        'an answered chat that carries a follow-up anyway, and drops it',
        { ...end, outcome: 'answered', followUp },
        { ...end, outcome: 'answered' },
      ],
    ],
    refused: [
      ['an outcome it does not know', { ...end, outcome: 'solved' }, 'outcome: '],
      ['a missing outcome', end, 'outcome: '],
      ['a missing chatId', { ...byHome, chatId: undefined }, 'chatId: '],
      [
        'follow_up_by_home_library without followUp',
        { ...byHome, followUp: undefined },
        'followUp: ',
      ],
      ['follow_up_by_me without followUp', { ...end, outcome: 'follow_up_by_me' }, 'followUp: '],
      ['referred without referral', { ...referred, referral: undefined }, 'referral: '],
      ['referred without followUp', { ...referred, followUp: undefined }, 'followUp: '],
      [
        'a referral kind it does not know',
        { ...referred, referral: { kind: 'fax' } },
        'referral.kind: ',
      ],
      [
        'a referral to an invalid email',
        { ...referred, referral: { kind: 'email', email: 'archives' } },
        'referral.email: ',
      ],
      [
        'a referral to a library in capitals',
        { ...referred, referral: { kind: 'library', libraryId: 'Shelbyville' } },
        'referral.libraryId: ',
      ],
      [
        'an invalid contact email',
        { ...byHome, followUp: { ...followUp, contactEmail: 'ann' } },
        'followUp.contactEmail: ',
      ],
      [
        'a deadline that is not a date',
        { ...byHome, followUp: { ...followUp, deadline: '4 Dec' } },
        'followUp.deadline: ',
      ],
      [
        'a deadline on 31 April',
        { ...byHome, followUp: { ...followUp, deadline: '2026-04-31' } },
        'followUp.deadline: ',
      ],
      [
        'a missing deadline',
        { ...byHome, followUp: { contactEmail: 'ann@example.org' } },
        'followUp.deadline: ',
      ],
    ],
  },
};

describeCases('responder client frame', decodeResponderClientFrame, cases);
