import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES, MAX_MESSAGE_LENGTH } from './common.ts';
import { type Cases, describeCases, text } from './describe-cases.ts';
import { decodePatronClientFrame } from './patron-client.ts';

const tooLong = text(MAX_MESSAGE_LENGTH + 1);

const hello = { type: 'hello', protocolVersion: 1, libraryId: 'springfield' };
const ask = { type: 'ask', clientMessageId: 'm_1', question: 'Do you have Dune in large print?' };
const send = { type: 'send', clientMessageId: 'm_2', text: 'Thanks, and the audiobook?' };
const survey = { type: 'survey', rating: 5 };
const offline = { type: 'offline_question', question: 'Tax forms?', email: 'ann@example.org' };

const cases: Cases = {
  hello: {
    accepted: [
      ['a first visit with only the library', hello],
      [
        'a resume with every optional field',
        {
          ...hello,
          resumeToken: 'rt_0123456789abcdef',
          lastSeq: 7,
          practice: true,
          pageUrl: 'https://springfield.example/catalogue?q=dune',
          locale: 'en-CA',
        },
      ],
      ['a resume of a chat that has shown nothing yet', { ...hello, lastSeq: 0 }],
    ],
    refused: [
      [
        'a protocolVersion sent as a string',
        { ...hello, protocolVersion: '1' },
        'protocolVersion: ',
      ],
      ['a fractional protocolVersion', { ...hello, protocolVersion: 1.5 }, 'protocolVersion: '],
      ['a missing libraryId', { ...hello, libraryId: undefined }, 'libraryId: '],
      ['a libraryId in capitals', { ...hello, libraryId: 'Springfield' }, 'libraryId: '],
      ['a libraryId with a space', { ...hello, libraryId: 'a b' }, 'libraryId: '],
      ['a resume token too short to be secret', { ...hello, resumeToken: 'abc' }, 'resumeToken: '],
      ['a negative lastSeq', { ...hello, lastSeq: -1 }, 'lastSeq: '],
      ['a fractional lastSeq', { ...hello, lastSeq: 2.5 }, 'lastSeq: '],
      ['practice as a string', { ...hello, practice: 'yes' }, 'practice: '],
      ['a javascript: page URL', { ...hello, pageUrl: 'javascript:alert(1)' }, 'pageUrl: '],
      ['a page URL that is not a URL', { ...hello, pageUrl: 'home page' }, 'pageUrl: '],
      ['a locale that is not a language tag', { ...hello, locale: 'English' }, 'locale: '],
    ],
  },
  ask: {
    accepted: [
      ['a question alone', ask],
      ['a question with name and email', { ...ask, name: 'Ann', email: 'ann@example.org' }],
      [
        'a padded question, name and email, and trims them',
        { ...ask, question: '  Tax forms?\n', name: ' Ann ', email: ' ann@example.org ' },
        { ...ask, question: 'Tax forms?', name: 'Ann', email: 'ann@example.org' },
      ],
    ],
    refused: [
      ['a missing clientMessageId', { ...ask, clientMessageId: undefined }, 'clientMessageId: '],
      ['a clientMessageId with a space', { ...ask, clientMessageId: 'a b' }, 'clientMessageId: '],
      [
        'a clientMessageId over 64 characters',
        { ...ask, clientMessageId: text(65, 'm') },
        'clientMessageId: ',
      ],
      ['a missing question', { ...ask, question: undefined }, 'question: '],
      ['a question of whitespace', { ...ask, question: ' \n\t ' }, 'question: must not be empty'],
      [
        'a question over 4000 characters',
        { ...ask, question: tooLong },
        'question: must be at most',
      ],
      ['an empty name', { ...ask, name: '  ' }, 'name: '],
      ['a name over 80 characters', { ...ask, name: text(81, 'n') }, 'name: '],
      ['an invalid email', { ...ask, email: 'ann@' }, 'email: must be an email address'],
    ],
  },
  send: {
    accepted: [
      ['a message', send],
      [
        'a message of 4000 characters padded with whitespace, and trims it',
        { ...send, text: `  ${text(MAX_MESSAGE_LENGTH)}\n` },
        { ...send, text: text(MAX_MESSAGE_LENGTH) },
      ],
    ],
    refused: [
      ['a missing clientMessageId', { ...send, clientMessageId: undefined }, 'clientMessageId: '],
      ['text as a number', { ...send, text: 42 }, 'text: '],
      ['empty text', { ...send, text: '' }, 'text: must not be empty'],
      ['text of whitespace', { ...send, text: '   ' }, 'text: must not be empty'],
      ['text over 4000 characters', { ...send, text: tooLong }, 'text: must be at most'],
    ],
  },
  typing: {
    accepted: [
      ['typing started', { type: 'typing', active: true }],
      ['typing stopped', { type: 'typing', active: false }],
    ],
    refused: [
      ['a missing active flag', { type: 'typing' }, 'active: '],
      ['active as a string', { type: 'typing', active: 'true' }, 'active: '],
    ],
  },
  read: {
    accepted: [['the seq read up to', { type: 'read', seq: 12 }]],
    refused: [
      ['a missing seq', { type: 'read' }, 'seq: '],
      ['a seq as a string', { type: 'read', seq: '3' }, 'seq: '],
      ['a negative seq', { type: 'read', seq: -1 }, 'seq: '],
      ['a fractional seq', { type: 'read', seq: 1.5 }, 'seq: '],
    ],
  },
  leave: {
    accepted: [['leaving', { type: 'leave' }]],
    refused: [
      ['a type in capitals', { type: 'Leave' }, 'unknown frame type "Leave"'],
      ['the type alone as a string', 'leave', 'frame must be an object'],
    ],
  },
  request_transcript: {
    accepted: [['an address to send it to', { type: 'request_transcript', email: 'a@b.org' }]],
    refused: [
      ['a missing email', { type: 'request_transcript' }, 'email: '],
      ['an invalid email', { type: 'request_transcript', email: 'a@b' }, 'email: must be'],
      [
        'an email over 254 characters',
        { type: 'request_transcript', email: `${text(250)}@b.org` },
        'email: ',
      ],
    ],
  },
  survey: {
    accepted: [
      ['the lowest rating', { ...survey, rating: 1 }],
      ['the highest rating with a comment', { ...survey, comment: 'Very helpful' }],
      [
        'a padded comment, and trims it',
        { ...survey, comment: ' Great\n' },
        { ...survey, comment: 'Great' },
      ],
    ],
    refused: [
      ['rating 0', { ...survey, rating: 0 }, 'rating: '],
      ['rating 6', { ...survey, rating: 6 }, 'rating: '],
      ['a fractional rating', { ...survey, rating: 4.5 }, 'rating: '],
      ['a rating as a string', { ...survey, rating: '5' }, 'rating: '],
      ['a comment over 2000 characters', { ...survey, comment: text(2001) }, 'comment: '],
    ],
  },
  offline_question: {
    accepted: [
      ['a question and an email', offline],
      ['a name and a deadline too', { ...offline, name: 'Ann', deadline: '2028-02-29' }],
    ],
    refused: [
      ['a missing email', { ...offline, email: undefined }, 'email: '],
      ['an invalid email', { ...offline, email: 'ann.example.org' }, 'email: must be'],
      ['an empty question', { ...offline, question: ' ' }, 'question: must not be empty'],
      ['a question over 4000 characters', { ...offline, question: tooLong }, 'question: must be'],
      ['a deadline that is not a date', { ...offline, deadline: 'next Friday' }, 'deadline: must'],
      ['a deadline in month 13', { ...offline, deadline: '2026-13-01' }, 'deadline: must'],
      ['a deadline on 30 February', { ...offline, deadline: '2026-02-30' }, 'deadline: must'],
      ['29 February of a common year', { ...offline, deadline: '2027-02-29' }, 'deadline: must'],
    ],
  },
  ping: {
    accepted: [
      ['a ping', { type: 'ping' }],
      [
        'a ping with a field it does not define, and drops it',
        { type: 'ping', extra: 1 },
        { type: 'ping' },
      ],
    ],
    refused: [['a type with a trailing space', { type: 'ping ' }, 'unknown frame type "ping "']],
  },
  departing: {
    accepted: [['the page going away for good', { type: 'departing' }]],
    refused: [['a misspelt type', { type: 'departed' }, 'unknown frame type "departed"']],
  },
  erase_chat: {
    accepted: [
      ['a chat, by its resume token', { type: 'erase_chat', resumeToken: 'r'.repeat(32) }],
    ],
    refused: [
      ['no token', { type: 'erase_chat' }, 'resumeToken: '],
      ['a token as a number', { type: 'erase_chat', resumeToken: 42 }, 'resumeToken: '],
    ],
  },
};

describeCases('patron client frame', decodePatronClientFrame, cases);

describe('patron client frame size', () => {
  it('accepts the longest message even when every character needs a JSON escape', () => {
    const frame = JSON.stringify({ ...send, text: text(MAX_MESSAGE_LENGTH, '\u0001') });
    expect(frame.length).toBeLessThan(MAX_FRAME_BYTES);
    expect(decodePatronClientFrame(frame).ok).toBe(true);
  });
});

describe('the browser id in hello', () => {
  it('is kept when valid and ignored, not refused, when it is not', () => {
    const hello = { type: 'hello', protocolVersion: 1, libraryId: 'springfield' };
    const valid = decodePatronClientFrame(JSON.stringify({ ...hello, browserId: 'b'.repeat(33) }));
    expect(valid.ok && valid.value.type === 'hello' && valid.value.browserId).toBe('b'.repeat(33));
    const junk = decodePatronClientFrame(JSON.stringify({ ...hello, browserId: '<x>' }));
    expect(junk.ok && junk.value.type === 'hello' && junk.value.browserId).toBeUndefined();
  });
});
