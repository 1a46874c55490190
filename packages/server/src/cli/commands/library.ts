import {
  LibraryCreateSchema,
  type LibraryId,
  type LibraryPatch,
  LibraryPatchSchema,
} from '@refdesk/protocol';
import type { Library } from '../../core/model.ts';
import { editLibrary, newLibrary } from '../../core/provisioning/library-provisioning.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import type { Stores } from '../../storage/open-storage.ts';
import { type CliContext, CliError, type RegisterCommands } from '../cli-context.ts';
import {
  chooseCooperative,
  collect,
  parseInput,
  provisionedOrExit,
  seconds,
  table,
} from './cli-input.ts';

/** Where each library field comes from on the command line, for error messages. */
const OPTIONS: Record<string, string> = {
  id: '--id',
  groupId: '--group',
  allowedOrigins: '--origin',
  localTimerSeconds: '--local-timer',
  groupTimerSeconds: '--group-timer',
  staffsCooperative: '--staffs-cooperative',
};

interface LibraryOptions {
  cooperative?: string;
  id?: string;
  name?: string;
  kind?: string;
  group?: string | false;
  timezone?: string;
  origin?: string[];
  staffsCooperative?: boolean;
  localTimer?: number;
  groupTimer?: number;
  enable?: boolean;
}

/**
 * `refdesk library add|edit|list|disable`: the member libraries of a cooperative.
 *
 * @example
 * refdesk library add --id river --name "River University" --kind academic --timezone America/Denver \
 *   --origin https://library.river.edu --group west --no-staffs-cooperative
 */
export const registerLibraryCommands: RegisterCommands = (program, ctx) => {
  const library = program.command('library').description('Member libraries of a cooperative');

  library
    .command('add')
    .description('Add a library to a cooperative')
    .option('--cooperative <id>', 'the cooperative (needed when there are several)')
    .requiredOption('--id <slug>', 'its id, used in the widget snippet (a-z, 0-9, -)')
    .requiredOption('--name <name>', 'its name, as patrons see it')
    .requiredOption('--kind <kind>', 'public, academic or special')
    .requiredOption('--timezone <zone>', 'IANA time zone, e.g. America/Chicago')
    .option('--group <id>', 'the group it belongs to')
    .option('--origin <url>', 'a site that may embed its widget (repeatable)', collect)
    .option('--no-staffs-cooperative', 'its librarians answer only its own patrons')
    .option('--local-timer <seconds>', 'seconds a chat waits for its own librarians', seconds)
    .option('--group-timer <seconds>', 'seconds a chat waits for its group', seconds)
    .action(async (options: LibraryOptions) => {
      const { stores } = await ctx.open();
      const cooperative = chooseCooperative(stores, options.cooperative);
      const input = parseInput(
        LibraryCreateSchema,
        {
          id: options.id,
          name: options.name,
          kind: options.kind,
          timezone: options.timezone,
          ...(typeof options.group === 'string' ? { groupId: options.group } : {}),
          ...(options.origin ? { allowedOrigins: options.origin } : {}),
          staffsCooperative: options.staffsCooperative !== false,
          ...timers(options),
        },
        OPTIONS,
      );
      const made = provisionedOrExit(
        newLibrary({ directory: stores.directory, parseOrigin }, cooperative, input),
        OPTIONS,
      );
      stores.directory.insertLibrary(made);
      ctx.print(view(made), `Added ${made.name} (${made.id}) to ${cooperative.name}.`);
    });

  library
    .command('edit <id>')
    .description('Change a library; options not given stay as they are')
    .option('--name <name>')
    .option('--kind <kind>', 'public, academic or special')
    .option('--group <id>', 'move it to this group')
    .option('--no-group', 'take it out of its group')
    .option('--timezone <zone>', 'IANA time zone')
    .option('--origin <url>', 'replace the allowed sites with these (repeatable)', collect)
    .option('--staffs-cooperative', 'its librarians answer the whole cooperative')
    .option('--no-staffs-cooperative', 'its librarians answer only its own patrons')
    .option('--local-timer <seconds>', 'seconds a chat waits for its own librarians', seconds)
    .option('--group-timer <seconds>', 'seconds a chat waits for its group', seconds)
    .option('--enable', 'switch a disabled library back on')
    .action(async (id: string, options: LibraryOptions) => {
      const { stores } = await ctx.open();
      const found = existing(stores, id);
      const patch = parseInput(
        LibraryPatchSchema,
        {
          ...(options.name !== undefined ? { name: options.name } : {}),
          ...(options.kind !== undefined ? { kind: options.kind } : {}),
          ...(options.group !== undefined ? { groupId: options.group || null } : {}),
          ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
          ...(options.origin ? { allowedOrigins: options.origin } : {}),
          ...(options.staffsCooperative !== undefined
            ? { staffsCooperative: options.staffsCooperative }
            : {}),
          ...(options.enable ? { disabled: false } : {}),
          ...timers(options),
        },
        OPTIONS,
      );
      save(ctx, stores, found, patch, `Saved ${found.name} (${found.id}).`);
    });

  library
    .command('disable <id>')
    .description('Switch a library off: its widget is refused; its records and staff stay')
    .action(async (id: string) => {
      const { stores } = await ctx.open();
      const found = existing(stores, id);
      save(ctx, stores, found, { disabled: true }, `Disabled ${found.name} (${found.id}).`);
    });

  library
    .command('list')
    .description('List the libraries of a cooperative')
    .option('--cooperative <id>')
    .action(async (options: { cooperative?: string }) => {
      const { stores } = await ctx.open();
      const cooperative = chooseCooperative(stores, options.cooperative);
      const libraries = stores.directory.librariesOf(cooperative.id).map(view);
      const rows = libraries.map((entry) => [
        entry.id,
        entry.name,
        entry.kind,
        entry.groupId ?? '-',
        entry.timezone,
        entry.disabled ? 'disabled' : entry.staffsCooperative ? 'staffs' : 'own only',
      ]);
      ctx.print(
        { cooperative: cooperative.id, libraries },
        libraries.length === 0
          ? `${cooperative.name} has no libraries yet.`
          : table([['ID', 'NAME', 'KIND', 'GROUP', 'TIME ZONE', 'STATUS'], ...rows]),
      );
    });
};

function timers(options: LibraryOptions) {
  return {
    ...(options.localTimer !== undefined ? { localTimerSeconds: options.localTimer } : {}),
    ...(options.groupTimer !== undefined ? { groupTimerSeconds: options.groupTimer } : {}),
  };
}

function existing(stores: Stores, id: string): Library {
  const found = stores.directory.library(id as LibraryId);
  if (!found) throw new CliError(`No library "${id}"; see refdesk library list.`);
  return found;
}

function save(
  ctx: CliContext,
  stores: Stores,
  library: Library,
  patch: LibraryPatch,
  text: string,
) {
  const edited = provisionedOrExit(
    editLibrary({ directory: stores.directory, parseOrigin }, library, patch),
    OPTIONS,
  );
  stores.directory.updateLibrary(edited);
  ctx.print(view(edited), text);
}

/** A library as the CLI shows it (`--json`): the same fields as the HTTP API's detail. */
export function view(library: Library) {
  return {
    id: library.id,
    cooperativeId: library.cooperativeId,
    name: library.name,
    kind: library.kind,
    groupId: library.groupId,
    timezone: library.timezone,
    staffsCooperative: library.staffsCooperative,
    disabled: library.disabled,
    allowedOrigins: library.settings.allowedOrigins,
    localTimerSeconds: library.settings.localTimerSeconds,
    groupTimerSeconds: library.settings.groupTimerSeconds,
  };
}
