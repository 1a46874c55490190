import type { CooperativeId } from '@refdesk/protocol';
import * as v from 'valibot';
import type { Cooperative } from '../../core/model.ts';
import type { Provisioned } from '../../core/provisioning/provisioning-result.ts';
import type { Stores } from '../../storage/open-storage.ts';
import { CliError } from '../cli-context.ts';

/**
 * Validates what the command line gave with a protocol schema: a bad value is exit 2, naming the
 * option (`--kind: Invalid type...`).
 *
 * @example
 * const input = parseInput(LibraryCreateSchema, { id, name, kind }, { id: '--id' });
 */
export function parseInput<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  options: Record<string, string> = {},
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  const option = options[key.split('.')[0] ?? ''] ?? (key ? `--${kebab(key)}` : 'input');
  throw new CliError(`${option}: ${issue?.message ?? 'invalid'}`, 2);
}

/**
 * The value of a core provisioning result, or a CliError: bad input exits 2, a duplicate or a
 * missing group 1.
 *
 * @example
 * const library = provisionedOrExit(newLibrary(ctx, cooperative, input));
 */
export function provisionedOrExit<T>(
  result: Provisioned<T>,
  options: Record<string, string> = {},
): T {
  if (result.ok) return result.value;
  const field = result.field.split('.')[0] ?? result.field;
  const option = options[field] ?? `--${kebab(field)}`;
  throw new CliError(`${option}: ${result.message}`, result.reason === 'invalid' ? 2 : 1);
}

/**
 * The cooperative `--cooperative` names, or the only one when there is a single cooperative.
 *
 * @example
 * const cooperative = chooseCooperative(stores, options.cooperative);
 */
export function chooseCooperative(stores: Stores, id: string | undefined): Cooperative {
  if (id !== undefined) {
    const found = stores.directory.cooperative(id as CooperativeId);
    if (!found) throw new CliError(`No cooperative "${id}"; see refdesk cooperative list.`);
    return found;
  }
  const all = stores.directory.cooperatives();
  if (all.length === 1 && all[0]) return all[0];
  throw new CliError(
    all.length === 0
      ? 'No cooperative yet: start with refdesk init.'
      : `Several cooperatives: name one with --cooperative (${all.map((c) => c.id).join(', ')}).`,
    2,
  );
}

/** Parses a whole number of seconds for a commander option. */
export function seconds(value: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new CliError(`"${value}" is not a number of seconds`, 2);
  return Number(value);
}

/** Collects a repeatable option (`--origin a --origin b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A table for people: one line per row, columns padded. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
