import type { RegisterCommands } from '../cli-context.ts';
import { registerBackupCommands } from './backup.ts';
import { registerCooperativeCommands } from './cooperative.ts';
import { registerDoctorCommands } from './doctor.ts';
import { registerGroupCommands } from './group.ts';
import { registerInitCommands } from './init.ts';
import { registerLibraryCommands } from './library.ts';
import { registerMigrateCommands } from './migrate.ts';
import { registerServeCommands } from './serve.ts';
import { registerUserCommands } from './user.ts';

/** Every command family of `refdesk`, in the order `refdesk --help` lists them. */
export const COMMAND_FAMILIES: readonly RegisterCommands[] = [
  registerInitCommands,
  registerServeCommands,
  registerCooperativeCommands,
  registerLibraryCommands,
  registerGroupCommands,
  registerUserCommands,
  registerBackupCommands,
  registerMigrateCommands,
  registerDoctorCommands,
];
