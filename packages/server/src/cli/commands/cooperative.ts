import { CooperativeIdSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { Cooperative } from '../../core/model.ts';
import { newCooperative, slugFrom } from '../../core/provisioning/cooperative-provisioning.ts';
import type { RegisterCommands } from '../cli-context.ts';
import { parseInput, provisionedOrExit, seconds, table } from './cli-input.ts';

const AddSchema = v.object({
  id: CooperativeIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120)),
  timezone: v.string(),
});

/**
 * `refdesk cooperative add|list`. A cooperative is the unit of routing: public and academic
 * libraries side by side are two cooperatives, each with its own libraries, groups and staff.
 *
 * @example
 * refdesk cooperative add --name "Valley Academic Libraries" --timezone America/Denver
 */
export const registerCooperativeCommands: RegisterCommands = (program, ctx) => {
  const cooperative = program.command('cooperative').description('Cooperatives on this server');

  cooperative
    .command('add')
    .description('Add a cooperative (then: refdesk library add, refdesk user invite)')
    .requiredOption('--name <name>', 'its name')
    .option('--id <slug>', 'its id (default: from the name)')
    .option('--timezone <zone>', 'IANA time zone of its reports', localTimeZone())
    .option('--local-timer <seconds>', 'default seconds a chat waits for its library', seconds)
    .option('--group-timer <seconds>', 'default seconds a chat waits for its group', seconds)
    .action(async (options: CooperativeOptions) => {
      const { stores } = await ctx.open();
      const made = addCooperative(stores.directory, options);
      stores.directory.insertCooperative(made);
      ctx.print(made, `Added cooperative ${made.name} (${made.id}).`);
    });

  cooperative
    .command('list')
    .description('List the cooperatives')
    .action(async () => {
      const { stores } = await ctx.open();
      const cooperatives = stores.directory.cooperatives();
      const rows = cooperatives.map((entry) => [
        entry.id,
        entry.name,
        entry.timezone,
        String(stores.directory.librariesOf(entry.id).length),
      ]);
      ctx.print(
        { cooperatives },
        cooperatives.length === 0
          ? 'No cooperative yet: start with refdesk init.'
          : table([['ID', 'NAME', 'TIME ZONE', 'LIBRARIES'], ...rows]),
      );
    });
};

export interface CooperativeOptions {
  name?: string;
  id?: string;
  timezone?: string;
  localTimer?: number;
  groupTimer?: number;
}

/**
 * A validated new cooperative from command-line options (shared with `refdesk init`).
 *
 * @example
 * const made = addCooperative(stores.directory, { name: 'Valley', timezone: 'UTC' });
 */
export function addCooperative(
  directory: Parameters<typeof newCooperative>[0],
  options: CooperativeOptions,
): Cooperative {
  const input = parseInput(
    AddSchema,
    {
      id: options.id ?? slugFrom(options.name ?? ''),
      name: options.name,
      timezone: options.timezone ?? 'UTC',
    },
    { id: options.id === undefined ? '--name (as an id)' : '--id' },
  );
  return provisionedOrExit(
    newCooperative(directory, {
      ...input,
      ...(options.localTimer !== undefined ? { localTimerSeconds: options.localTimer } : {}),
      ...(options.groupTimer !== undefined ? { groupTimerSeconds: options.groupTimer } : {}),
    }),
  );
}

/** The machine's own time zone, the default for a new cooperative. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
