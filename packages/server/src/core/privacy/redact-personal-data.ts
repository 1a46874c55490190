/** What a redaction leaves in place of what it removed: no digits and no `@`, so it is stable. */
export const REDACTION_LABELS = {
  email: '[email removed]',
  phone: '[phone removed]',
  card: '[card number removed]',
} as const;

export type RedactionKind = keyof typeof REDACTION_LABELS;

// Alternatives are tried in order at each position: a date or a time is consumed whole, so its
// digits never join a phone-like run that follows it.
const DATE = String.raw`\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b(?![./-]\d)(?:[ T]\d{1,2}[:h]\d{2})?`;
const EMAIL = "[\\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
// Digits joined by single spaces, dots, dashes or slashes, with an optional leading + or (.
const RUN = String.raw`(?:\+|\(\s?)?\d(?:[ .\-/]?(?:\(\s?)?\d(?:\s?\))?)+`;
const ISBN_NEARBY = /\bISBN(?:-1[03])?:?\s*$/i;
const CARD_NEARBY =
  /\b(?:card|barcode|library\s+card|patron\s+(?:id|number)|carte|tarjeta|ausweis|lesekarte|carnet)\b[^\n]{0,20}$/i;
const PHONE_NEARBY =
  /\b(?:phone|tel|call|mobile|cell|t[ée]l[ée]phone|portable|tel[ée]fono|telefon|handy)\b[^.\n]{0,20}$/i;
const SCANNER = new RegExp(`(${DATE})|(${EMAIL})|(${RUN})`, 'g');

/**
 * Replaces personal data typed in a message with labels: email addresses, phone numbers (local and
 * international), library card and payment card numbers. Dates, times, ISBNs, call numbers, years,
 * prices and short numbers stay. Idempotent: redacting twice changes nothing more.
 *
 * @example
 * redactPersonalData('Call me on 06 12 34 56 78'); // 'Call me on [phone removed]'
 */
export function redactPersonalData(text: string): { text: string; redactions: number } {
  let redactions = 0;
  const out = text.replace(
    SCANNER,
    (match, date: string | undefined, email: string | undefined, _run, offset: number) => {
      if (date !== undefined) return match;
      if (email !== undefined) {
        redactions++;
        return REDACTION_LABELS.email;
      }
      const kind = classifyNumber(match, text.slice(Math.max(0, offset - 40), offset));
      if (!kind) return match;
      redactions++;
      return REDACTION_LABELS[kind];
    },
  );
  return { text: out, redactions };
}

/** What a run of digits is, from its shape and the words just before it; undefined keeps it. */
export function classifyNumber(run: string, before: string): RedactionKind | undefined {
  const digits = run.replace(/\D/g, '');
  const separated = /[ .\-/()]/.test(run.replace(/^\+/, ''));
  if (isIsbn(run, digits, before) || isYearList(run) || /^10\.\d{4,9}\//.test(run)) {
    return undefined;
  }
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  if (CARD_NEARBY.test(before) && digits.length >= 5) return 'card';
  if (!separated && digits.length >= 12) return 'card';
  if (run.startsWith('+') && digits.length >= 7 && digits.length <= 15) return 'phone';
  if (PHONE_NEARBY.test(before) && digits.length >= 7 && digits.length <= 15) return 'phone';
  if (digits.length >= 9 && digits.length <= 15 && (separated || digits.length <= 11))
    return 'phone';
  return undefined;
}

function isIsbn(run: string, digits: string, before: string): boolean {
  if (ISBN_NEARBY.test(before))
    return digits.length === 10 || digits.length === 13 || digits.length === 9;
  if (digits.length === 13 && /^97[89]/.test(digits)) return isbn13Valid(digits);
  // A hyphenated ISBN-10 has four groups; a phone number rarely does.
  return digits.length === 10 && run.split('-').length === 4 && isbn10Valid(digits);
}

/** `1990 2000 2010`: years listed, not a phone number. */
function isYearList(run: string): boolean {
  const groups = run.split(/[ ,]+/);
  return groups.length > 1 && groups.every((group) => /^(1[5-9]|20)\d\d$/.test(group));
}

/** The Luhn checksum every payment card number (and many library barcodes) satisfies. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isbn13Valid(digits: string): boolean {
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

function isbn10Valid(digits: string): boolean {
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  return sum % 11 === 0;
}
