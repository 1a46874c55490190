import type { LogFields } from '../ports/index.ts';

/**
 * Field names whose values never reach a log, at the top level or one object down: secrets and
 * what patrons and librarians write. Both runtimes' loggers apply it (pino's `redact` on Node).
 */
export const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'token',
  'resumeToken',
  'csrfToken',
  'secret',
  'cookie',
  'authorization',
  'text',
  'question',
  'body',
  'html',
] as const;

export const REDACTED = '[redacted]';

const redactedKeys = new Set<string>(REDACTED_KEYS);

function redactObject(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const field = value[key];
    let replaced = field;
    if (redactedKeys.has(key)) replaced = REDACTED;
    else if (depth === 0 && field !== null && typeof field === 'object' && !Array.isArray(field))
      replaced = redactObject(field as Record<string, unknown>, 1);
    if (replaced !== field) {
      copy ??= { ...value };
      copy[key] = replaced;
    }
  }
  return copy ?? value;
}

/**
 * The fields with every {@link REDACTED_KEYS} value replaced by `[redacted]` (a copy only when
 * something was replaced).
 *
 * @example
 * redactFields({ email, password: 'x' }); // { email, password: '[redacted]' }
 */
export function redactFields(fields: LogFields): LogFields {
  return redactObject(fields, 0);
}

/** The same keys as pino `redact` paths: each at the top level and one object down. */
export function redactPaths(): string[] {
  return REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]);
}
