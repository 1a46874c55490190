import { bodyDecoder, describeCases } from './describe-cases.ts';
import {
  EarlierChatsResponseSchema,
  PolicySearchResponseSchema,
  TranscriptSchema,
  WidgetSettingsSchema,
} from './http.ts';

const library = { id: 'springfield', name: 'Springfield Public Library' };
const message = {
  chatId: 'chat_1',
  seq: 1,
  id: 'msg_1',
  authorRole: 'patron',
  displayName: 'Patron',
  text: 'Can I renew online?',
  sentAt: 1_795_000_000_000,
  internal: false,
};
const transcript = {
  chatId: 'chat_1',
  homeLibrary: library,
  state: 'ended',
  tier: 'cooperative',
  practice: false,
  question: 'Can I renew online?',
  patron: { name: 'Pat', email: 'pat@example.org' },
  responder: {
    id: 'demo-ben',
    displayName: 'Ben Brooks',
    library: { id: 'shelbyville', name: 'Shelbyville Public Library' },
  },
  startedAt: 1_795_000_000_000,
  endedAt: 1_795_000_600_000,
  endReason: 'responder_ended',
  outcome: 'answered',
  messages: [message, { ...message, seq: 2, id: 'msg_2', internal: true, text: 'Checked ILS' }],
};
const settings = {
  nameField: 'optional',
  emailField: 'required',
  privacyNote: '',
  colour: '#1a5fb4',
  localTimerSeconds: 45,
  groupTimerSeconds: 60,
  allowedOrigins: ['*'],
};
const window = (startMinute: number, endMinute: number, day = 1) => ({
  ...settings,
  coverage: [{ day, startMinute, endMinute }],
});

describeCases('GET /api/chats/:id', bodyDecoder(TranscriptSchema), {
  TranscriptSchema: {
    accepted: [
      ['an ended chat with an internal note', transcript],
      [
        'a queued chat nobody has answered yet',
        {
          ...transcript,
          state: 'queued',
          patron: {},
          responder: null,
          endedAt: null,
          endReason: null,
          outcome: null,
          messages: [],
        },
      ],
    ],
    refused: [
      ['an unknown state', { ...transcript, state: 'paused' }, 'state: '],
      ['an unknown outcome', { ...transcript, outcome: 'solved' }, 'outcome: '],
      ['a missing patron context', { ...transcript, patron: undefined }, 'patron: '],
    ],
  },
});

describeCases('GET /api/chats/:id/earlier', bodyDecoder(EarlierChatsResponseSchema), {
  EarlierChatsResponseSchema: {
    accepted: [
      ['a library that does not share earlier chats', { shared: false, chats: [] }],
      [
        'one earlier chat that nobody answered',
        {
          shared: true,
          chats: [
            {
              chatId: 'chat_0',
              startedAt: 1,
              question: 'Hours?',
              outcome: null,
              responderName: null,
            },
          ],
        },
      ],
    ],
    refused: [['a missing sharing flag', { chats: [] }, 'shared: ']],
  },
});

describeCases('GET /api/policy/search', bodyDecoder(PolicySearchResponseSchema), {
  PolicySearchResponseSchema: {
    accepted: [
      [
        'a hit in a section and one in the staff-only text',
        {
          query: 'pin',
          hits: [
            { library, section: 'accountsAndPins', snippet: 'Your PIN is the last 4 digits.' },
            { library, section: 'staffOnly', snippet: '…guest PIN 1234…' },
          ],
        },
      ],
    ],
    refused: [
      [
        'a section the template does not have',
        { query: 'pin', hits: [{ library, section: 'secrets', snippet: '' }] },
        'hits.0.section: ',
      ],
    ],
  },
});

describeCases('widget settings with coverage', bodyDecoder(WidgetSettingsSchema), {
  WidgetSettingsSchema: {
    accepted: [
      [
        'weekday hours and sharing of earlier chats',
        { ...window(540, 1020), shareEarlierChats: false },
      ],
      ['a whole Saturday', window(0, 1440, 6)],
      ['no coverage hours at all', { ...settings, coverage: [] }],
    ],
    refused: [
      ['a window that ends before it starts', window(600, 540), 'coverage.0: '],
      ['a day after Saturday', window(0, 60, 7), 'coverage.0.day: '],
      ['a minute past midnight of the next day', window(0, 1441), 'coverage.0.endMinute: '],
      ['sharing as a string', { ...settings, shareEarlierChats: 'yes' }, 'shareEarlierChats: '],
    ],
  },
});
