import { bodyDecoder, describeCases, text } from './describe-cases.ts';
import { ErrorBodySchema, WidgetSettingsSchema } from './http.ts';

const settings = {
  nameField: 'optional',
  emailField: 'required',
  privacyNote: 'Chats are kept for 30 days.',
  colour: '#1a5fB4',
  localTimerSeconds: 45,
  groupTimerSeconds: 60,
  allowedOrigins: ['https://springfield.example', 'https://catalogue.springfield.example'],
};
const timer = (localTimerSeconds: unknown) => ({ ...settings, localTimerSeconds });

describeCases('GET/PUT /api/libraries/:id/widget-settings', bodyDecoder(WidgetSettingsSchema), {
  WidgetSettingsSchema: {
    accepted: [
      ['the settings of a library', settings],
      ['timers of 0 and 600 seconds, the bounds', { ...timer(0), groupTimerSeconds: 600 }],
      ['any origin and no privacy note', { ...settings, privacyNote: '', allowedOrigins: ['*'] }],
    ],
    refused: [
      ['a colour by name', { ...settings, colour: 'blue' }, 'colour: '],
      ['a three-digit colour', { ...settings, colour: '#fff' }, 'colour: '],
      ['a negative timer', timer(-1), 'localTimerSeconds: '],
      ['a timer over 600 seconds', timer(601), 'localTimerSeconds: '],
      ['a fractional timer', timer(1.5), 'localTimerSeconds: '],
      ['a timer as a string', timer('45'), 'localTimerSeconds: '],
      ['origins that are not a list', { ...settings, allowedOrigins: '*' }, 'allowedOrigins: '],
      [
        'an origin over 256 characters',
        { ...settings, allowedOrigins: [text(257)] },
        'allowedOrigins.0: ',
      ],
      [
        'a privacy note over 1000 characters',
        { ...settings, privacyNote: text(1001) },
        'privacyNote: ',
      ],
      ['a missing name field mode', { ...settings, nameField: undefined }, 'nameField: '],
    ],
  },
});

describeCases('every HTTP error', bodyDecoder(ErrorBodySchema), {
  ErrorBodySchema: {
    accepted: [
      ['a CSRF refusal', { error: { code: 'csrf', message: 'Missing X-CSRF-Token header' } }],
      [
        'a code this client does not know yet',
        { error: { code: 'teapot', message: 'Short and stout' } },
      ],
    ],
    refused: [
      ['an error without a message', { error: { code: 'internal' } }, 'error.message: '],
      ['a bare message', { message: 'Oops' }, 'error: '],
      ['a numeric code', { error: { code: 500, message: 'Oops' } }, 'error.code: '],
    ],
  },
});
