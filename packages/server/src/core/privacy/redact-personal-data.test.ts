import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, REDACTION_LABELS, redactPersonalData } from './redact-personal-data.ts';

const { email, phone, card } = REDACTION_LABELS;

describe('redactPersonalData', () => {
  it.each([
    ['an email address', 'write to jane.doe+lib@example.org please', `write to ${email} please`],
    ['an email in capitals', 'Mail: J.DOE@Uni-Example.AC.UK.', `Mail: ${email}.`],
    ['a US phone number', 'call (555) 123-4567 tomorrow', `call ${phone} tomorrow`],
    ['a US phone with dots', 'my number is 555.123.4567', `my number is ${phone}`],
    ['a UK number', 'ring +44 20 7946 0958 after six', `ring ${phone} after six`],
    ['a French mobile', 'mon portable : 06 12 34 56 78', `mon portable : ${phone}`],
    ['a French number with dots', 'appelez le 01.23.45.67.89', `appelez le ${phone}`],
    ['a German number', 'Telefon 030 12345678 bitte', `Telefon ${phone} bitte`],
    ['a Spanish number', 'mi teléfono es +34 612 34 56 78', `mi teléfono es ${phone}`],
    ['a short number after "phone"', 'phone 4567890', `phone ${phone}`],
    ['a visa number with spaces', 'card 4111 1111 1111 1111 exp 12/28', `card ${card} exp 12/28`],
    ['a Mastercard with dashes', 'it is 5500-0000-0000-0004', `it is ${card}`],
    ['a 14-digit library barcode', 'my barcode is 21234000123456', `my barcode is ${card}`],
    ['a short library card number', 'library card 0012345', `library card ${card}`],
    ['a Spanish library card', 'mi tarjeta es 12345678', `mi tarjeta es ${card}`],
    ['a German library card', 'Ausweis Nr. 987654', `Ausweis Nr. ${card}`],
    ['two of a kind', 'a@b.io or c@d.io', `${email} or ${email}`],
  ])('removes %s', (_name, input, expected) => {
    const result = redactPersonalData(input);
    expect(result.text).toBe(expected);
    expect(result.redactions).toBeGreaterThan(0);
  });

  it.each([
    ['an ISO date', 'due back 2026-12-03'],
    ['a date and time', 'booked for 2026-12-03 14:30 in room 2'],
    ['a European date', 'le 03/12/2026 à 10h'],
    ['a German date', 'am 3.12.2026 geschlossen'],
    ['an ISBN-13', 'ISBN 978-0-306-40615-7 is on the shelf'],
    ['a compact ISBN-13', 'try 9780306406157'],
    ['an ISBN-10 with its label', 'ISBN: 0306406152'],
    ['a hyphenated ISBN-10', 'the old edition 0-306-40615-2'],
    ['an LC call number', 'look under QA76.73 .J38 2019'],
    ['a Dewey call number', 'it is at 641.5945 BAR'],
    ['an ISSN', 'ISSN 0317-8471'],
    ['a year range', 'newspapers from 1990-2010'],
    ['years listed', 'editions of 1990 2000 2010'],
    ['a price', 'the fine is $1,299.99'],
    ['page numbers', 'see pp. 123-145'],
    ['a postcode', 'we are at 75005 Paris'],
    ['opening hours', 'open 9-17, Sat 10:00-16:00'],
    ['a DOI', 'doi:10.1000/182'],
    ['an at sign that is not an email', 'meet @ the desk'],
    ['plain prose', 'Can I renew my books online?'],
  ])('keeps %s', (_name, input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, redactions: 0 });
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = redactPersonalData(text).text;
        expect(redactPersonalData(once)).toEqual({ text: once, redactions: 0 });
      }),
    );
  });

  it('removes any generated email address wherever it appears in prose', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.lorem(), fc.lorem(), (address, before, after) => {
        const { text } = redactPersonalData(`${before} ${address} ${after}`);
        expect(text).not.toContain(address);
        expect(text).toContain(email);
      }),
    );
  });

  it('removes any Luhn-valid 16-digit card number, grouped or not', () => {
    const cardNumber = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 })
      .map((digits) => {
        const base = digits.join('');
        const check = [...'0123456789'].find((d) => luhnValid(base + d)) ?? '0';
        return base + check;
      });
    fc.assert(
      fc.property(cardNumber, fc.constantFrom('', ' ', '-'), (digits, sep) => {
        const grouped = digits.match(/.{4}/g)?.join(sep) ?? digits;
        expect(redactPersonalData(`pay with ${grouped} now`).text).toBe(`pay with ${card} now`);
      }),
    );
  });

  it('leaves text with neither digits nor an at sign untouched', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/[\d@]/.test(text)),
        (text) => {
          expect(redactPersonalData(text).text).toBe(text);
        },
      ),
    );
  });
});
