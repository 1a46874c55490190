import { GroupCreateSchema } from '@refdesk/protocol';
import { newGroup } from '../../core/provisioning/group-provisioning.ts';
import type { RegisterCommands } from '../cli-context.ts';
import { chooseCooperative, parseInput, provisionedOrExit, table } from './cli-input.ts';

/**
 * `refdesk group add|list`: groups of libraries; a chat rolls up to its library's group before
 * the whole cooperative. Put a library in a group with `refdesk library edit ID --group GROUP`.
 *
 * @example
 * refdesk group add --id west --name "West Valley"
 */
export const registerGroupCommands: RegisterCommands = (program, ctx) => {
  const group = program.command('group').description('Groups of libraries in a cooperative');

  group
    .command('add')
    .description('Add a group to a cooperative')
    .option('--cooperative <id>', 'the cooperative (needed when there are several)')
    .requiredOption('--id <slug>', 'its id (a-z, 0-9, -)')
    .requiredOption('--name <name>', 'its name')
    .action(async (options: { cooperative?: string; id: string; name: string }) => {
      const { stores } = await ctx.open();
      const cooperative = chooseCooperative(stores, options.cooperative);
      const input = parseInput(GroupCreateSchema, { id: options.id, name: options.name });
      const made = provisionedOrExit(newGroup(stores.directory, cooperative.id, input));
      stores.directory.insertGroup(made);
      ctx.print(made, `Added group ${made.name} (${made.id}) to ${cooperative.name}.`);
    });

  group
    .command('list')
    .description('List the groups of a cooperative, with their libraries')
    .option('--cooperative <id>')
    .action(async (options: { cooperative?: string }) => {
      const { stores } = await ctx.open();
      const cooperative = chooseCooperative(stores, options.cooperative);
      const libraries = stores.directory.librariesOf(cooperative.id);
      const groups = stores.directory.groupsOf(cooperative.id).map((entry) => ({
        ...entry,
        libraries: libraries.filter((l) => l.groupId === entry.id).map((l) => l.id),
      }));
      const rows = groups.map((entry) => [entry.id, entry.name, entry.libraries.join(', ') || '-']);
      ctx.print(
        { cooperative: cooperative.id, groups },
        groups.length === 0
          ? `${cooperative.name} has no groups yet.`
          : table([['ID', 'NAME', 'LIBRARIES'], ...rows]),
      );
    });
};
