import { MAX_MESSAGE_LENGTH } from './common.ts';
import { bodyDecoder, describeCases, text } from './describe-cases.ts';
import { ScriptInputSchema, ScriptListResponseSchema } from './http.ts';

const script = {
  id: 's_1',
  scope: 'library',
  libraryId: 'springfield',
  title: 'Greeting',
  text: 'Hello from {myLibrary}, on behalf of {patronLibrary}.',
};
const personal = { ...script, id: 's_2', scope: 'personal', libraryId: null };
const input = { scope: 'personal', title: 'Sign-off', text: 'Anything else I can help with?' };

describeCases('GET /api/scripts?library=ID', bodyDecoder(ScriptListResponseSchema), {
  ScriptListResponseSchema: {
    accepted: [
      ['a library script and a personal one', { scripts: [script, personal] }],
      ['no scripts', { scripts: [] }],
    ],
    refused: [
      [
        'a scope it does not know',
        { scripts: [{ ...script, scope: 'global' }] },
        'scripts.0.scope: ',
      ],
      [
        'a library id in capitals',
        { scripts: [{ ...script, libraryId: 'Springfield' }] },
        'scripts.0.libraryId: ',
      ],
      [
        'a missing libraryId (null is required)',
        { scripts: [{ ...personal, libraryId: undefined }] },
        'scripts.0.libraryId: ',
      ],
    ],
  },
});

describeCases('POST /api/scripts and PUT /api/scripts/:id', bodyDecoder(ScriptInputSchema), {
  ScriptInputSchema: {
    accepted: [
      ['a personal script', input],
      ['a cooperative script', { ...input, scope: 'cooperative' }],
      [
        'a padded title and text, and trims them',
        { ...input, title: ' Sign-off ', text: ' Anything else I can help with?\n' },
        input,
      ],
    ],
    refused: [
      ['a scope it does not know', { ...input, scope: 'global' }, 'scope: '],
      ['an empty title', { ...input, title: ' ' }, 'title: '],
      ['a title over 120 characters', { ...input, title: text(121) }, 'title: '],
      ['an empty text', { ...input, text: '' }, 'text: must not be empty'],
      [
        'a text over 4000 characters',
        { ...input, text: text(MAX_MESSAGE_LENGTH + 1) },
        'text: must be',
      ],
      ['a missing scope', { title: input.title, text: input.text }, 'scope: '],
    ],
  },
});
