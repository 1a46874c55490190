import { type Cases, describeCases } from './describe-cases.ts';
import { decodeResponderServerFrame } from './responder-server.ts';

const chatId = 'c_8f3k2';
const at = 1_795_000_000_000;
const springfield = { id: 'springfield', name: 'Springfield Public Library' };
const responder = {
  id: 'r_42',
  displayName: 'Marge',
  email: 'marge@shelbyville.example',
  library: { id: 'shelbyville', name: 'Shelbyville Public Library' },
  roles: ['librarian', 'library_admin'],
};
const welcome = { type: 'welcome', protocolVersion: 1, responder, status: 'away' };
const entry = {
  chatId,
  library: springfield,
  tier: 'cooperative',
  waitingSince: at,
  question: 'Do you have Dune in large print?',
  practice: false,
};
const covered = {
  chatId,
  question: 'Dune?',
  responderName: 'Marge',
  responderLibrary: springfield,
  since: at,
};

const cases: Cases = {
  welcome: {
    accepted: [['a signed-in responder, away', welcome]],
    refused: [
      [
        'a role it does not know',
        { ...welcome, responder: { ...responder, roles: ['root'] } },
        'responder.roles.0: ',
      ],
      ['a status it does not know', { ...welcome, status: 'busy' }, 'status: '],
      ['a missing responder', { ...welcome, responder: undefined }, 'responder: '],
    ],
  },
  status: {
    accepted: [
      ['a requested change', { type: 'status', status: 'local', reason: 'requested' }],
      ['the automatic move to away', { type: 'status', status: 'away', reason: 'inactive' }],
    ],
    refused: [
      [
        'a reason it does not know',
        { type: 'status', status: 'away', reason: 'lunch' },
        'reason: ',
      ],
    ],
  },
  queue: {
    accepted: [
      ['a snapshot with one offer', { type: 'queue', offers: [entry] }],
      ['an empty snapshot', { type: 'queue', offers: [] }],
    ],
    refused: [
      ['offers that are not a list', { type: 'queue', offers: entry }, 'offers: '],
      [
        'an offer in a tier it does not know',
        { type: 'queue', offers: [{ ...entry, tier: 'world' }] },
        'offers.0.tier: ',
      ],
    ],
  },
  offer: {
    accepted: [['a new offer', { type: 'offer', offer: entry }]],
    refused: [
      [
        'an offer without its library',
        { type: 'offer', offer: { ...entry, library: undefined } },
        'offer.library: ',
      ],
      [
        'practice as a string',
        { type: 'offer', offer: { ...entry, practice: 'no' } },
        'offer.practice: ',
      ],
    ],
  },
  offer_withdrawn: {
    accepted: [
      [
        'an offer accepted elsewhere',
        { type: 'offer_withdrawn', chatId, reason: 'accepted_elsewhere' },
      ],
    ],
    refused: [
      [
        'a reason it does not know',
        { type: 'offer_withdrawn', chatId, reason: 'bored' },
        'reason: ',
      ],
    ],
  },
  covered_chats: {
    accepted: [
      ['chats another library is answering', { type: 'covered_chats', chats: [covered] }],
      ['no covered chats', { type: 'covered_chats', chats: [] }],
    ],
    refused: [
      [
        'a chat without its responder',
        { type: 'covered_chats', chats: [{ ...covered, responderName: undefined }] },
        'chats.0.responderName: ',
      ],
    ],
  },
  error: {
    accepted: [
      [
        'a refusal of an accept',
        { type: 'error', code: 'already_taken', message: 'Taken', ref: 'accept' },
      ],
    ],
    refused: [['a missing message', { type: 'error', code: 'internal' }, 'message: ']],
  },
  pong: {
    accepted: [['a pong', { type: 'pong' }]],
    refused: [['a pong inside a list', [{ type: 'pong' }], 'frame must be an object']],
  },
};

describeCases('responder server frame', decodeResponderServerFrame, cases);
