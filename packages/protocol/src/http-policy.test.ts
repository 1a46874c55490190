import { bodyDecoder, describeCases, text } from './describe-cases.ts';
import {
  POLICY_SECTION_KEYS,
  PolicyPageSchema,
  PolicyPageUpdateSchema,
  PolicyProblemReportSchema,
} from './http.ts';

const sections = Object.fromEntries(POLICY_SECTION_KEYS.map((key) => [key, '']));
sections.catalogueUrl = 'https://catalogue.springfield.example';
sections.renewals = 'Renew online up to three times.';
const page = {
  library: { id: 'springfield', name: 'Springfield Public Library' },
  version: 3,
  sections,
  owners: ['lisa@springfield.example'],
  updatedAt: 1_795_000_000_000,
  updatedBy: 'Lisa',
  stale: false,
};
const update = {
  baseVersion: 3,
  sections,
  staffOnly: 'PIN resets: call ext. 12.',
  owners: page.owners,
};
const { alerts: _alerts, ...withoutAlerts } = sections;

describeCases('GET /api/libraries/:id/policy', bodyDecoder(PolicyPageSchema), {
  PolicyPageSchema: {
    accepted: [
      ['the page as the public sees it', page],
      [
        'the page with its staff-only section, stale',
        { ...page, staffOnly: 'Ext. 12', stale: true },
      ],
    ],
    refused: [
      ['version 0', { ...page, version: 0 }, 'version: '],
      ['a fractional version', { ...page, version: 1.5 }, 'version: '],
      ['sections without alerts', { ...page, sections: withoutAlerts }, 'sections.alerts: '],
      [
        'a section over 20,000 characters',
        { ...page, sections: { ...sections, databases: text(20_001) } },
        'sections.databases: ',
      ],
      ['a missing stale flag', { ...page, stale: undefined }, 'stale: '],
    ],
  },
});

describeCases('PUT /api/libraries/:id/policy', bodyDecoder(PolicyPageUpdateSchema), {
  PolicyPageUpdateSchema: {
    accepted: [
      ['an edit of version 3', update],
      [
        'the first edit, of version 0, by nobody in particular',
        { ...update, baseVersion: 0, owners: [] },
      ],
      [
        'padded owner emails, and trims them',
        { ...update, owners: [' lisa@springfield.example '] },
        update,
      ],
    ],
    refused: [
      ['a negative base version', { ...update, baseVersion: -1 }, 'baseVersion: '],
      ['a missing base version', { ...update, baseVersion: undefined }, 'baseVersion: '],
      ['an owner that is not an email', { ...update, owners: ['Lisa'] }, 'owners.0: '],
      [
        'a missing staff-only section (send "" for none)',
        { ...update, staffOnly: undefined },
        'staffOnly: ',
      ],
      [
        'a section as a number',
        { ...update, sections: { ...sections, renewals: 3 } },
        'sections.renewals: ',
      ],
    ],
  },
});

describeCases('POST /api/libraries/:id/policy/problems', bodyDecoder(PolicyProblemReportSchema), {
  PolicyProblemReportSchema: {
    accepted: [
      ['a comment', { comment: 'Sunday hours changed.' }],
      [
        'a padded comment, and trims it',
        { comment: ' Sunday hours changed.\n' },
        { comment: 'Sunday hours changed.' },
      ],
    ],
    refused: [
      ['an empty comment', { comment: '' }, 'comment: '],
      ['a comment of whitespace', { comment: '  ' }, 'comment: '],
      ['a comment over 2000 characters', { comment: text(2001) }, 'comment: '],
    ],
  },
});
