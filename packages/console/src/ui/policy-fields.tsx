import type { PolicySections, StaffOnlyAudience } from '@refdesk/protocol/responder';
import { SECTION_LABELS, SECTION_ORDER } from '../state/labels.ts';
import type { PolicyForm } from '../state/policy-form.ts';

const HINTS: Partial<Record<keyof PolicySections, string>> = {
  alerts: 'Temporary closures and changes. Shown first.',
  databases: 'Which databases, and how patrons sign in from home.',
  accountsAndPins: 'Who can get a card, how PINs are reset.',
  followUpContact: 'Where follow-ups and referrals should go.',
};

const AUDIENCES: [StaffOnlyAudience, string][] = [
  ['home_library', 'This library’s staff (and the coordinators)'],
  ['cooperative', 'Every librarian of the cooperative'],
];

export interface PolicyFieldsProps {
  form: PolicyForm;
  onChange(patch: Partial<PolicyForm>): void;
}

/** The structured template of a policy page, one labelled field per section. */
export function PolicyFields({ form, onChange }: PolicyFieldsProps) {
  const setSection = (key: keyof PolicySections, value: string) =>
    onChange({ sections: { ...form.sections, [key]: value } });
  return (
    <>
      {SECTION_ORDER.map((key) => (
        <div class="field" key={key}>
          <label for={`policy-${key}`}>{SECTION_LABELS[key]}</label>
          {HINTS[key] && (
            <p class="field-hint" id={`policy-${key}-hint`}>
              {HINTS[key]}
            </p>
          )}
          {key === 'catalogueUrl' ? (
            <input
              id={`policy-${key}`}
              type="url"
              value={form.sections[key]}
              onInput={(event) => setSection(key, event.currentTarget.value)}
            />
          ) : (
            <textarea
              id={`policy-${key}`}
              rows={key === 'alerts' ? 2 : 4}
              value={form.sections[key]}
              aria-describedby={HINTS[key] ? `policy-${key}-hint` : undefined}
              onInput={(event) => setSection(key, event.currentTarget.value)}
            />
          )}
        </div>
      ))}
      <div class="field field-staff">
        <label for="policy-staffOnly">Staff only</label>
        <p class="field-hint" id="policy-staffOnly-hint">
          Never shown to patrons: guest database logins, escalation contacts.
        </p>
        <textarea
          id="policy-staffOnly"
          rows={4}
          value={form.staffOnly}
          aria-describedby="policy-staffOnly-hint"
          onInput={(event) => onChange({ staffOnly: event.currentTarget.value })}
        />
        <fieldset class="audience">
          <legend>Who may read it</legend>
          {AUDIENCES.map(([audience, label]) => (
            <label key={audience}>
              <input
                type="radio"
                name="policy-staffOnlyAudience"
                value={audience}
                checked={form.staffOnlyAudience === audience}
                onChange={() => onChange({ staffOnlyAudience: audience })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="field">
        <label for="policy-owners">Owners</label>
        <p class="field-hint" id="policy-owners-hint">
          Email addresses, one per line. They hear about problems reported on this page.
        </p>
        <textarea
          id="policy-owners"
          rows={2}
          value={form.owners}
          aria-describedby="policy-owners-hint"
          onInput={(event) => onChange({ owners: event.currentTarget.value })}
        />
      </div>
    </>
  );
}
