import { type Cases, describeCases } from './describe-cases.ts';
import { decodeResponderServerFrame } from './responder-server.ts';

const chatId = 'c_8f3k2';
const at = 1_795_000_000_000;
const springfield = { id: 'springfield', name: 'Springfield Public Library' };
const view = {
  chatId,
  seq: 1,
  id: 'msg_1',
  authorRole: 'patron',
  displayName: 'Ann',
  text: 'Do you have Dune in large print?',
  sentAt: at,
  internal: false,
  clientMessageId: 'm_1',
};
const patron = { name: 'Ann', email: 'ann@example.org', pageUrl: 'https://springfield.example/' };
const assigned = {
  type: 'chat_assigned',
  chatId,
  homeLibrary: springfield,
  tier: 'cooperative',
  practice: false,
  patron,
  startedAt: at,
  transcript: [view],
};
const ack = { type: 'ack', chatId, clientMessageId: 'r_1', seq: 2, messageId: 'msg_2' };

const cases: Cases = {
  chat_assigned: {
    accepted: [
      ['a chat with its transcript and patron context', assigned],
      ['a chat from an anonymous patron', { ...assigned, patron: {} }],
      [
        'a padded patron email, and trims it',
        { ...assigned, patron: { ...patron, email: ' ann@example.org ' } },
        assigned,
      ],
    ],
    refused: [
      ['a missing transcript', { ...assigned, transcript: undefined }, 'transcript: '],
      [
        'a transcript message without seq',
        { ...assigned, transcript: [{ ...view, seq: undefined }] },
        'transcript.0.seq: ',
      ],
      ['an invalid patron email', { ...assigned, patron: { email: 'ann' } }, 'patron.email: '],
      ['a missing home library', { ...assigned, homeLibrary: undefined }, 'homeLibrary: '],
    ],
  },
  message: {
    accepted: [
      ['a patron’s message', { type: 'message', message: view }],
      [
        'an internal note',
        { type: 'message', message: { ...view, authorRole: 'responder', internal: true } },
      ],
    ],
    refused: [
      [
        'a message without the internal flag',
        { type: 'message', message: { ...view, internal: undefined } },
        'message.internal: ',
      ],
      ['a missing message', { type: 'message' }, 'message: '],
    ],
  },
  ack: {
    accepted: [['an ack of a stored message', ack]],
    refused: [
      ['a missing chatId', { ...ack, chatId: undefined }, 'chatId: '],
      ['a seq as a string', { ...ack, seq: '2' }, 'seq: '],
    ],
  },
  typing: {
    accepted: [['the patron typing', { type: 'typing', chatId, active: true }]],
    refused: [['a missing chatId', { type: 'typing', active: false }, 'chatId: ']],
  },
  patron_left: {
    accepted: [['a patron who left', { type: 'patron_left', chatId }]],
    refused: [['a numeric chatId', { type: 'patron_left', chatId: 1 }, 'chatId: ']],
  },
  chat_ended: {
    accepted: [
      [
        'a chat ended with an outcome',
        { type: 'chat_ended', chatId, reason: 'responder_ended', outcome: 'answered' },
      ],
      ['a chat the patron left', { type: 'chat_ended', chatId, reason: 'patron_left' }],
    ],
    refused: [
      [
        'an outcome it does not know',
        { type: 'chat_ended', chatId, reason: 'expired', outcome: 'won' },
        'outcome: ',
      ],
      ['a missing reason', { type: 'chat_ended', chatId }, 'reason: '],
    ],
  },
  chat_released: {
    accepted: [['a chat taken back', { type: 'chat_released', chatId, reason: 'taken_back' }]],
    refused: [
      [
        'a reason it does not know',
        { type: 'chat_released', chatId, reason: 'stolen' },
        'reason: ',
      ],
    ],
  },
};

describeCases('responder server frame', decodeResponderServerFrame, cases);
