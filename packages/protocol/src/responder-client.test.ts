import { MAX_MESSAGE_LENGTH } from './common.ts';
import { type Cases, describeCases, text } from './describe-cases.ts';
import { decodeResponderClientFrame } from './responder-client.ts';

const chatId = 'c_8f3k2';
const send = { type: 'send', chatId, clientMessageId: 'r_1', text: 'Yes, two copies.' };
const note = { type: 'note', chatId, clientMessageId: 'r_2', text: 'Patron asked twice.' };
const transfer = { type: 'transfer', chatId, to: { kind: 'cooperative' } };
const quality = { type: 'forward_to_quality', chatId, comment: 'Great reference interview' };

const cases: Cases = {
  hello: {
    accepted: [['the first frame of a responder socket', { type: 'hello', protocolVersion: 1 }]],
    refused: [
      [
        'a protocolVersion as a string',
        { type: 'hello', protocolVersion: '1' },
        'protocolVersion: ',
      ],
      ['a missing protocolVersion', { type: 'hello' }, 'protocolVersion: '],
    ],
  },
  set_status: {
    accepted: [
      ['going away', { type: 'set_status', status: 'away' }],
      ['taking the cooperative’s chats too', { type: 'set_status', status: 'cooperative' }],
    ],
    refused: [
      ['a status it does not know', { type: 'set_status', status: 'busy' }, 'status: '],
      ['a missing status', { type: 'set_status' }, 'status: '],
    ],
  },
  accept: {
    accepted: [['an offer to accept', { type: 'accept', chatId }]],
    refused: [
      ['a chatId with a space', { type: 'accept', chatId: 'a b' }, 'chatId: '],
      ['an empty chatId', { type: 'accept', chatId: '' }, 'chatId: '],
      ['a numeric chatId', { type: 'accept', chatId: 7 }, 'chatId: '],
    ],
  },
  decline: {
    accepted: [['an offer to decline', { type: 'decline', chatId }]],
    refused: [['a missing chatId', { type: 'decline' }, 'chatId: ']],
  },
  send: {
    accepted: [
      ['a message', send],
      ['a padded message, and trims it', { ...send, text: '\tYes.\n' }, { ...send, text: 'Yes.' }],
    ],
    refused: [
      ['a missing chatId', { ...send, chatId: undefined }, 'chatId: '],
      ['a clientMessageId with a space', { ...send, clientMessageId: 'a b' }, 'clientMessageId: '],
      ['text of whitespace', { ...send, text: ' \n ' }, 'text: must not be empty'],
      [
        'text over 4000 characters',
        { ...send, text: text(MAX_MESSAGE_LENGTH + 1) },
        'text: must be',
      ],
    ],
  },
  typing: {
    accepted: [['typing in one chat', { type: 'typing', chatId, active: true }]],
    refused: [
      ['a missing chatId', { type: 'typing', active: true }, 'chatId: '],
      ['active as a number', { type: 'typing', chatId, active: 1 }, 'active: '],
    ],
  },
  note: {
    accepted: [
      ['an internal note', note],
      [
        'a padded note, and trims it',
        { ...note, text: ' Asked twice. ' },
        { ...note, text: 'Asked twice.' },
      ],
    ],
    refused: [
      ['an empty note', { ...note, text: '' }, 'text: must not be empty'],
      ['a missing clientMessageId', { ...note, clientMessageId: undefined }, 'clientMessageId: '],
    ],
  },
  transfer: {
    accepted: [
      ['a transfer back to the cooperative queue', transfer],
      [
        'a transfer to a library, with a note',
        { ...transfer, to: { kind: 'library', libraryId: 'shelbyville' }, note: 'Local history' },
      ],
      [
        'a transfer to a responder',
        { ...transfer, to: { kind: 'responder', responderId: 'r_42' } },
      ],
    ],
    refused: [
      ['a target kind it does not know', { ...transfer, to: { kind: 'moon' } }, 'to.kind: '],
      [
        'a library target in capitals',
        { ...transfer, to: { kind: 'library', libraryId: 'Springfield' } },
        'to.libraryId: ',
      ],
      [
        'a responder target with a space',
        { ...transfer, to: { kind: 'responder', responderId: 'a b' } },
        'to.responderId: ',
      ],
      ['a missing target', { ...transfer, to: undefined }, 'to: '],
      ['a note over 2000 characters', { ...transfer, note: text(2001) }, 'note: '],
    ],
  },
  take_back: {
    accepted: [['a chat to take back', { type: 'take_back', chatId }]],
    refused: [['a chatId over 64 characters', { type: 'take_back', chatId: text(65) }, 'chatId: ']],
  },
  forward_to_quality: {
    accepted: [
      ['a chat with a comment', quality],
      ['a chat without words (the comment may be empty)', { ...quality, comment: '' }],
    ],
    refused: [
      ['a missing comment', { ...quality, comment: undefined }, 'comment: '],
      ['a comment over 2000 characters', { ...quality, comment: text(2001) }, 'comment: '],
    ],
  },
  ping: {
    accepted: [['a ping', { type: 'ping' }]],
    refused: [['a ping as a bare string', 'ping', 'frame must be an object']],
  },
  ask_consent: {
    accepted: [['a chat whose patron is asked', { type: 'ask_consent', chatId }]],
    refused: [['a missing chat', { type: 'ask_consent' }, 'chatId: ']],
  },
};

describeCases('responder client frame', decodeResponderClientFrame, cases);
