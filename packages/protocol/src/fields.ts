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
export const DateSchema = v.pipe(v.string(), v.isoDate('must be a date (YYYY-MM-DD)'));
export const CommentSchema = v.pipe(v.string(), v.trim(), v.maxLength(2000));
export const PageUrlSchema = v.pipe(v.string(), v.maxLength(2048), v.url());
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
