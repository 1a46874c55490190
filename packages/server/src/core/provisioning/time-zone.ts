/**
 * Whether `name` is an IANA time zone this runtime knows (`Europe/Paris`, `UTC`). Abbreviations
 * such as `CET` or `EST` are refused: they do not say which daylight-saving rules apply.
 *
 * @example
 * isTimeZone('America/Chicago'); // true
 * isTimeZone('Mars/Olympus'); // false
 */
export function isTimeZone(name: string): boolean {
  if (!/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
