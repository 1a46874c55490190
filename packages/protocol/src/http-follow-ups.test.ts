import { MAX_MESSAGE_LENGTH } from './common.ts';
import { bodyDecoder, describeCases, text } from './describe-cases.ts';
import {
  FollowUpActionSchema,
  FollowUpListResponseSchema,
  OfflineQuestionRequestSchema,
  OfflineQuestionResponseSchema,
} from './http.ts';

const followUp = {
  id: 'f_1',
  library: { id: 'springfield', name: 'Springfield Public Library' },
  source: 'chat',
  chatId: 'c_8f3k2',
  question: 'Tax forms from 1998?',
  patronName: null,
  contactEmail: 'ann@example.org',
  deadline: '2026-12-04',
  status: 'claimed',
  claimedBy: { id: 'r_42', displayName: 'Lisa' },
  notes: [{ author: 'Lisa', text: 'Asked the archive.', at: 1_795_000_000_000 }],
  createdAt: 1_795_000_000_000,
};
const list = (item: object) => ({ followUps: [item] });
const question = { question: 'Tax forms from 1998?', email: 'ann@example.org' };

describeCases('GET /api/libraries/:id/follow-ups', bodyDecoder(FollowUpListResponseSchema), {
  FollowUpListResponseSchema: {
    accepted: [
      ['a claimed follow-up from a chat', list(followUp)],
      [
        'an open offline question without chat, deadline or claimant',
        list({
          ...followUp,
          source: 'offline_question',
          chatId: null,
          deadline: null,
          status: 'open',
          claimedBy: null,
          notes: [],
        }),
      ],
    ],
    refused: [
      ['a status it does not know', list({ ...followUp, status: 'done' }), 'followUps.0.status: '],
      ['a source it does not know', list({ ...followUp, source: 'phone' }), 'followUps.0.source: '],
      ['a chat id with a space', list({ ...followUp, chatId: 'a b' }), 'followUps.0.chatId: '],
      [
        'a deadline on 30 February',
        list({ ...followUp, deadline: '2026-02-30' }),
        'followUps.0.deadline: ',
      ],
      [
        'a note without text',
        list({ ...followUp, notes: [{ author: 'Lisa', at: 1 }] }),
        'followUps.0.notes.0.text: ',
      ],
    ],
  },
});

describeCases('POST /api/follow-ups/:id/actions', bodyDecoder(FollowUpActionSchema), {
  FollowUpActionSchema: {
    accepted: [
      ['a claim', { action: 'claim' }],
      [
        'a note, trimmed',
        { action: 'note', text: ' Called back. ' },
        { action: 'note', text: 'Called back.' },
      ],
      ['a reply to the patron', { action: 'reply', subject: 'Your question', text: 'Found them.' }],
      ['a close without comment', { action: 'close' }],
      ['a close with a comment', { action: 'close', comment: 'Answered by email.' }],
    ],
    refused: [
      ['an action it does not know', { action: 'delete' }, 'action: '],
      ['an empty note', { action: 'note', text: '' }, 'text: '],
      ['a reply without subject', { action: 'reply', text: 'Found them.' }, 'subject: '],
      [
        'a subject over 200 characters',
        { action: 'reply', subject: text(201), text: 'Hi' },
        'subject: ',
      ],
      [
        'a reply over 4000 characters',
        { action: 'reply', subject: 'Hi', text: text(MAX_MESSAGE_LENGTH + 1) },
        'text: ',
      ],
    ],
  },
});

describeCases(
  'POST /api/libraries/:id/offline-questions',
  bodyDecoder(OfflineQuestionRequestSchema),
  {
    OfflineQuestionRequestSchema: {
      accepted: [
        ['a question and an email', question],
        ['a name and a deadline too', { ...question, name: 'Ann', deadline: '2028-02-29' }],
        [
          'a padded question, and trims it',
          { ...question, question: ' Tax forms? ' },
          { ...question, question: 'Tax forms?' },
        ],
      ],
      refused: [
        ['a missing email', { question: question.question }, 'email: '],
        ['an invalid email', { ...question, email: 'ann@' }, 'email: '],
        [
          'a question of whitespace',
          { ...question, question: '\n' },
          'question: must not be empty',
        ],
        [
          'a question over 4000 characters',
          { ...question, question: text(MAX_MESSAGE_LENGTH + 1) },
          'question: ',
        ],
        ['a deadline in another format', { ...question, deadline: '04/12/2026' }, 'deadline: '],
        ['an empty name', { ...question, name: '' }, 'name: '],
      ],
    },
  },
);

describeCases(
  'POST /api/libraries/:id/offline-questions',
  bodyDecoder(OfflineQuestionResponseSchema),
  {
    OfflineQuestionResponseSchema: {
      accepted: [['the follow-up it became', { followUpId: 'f_1' }]],
      refused: [['a follow-up id with a space', { followUpId: 'a b' }, 'followUpId: ']],
    },
  },
);
