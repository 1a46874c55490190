import { type Cases, describeCases } from './describe-cases.ts';
import { decodePatronServerFrame } from './patron-server.ts';

const library = {
  id: 'springfield',
  name: 'Springfield Public Library',
  privacyNote: 'Chats are kept for 30 days.',
  nameField: 'optional',
  emailField: 'off',
  available: true,
  transcriptEmail: true,
};
const welcome = {
  type: 'welcome',
  protocolVersion: 1,
  chatId: null,
  resumeToken: 'rt_0123456789abcdef',
  state: 'none',
  library,
};
const queued = {
  type: 'queued',
  chatId: 'c_1',
  position: 2,
  estimatedWaitSeconds: 60,
  tier: 'local',
};
const assigned = {
  type: 'assigned',
  chatId: 'c_1',
  responderName: 'Marge',
  libraryName: 'Shelbyville Public Library',
  isHomeLibrary: false,
  disclosure: 'A librarian from Shelbyville is helping you on behalf of Springfield.',
};
const message = {
  type: 'message',
  chatId: 'c_1',
  seq: 1,
  id: 'msg_1',
  authorRole: 'patron',
  displayName: 'You',
  text: 'Do you have Dune in large print?',
  sentAt: 1_795_000_000_000,
  clientMessageId: 'm_1',
};
const ack = { type: 'ack', clientMessageId: 'm_1', seq: 1, messageId: 'msg_1' };
const error = { type: 'error', code: 'bad_frame', message: 'text: must not be empty' };

const cases: Cases = {
  welcome: {
    accepted: [
      ['a welcome before the first question', welcome],
      ['a welcome back into an active chat', { ...welcome, chatId: 'c_1', state: 'active' }],
    ],
    refused: [
      ['a missing resume token', { ...welcome, resumeToken: undefined }, 'resumeToken: '],
      ['a state it does not know', { ...welcome, state: 'waiting' }, 'state: '],
      ['a numeric chatId', { ...welcome, chatId: 42 }, 'chatId: '],
      ['a missing chatId (null is required)', { ...welcome, chatId: undefined }, 'chatId: '],
      [
        'an unknown field mode',
        { ...welcome, library: { ...library, nameField: 'maybe' } },
        'library.nameField: ',
      ],
      ['a protocolVersion as a string', { ...welcome, protocolVersion: '1' }, 'protocolVersion: '],
    ],
  },
  queued: {
    accepted: [
      ['a place in the local queue', queued],
      ['a place in the cooperative queue', { ...queued, tier: 'cooperative', position: 1 }],
    ],
    refused: [
      ['a tier it does not know', { ...queued, tier: 'global' }, 'tier: '],
      ['a position as a string', { ...queued, position: '1' }, 'position: '],
      ['a missing chatId', { ...queued, chatId: undefined }, 'chatId: '],
    ],
  },
  assigned: {
    accepted: [
      ['another library answering, with a disclosure', assigned],
      ['the home library answering', { ...assigned, isHomeLibrary: true, disclosure: null }],
      ['a chatId in a format the server chose', { ...assigned, chatId: 'Chat 7' }],
    ],
    refused: [
      [
        'a missing disclosure (null is required)',
        { ...assigned, disclosure: undefined },
        'disclosure: ',
      ],
      ['isHomeLibrary as a string', { ...assigned, isHomeLibrary: 'no' }, 'isHomeLibrary: '],
      ['a missing responder name', { ...assigned, responderName: undefined }, 'responderName: '],
    ],
  },
  message: {
    accepted: [
      ['the echo of the patron’s own message', message],
      [
        'a responder’s message, without clientMessageId',
        {
          ...message,
          seq: 2,
          authorRole: 'responder',
          displayName: 'Marge',
          clientMessageId: undefined,
        },
      ],
      [
        'a system message',
        { ...message, seq: 3, authorRole: 'system', clientMessageId: undefined },
      ],
    ],
    refused: [
      ['an author role it does not know', { ...message, authorRole: 'bot' }, 'authorRole: '],
      ['a seq as a string', { ...message, seq: '1' }, 'seq: '],
      ['a missing text', { ...message, text: undefined }, 'text: '],
      ['a sentAt as a date string', { ...message, sentAt: '2026-11-30T10:00:00Z' }, 'sentAt: '],
      ['a numeric clientMessageId', { ...message, clientMessageId: 1 }, 'clientMessageId: '],
    ],
  },
  ack: {
    accepted: [['an ack of a stored message', ack]],
    refused: [
      ['a missing messageId', { ...ack, messageId: undefined }, 'messageId: '],
      ['a missing clientMessageId', { ...ack, clientMessageId: undefined }, 'clientMessageId: '],
      ['a seq as a string', { ...ack, seq: '1' }, 'seq: '],
    ],
  },
  typing: {
    accepted: [['the responder typing', { type: 'typing', active: true }]],
    refused: [['a missing active flag', { type: 'typing' }, 'active: ']],
  },
  ended: {
    accepted: [
      ['a chat the responder ended', { type: 'ended', chatId: 'c_1', reason: 'responder_ended' }],
      ['a chat that expired', { type: 'ended', chatId: 'c_1', reason: 'expired' }],
    ],
    refused: [
      [
        'a reason it does not know',
        { type: 'ended', chatId: 'c_1', reason: 'timeout' },
        'reason: ',
      ],
      ['a missing chatId', { type: 'ended', reason: 'inactive' }, 'chatId: '],
    ],
  },
  offline: {
    accepted: [
      ['nobody online', { type: 'offline', reason: 'no_responders' }],
      ['outside opening hours', { type: 'offline', reason: 'outside_hours' }],
    ],
    refused: [['a reason it does not know', { type: 'offline', reason: 'closed' }, 'reason: ']],
  },
  received: {
    accepted: [
      ['a survey', { type: 'received', what: 'survey' }],
      [
        'an offline question, with its follow-up',
        { type: 'received', what: 'offline_question', followUpId: 'f_1' },
      ],
      ['a chat erased at the patron’s request', { type: 'received', what: 'erase_chat' }],
    ],
    refused: [
      ['something it never confirms', { type: 'received', what: 'ask' }, 'what: '],
      ['a numeric followUpId', { type: 'received', what: 'survey', followUpId: 3 }, 'followUpId: '],
    ],
  },
  error: {
    accepted: [
      ['a refusal naming the frame and message', { ...error, ref: 'send', clientMessageId: 'm_2' }],
      ['an error code this client does not know yet', { ...error, code: 'teapot' }],
    ],
    refused: [
      ['a missing code', { ...error, code: undefined }, 'code: '],
      ['a numeric message', { ...error, message: 42 }, 'message: '],
    ],
  },
  pong: {
    accepted: [['a pong', { type: 'pong' }]],
    refused: [['a type in capitals', { type: 'PONG' }, 'unknown frame type "PONG"']],
  },
};

describeCases('patron server frame', decodePatronServerFrame, cases);
