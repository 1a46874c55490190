import * as v from 'valibot';
import { MAX_MESSAGE_LENGTH } from './common.ts';

/** Message text: trimmed, 1 to 4,000 characters. */
export const MessageTextSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
);
export const DisplayNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80));
export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(254),
  v.email('must be an email address'),
);
/** A calendar date, `YYYY-MM-DD`, for deadlines. */
export const DateSchema = v.pipe(
  v.string(),
  v.isoDate('must be a date (YYYY-MM-DD)'),
  // isoDate checks the shape only: it lets 2026-02-30 through.
  v.check(isCalendarDate, 'must be a date (YYYY-MM-DD)'),
);
export const CommentSchema = v.pipe(v.string(), v.trim(), v.maxLength(2000));
/** The page a chat starts on. http(s) only: a responder may open it, so no `javascript:` links. */
export const PageUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http or https URL'),
);
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

function isCalendarDate(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const long = month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= (month === 2 ? (leap ? 29 : 28) : long);
}
/**
 * The widget's browser id: a random id it keeps in the page's storage and sends in `hello`. The
 * server keeps only a salted hash of it, for the block list and a patron's requests.
 */
export const BrowserIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
