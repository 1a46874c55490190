/**
 * Whether a string looks like an email address; the server checks it properly.
 *
 * @example
 * isEmail('lisa@example.org'); // true
 */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/**
 * Today as `YYYY-MM-DD` in the patron's own time zone: the earliest "I need this by" date.
 *
 * @example
 * <input type="date" min={today()} />
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Moves focus to the first field marked invalid, in the shadow root the event came from. The
 * panel renders synchronously, so the marks are already there.
 *
 * @example
 * state.errors.value = errors;
 * focusInvalid(event.currentTarget);
 */
export function focusInvalid(from: EventTarget | null): void {
  const root = (from as Node | null)?.getRootNode() as ParentNode | undefined;
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
