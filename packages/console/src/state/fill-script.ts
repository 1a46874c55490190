import type { Script } from '@refdesk/protocol/responder';

/** The values of a script's variables in one chat. */
export interface ScriptContext {
  patronLibrary: string;
  myName: string;
  myLibrary: string;
}

/** The variables a script may use, as the script editor lists them. */
export const SCRIPT_VARIABLES = ['{patronLibrary}', '{myName}', '{myLibrary}'] as const;

/**
 * A script's text with its variables filled in; unknown braces stay as written.
 *
 * @example
 * fillScript('Hello, I am {myName}.', { myName: 'Ben', myLibrary: '', patronLibrary: '' });
 * // 'Hello, I am Ben.'
 */
export function fillScript(text: string, context: ScriptContext): string {
  return text.replace(/\{(patronLibrary|myName|myLibrary)\}/g, (_, name: keyof ScriptContext) => {
    return context[name];
  });
}

/** A "/" typed at the start of the composer or after a space, and what follows it up to the caret. */
export interface SlashQuery {
  start: number;
  query: string;
}

/**
 * Finds the script shortcut being typed before the caret: `/renew` gives `{ start, query: 'renew' }`.
 *
 * @example
 * findSlashQuery('Sure. /ren', 10); // { start: 6, query: 'ren' }
 */
export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/**
 * Scripts whose title matches the query first, then those whose text does; at most `limit`.
 * The list keeps the server's order within each group (the covered library's scripts first).
 *
 * @example
 * matchScripts(scripts, 'renew');
 */
export function matchScripts(scripts: Script[], query: string, limit = 8): Script[] {
  const q = query.trim().toLowerCase();
  if (!q) return scripts.slice(0, limit);
  const byTitle = scripts.filter((script) => script.title.toLowerCase().includes(q));
  const byText = scripts.filter(
    (script) => !byTitle.includes(script) && script.text.toLowerCase().includes(q),
  );
  return [...byTitle, ...byText].slice(0, limit);
}
