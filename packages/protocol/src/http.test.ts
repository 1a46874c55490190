import { bodyDecoder, describeCases, text } from './describe-cases.ts';
import { LibraryListResponseSchema, LoginRequestSchema, SessionResponseSchema } from './http.ts';
import { LibraryWidgetInfoSchema } from './patron-server.ts';

const login = { email: 'marge@shelbyville.example', password: 'correct horse' };
const responder = {
  id: 'r_42',
  displayName: 'Marge',
  email: login.email,
  library: { id: 'shelbyville', name: 'Shelbyville Public Library' },
  roles: ['librarian'],
};
const session = { responder, csrfToken: 'k3y' };
const library = {
  id: 'springfield',
  name: 'Springfield Public Library',
  kind: 'public',
  groupId: null,
  timezone: 'America/Chicago',
  staffsCooperative: true,
};
const widget = {
  id: 'springfield',
  name: 'Springfield Public Library',
  privacyNote: 'Chats are kept for 30 days.',
  nameField: 'optional',
  emailField: 'required',
  available: false,
  transcriptEmail: true,
};

describeCases('POST /api/session', bodyDecoder(LoginRequestSchema), {
  LoginRequestSchema: {
    accepted: [
      ['an email and a password', login],
      [
        'a padded email, and trims the email but never the password',
        { email: ` ${login.email} `, password: ' secret ' },
        { email: login.email, password: ' secret ' },
      ],
    ],
    refused: [
      ['an invalid email', { ...login, email: 'marge' }, 'email: must be an email address'],
      ['an empty password', { ...login, password: '' }, 'password: '],
      ['a password over 1024 characters', { ...login, password: text(1025) }, 'password: '],
      ['a missing password', { email: login.email }, 'password: '],
      ['a JSON string instead of an object', 'email=marge', 'Invalid type: Expected Object'],
    ],
  },
});

describeCases('GET /api/me', bodyDecoder(SessionResponseSchema), {
  SessionResponseSchema: {
    accepted: [['a responder with a CSRF token', session]],
    refused: [
      ['a missing CSRF token', { responder }, 'csrfToken: '],
      [
        'a role it does not know',
        { ...session, responder: { ...responder, roles: ['owner'] } },
        'responder.roles.0: ',
      ],
    ],
  },
});

describeCases('GET /api/libraries', bodyDecoder(LibraryListResponseSchema), {
  LibraryListResponseSchema: {
    accepted: [
      ['a library outside any group', { libraries: [library] }],
      ['a library in a group', { libraries: [{ ...library, groupId: 'north' }] }],
      ['no libraries', { libraries: [] }],
    ],
    refused: [
      [
        'a kind it does not know',
        { libraries: [{ ...library, kind: 'private' }] },
        'libraries.0.kind: ',
      ],
      [
        'a library id in capitals',
        { libraries: [{ ...library, id: 'Springfield' }] },
        'libraries.0.id: ',
      ],
      [
        'a missing groupId (null is required)',
        { libraries: [{ ...library, groupId: undefined }] },
        'libraries.0.groupId: ',
      ],
      ['a list that is not a list', { libraries: library }, 'libraries: '],
    ],
  },
});

describeCases('GET /api/libraries/:id/widget', bodyDecoder(LibraryWidgetInfoSchema), {
  LibraryWidgetInfoSchema: {
    accepted: [['a library nobody can answer for now', widget]],
    refused: [
      ['a field mode it does not know', { ...widget, emailField: 'maybe' }, 'emailField: '],
      ['availability as a string', { ...widget, available: 'yes' }, 'available: '],
      ['a missing privacy note', { ...widget, privacyNote: undefined }, 'privacyNote: '],
    ],
  },
});
